package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.rasid.core.model.TimeExpression;

/** Invariants of the time tagger on random text built from time words and fillers. */
class TimeTaggerPropertiesTest {

  private static final TimeTagger TAGGER = TimeTagger.create();

  /** The TIMEX3/ISO values the tagger may emit. */
  static final Pattern TIMEX = Pattern.compile(String.join("|",
      "(\\d{4}|XXXX)(-(\\d{2}|XX)(-(\\d{2}|XX))?)?(T(\\d{2}:\\d{2}|MO|MI|AF|EV|NI))?",
      "\\d{4}-W\\d{2}",
      "\\d{4}-(SU|WI|SP|FA)",
      "\\d{4}-(H[12]|Q[1-4])",
      "\\d{2,3}",
      "P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(\\d+H)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?",
      "PX(Y|M|W|D|H|DE|CE)|PTX(M|S)",
      "P\\d+\\.\\d+(Y|M|W|D)|PT\\d+\\.\\d+(H|M|S)",
      "PAST_REF|PRESENT_REF|FUTURE_REF"));

  private static final String[] PIECES = {
    "النصف", "الربع", "الأخير", "عيد", "الفطر", "الأضحى", "عشية", "المبارك", "رمضان", "ثاني", "رأس", "السنة", "الهجرية",
    "الثلاثاء", "12", "يوليو", "2011", "أمس", "الاثنين", "يوم", "الخميس", "السادس", "من", "أكتوبر", "مارس", "اذار",
    "آذار/مارس", "منتصف", "هذا", "الاسبوع", "الماضي", "المقبل", "العام", "قبل", "11", "عاما", "منذ", "ثلاثة", "أيام",
    "لمدة", "48", "ساعة", "أسبوعيا", "كل", "الساعة", "العاشرة", "صباحا", "مساء", "7:30", "بتوقيت", "بيروت", "في", "وقت",
    "لاحق", "سابق", "الآن", "غدا", "بعد", "غد", "1436هـ", "رمضان", "شهر", "9-10-1436", "٢٥", "سبتمبر", "٢٠١٦", "و",
    "قال", "الوزير", "سيزور", "،", ".", "(", ")", "/", "\n", "ـ", "ً", "السنوات", "الـ6", "اليومين", "الماضيين", "ونصف"
  };

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<LocalDate> dcts() {
    return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d)).injectNull(0.2);
  }

  @Property(tries = 400)
  void spansExactSortedDisjointAndValuesWellFormed(@ForAll("texts") String text, @ForAll("dcts") LocalDate dct) {
    List<TimeExpression> all = TAGGER.tag(text, dct);
    int last = 0;
    for (TimeExpression t : all) {
      assertTrue(t.span().start() >= last, () -> "overlap/disorder in «" + text + "»: " + all);
      assertTrue(t.span().end() <= text.length());
      assertTrue(t.span().length() > 0);
      assertEquals(text.substring(t.span().start(), t.span().end()), t.text());
      if (t.value() != null) {
        assertTrue(TIMEX.matcher(t.value()).matches(), () -> "bad value " + t.value() + " for «" + t.text() + "» in «" + text + "»");
      }
      last = t.span().end();
    }
  }

  @Property(tries = 200)
  void withoutDctNothingIsGuessed(@ForAll("texts") String text) {
    for (TimeExpression t : TAGGER.tag(text, null)) {
      if (t.anchor() == org.rasid.core.model.TimeAnchor.DCT && t.value() != null) {
        assertTrue(t.value().endsWith("_REF"), () -> "guessed " + t.value() + " for «" + t.text() + "» without a dct");
      }
    }
  }

  @Property(tries = 50)
  void taggingIsDeterministic(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 9000) int day) {
    LocalDate dct = LocalDate.of(2000, 1, 1).plusDays(day);
    assertEquals(TAGGER.tag(text, dct), TAGGER.tag(text, dct));
  }
}
