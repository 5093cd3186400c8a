package org.rasid.extract.time;

import java.time.LocalDate;
import java.util.Optional;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeExpression;
import org.rasid.core.model.TimeType;

/**
 * Finds an article's publication date written in its text: a dateline ("الأمم المتحدة 25 سبتمبر
 * 2016 /") or a full date in the first sentence ("طالبت فرنسا الثلاثاء 12 يوليو 2011").
 *
 * <p>Rule: the first DATE in the first {@value #HEAD} characters (extended to the end of the word)
 * whose value is a complete day written with its year (anchor ABSOLUTE, YYYY-MM-DD), tagged without a
 * dct so that nothing relative can leak in. Weekday + date counts as that date. Thread-safe.
 */
public final class DctDetector {

  /** How far into the text a dateline or dated first sentence is looked for. */
  static final int HEAD = 300;

  private final TimeTagger tagger;

  private DctDetector(TimeTagger tagger) {
    this.tagger = tagger;
  }

  public static DctDetector create() {
    return new DctDetector(TimeTagger.create());
  }

  /** A detector sharing an existing tagger. */
  public static DctDetector using(TimeTagger tagger) {
    return new DctDetector(tagger);
  }

  public Optional<LocalDate> detect(String text) {
    int end = Math.min(text.length(), HEAD);
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    for (TimeExpression t : tagger.tag(text.substring(0, end), null)) {
      if (t.type() == TimeType.DATE && t.anchor() == TimeAnchor.ABSOLUTE && t.value() != null
          && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(t.value()));
      }
    }
    return Optional.empty();
  }
}
