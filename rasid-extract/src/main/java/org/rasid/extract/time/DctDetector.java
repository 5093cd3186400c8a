package org.rasid.extract.time;

import java.time.LocalDate;
import java.util.Optional;
import org.rasid.core.model.DctSource;
import org.rasid.core.model.DocumentMeta;
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

  /** A chosen publication date and where it came from ({@code date} is null for NONE). */
  public record ResolvedDct(LocalDate date, DctSource source) {}

  /**
   * The dct by precedence: the given date (--dct), then the metadata's publication date, then a
   * date written in the text, else none.
   */
  public ResolvedDct resolve(LocalDate given, DocumentMeta meta, String text) {
    if (given != null) {
      return new ResolvedDct(given, DctSource.GIVEN);
    }
    if (meta != null && meta.published() != null) {
      return new ResolvedDct(meta.published(), DctSource.METADATA);
    }
    return detect(text).map(d -> new ResolvedDct(d, DctSource.TEXT)).orElse(new ResolvedDct(null, DctSource.NONE));
  }

  /** The publication date written at the head of {@code text}, if any. */
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
