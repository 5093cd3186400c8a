package org.rasid.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of {@link ArabicNumberParser} on random text built from number words and fillers. */
class ArabicNumberParserPropertiesTest {

  private static final String[] PIECES = {
    "ثلاثة", "وعشرون", "مئة", "ألف", "آلاف", "عشر", "أحد", "السادس", "الحادي", "والعشرين", "12", "١٢",
    "1,400", "1.5", "مليار", "من", "قتيلا", "و", " ", "، ", ".", "ً", "ـ", "الاثنين", "وستة", "بثلاثة"
  };

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void spansAreInBoundsOrderedAndDisjoint(@ForAll("texts") String text) {
    List<NumberMatch> all = ArabicNumberParser.get().findAll(text);
    int last = 0;
    for (NumberMatch m : all) {
      assertTrue(m.span().start() >= last, () -> "overlap or disorder in «" + text + "»: " + all);
      assertTrue(m.span().end() <= text.length());
      assertTrue(m.span().end() > m.span().start());
      assertTrue(m.value() >= 0);
      last = m.span().end();
    }
  }

  @Property(tries = 300)
  void parseAtAgreesWithFindAll(@ForAll("texts") String text) {
    for (NumberMatch m : ArabicNumberParser.get().findAll(text)) {
      var again = ArabicNumberParser.get().parseAt(text, m.span().start());
      assertTrue(again.isPresent(), () -> "parseAt lost " + m + " in «" + text + "»");
      assertTrue(again.get().value() == m.value(), () -> "parseAt value differs for " + m + " in «" + text + "»");
    }
  }

  @Property(tries = 1000)
  void digitsFastPathAgreesWithTheGeneralOne(@ForAll("digitTexts") String text) {
    for (int i = 0; i < text.length(); i++) {
      if (ArabicNumberParser.isDigit(text.charAt(i)) && (i == 0 || !ArabicNumberParser.isDigit(text.charAt(i - 1)))) {
        int at = i;
        assertEquals(ArabicNumberParser.parseDigitsInGeneral(text, at), ArabicNumberParser.get().parseAt(text, at),
            () -> "at " + at + " in «" + text + "»");
      }
    }
  }

  @Provide
  Arbitrary<String> digitTexts() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789٠١٢٣٤٥٦٧٨٩").ofMinLength(1).ofMaxLength(22);
    Arbitrary<String> glue = Arbitraries.of(" ", ",", ".", "٬", "٫", " مليون", " ألف", " قتيلا", "/", "، ", "");
    return Arbitraries.oneOf(digits, glue).list().ofMaxSize(8).map(l -> String.join("", l));
  }
}
