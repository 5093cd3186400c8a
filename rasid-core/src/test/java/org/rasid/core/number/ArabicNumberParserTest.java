package org.rasid.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link ArabicNumberParser}, with Arabic literals. */
class ArabicNumberParserTest {

  private final ArabicNumberParser parser = ArabicNumberParser.get();

  private NumberMatch only(String text) {
    List<NumberMatch> all = parser.findAll(text);
    assertEquals(1, all.size(), () -> "expected one number in «" + text + "», got " + all);
    return all.get(0);
  }

  private void assertValue(long expected, String text) {
    assertEquals(expected, only(text).value(), text);
  }

  private void assertSpanText(String expected, String text) {
    NumberMatch m = only(text);
    assertEquals(expected, text.substring(m.span().start(), m.span().end()));
  }

  @Test
  void testNumberWordFormsAreExactlyTheNumberWords() {
    java.util.Set<String> forms = ArabicNumberParser.numberWordForms();
    assertTrue(forms.contains("ثلاثه") && forms.contains("والعشرين") && forms.contains("للسادس"));
    java.util.Set<String> probes = new java.util.HashSet<>(forms);
    String lead = "وفبلكاس";
    for (String f : forms) {
      for (char a : lead.toCharArray()) {
        probes.add(a + f);
        for (char b : lead.toCharArray()) {
          probes.add("" + a + b + f);
        }
      }
      probes.add(f.substring(1));
      if (f.length() > 2) {
        probes.add(f.substring(2));
      }
    }
    probes.addAll(List.of("قال", "الولايات", "يوم", "والمتحده", "لللامم", "ال", "و"));
    for (String w : probes) {
      assertEquals(ArabicNumberParser.isNumberWordByRule(w), forms.contains(w), w);
      assertEquals(forms.contains(w), ArabicNumberParser.isNumberWord(w), w);
    }
  }

  @Test
  void testEmpty() {
    assertTrue(parser.findAll("").isEmpty());
    assertTrue(parser.findAll("لا أرقام هنا").isEmpty());
    assertFalse(parser.parseAt("", 0).isPresent());
  }

  @Test
  void testAsciiDigits() {
    assertValue(100, "أكثر من 100 شخص");
  }

  @Test
  void testArabicIndicAndPersianDigits() {
    assertValue(12, "قتل ١٢ شخصا");
    assertValue(35, "سقط ۳۵ قتيلا");
  }

  @Test
  void testThousandsSeparator() {
    assertValue(1400, "قتل 1,400 مدني");
    assertValue(1400, "قتل ١٬٤٠٠ مدني");
  }

  @Test
  void testDecimalIsIntegerPartWithoutScale() {
    NumberMatch m = only("ارتفع 1.5 بالمئة");
    assertEquals(1, m.value());
    assertEquals("1.5", "ارتفع 1.5 بالمئة".substring(m.span().start(), m.span().end()));
  }

  @Test
  void testDigitsWithScaleWord() {
    assertValue(67_000_000_000L, "تجاوزت 67 مليار ريال");
    assertValue(240_000, "بزيادة 240 ألف بطاقة");
    assertValue(1_500_000, "نحو 1.5 مليون لاجئ");
  }

  @Test
  void testUnitsBothGenders() {
    assertValue(3, "أصيب ثلاثة من الحراس");
    assertValue(4, "أربع سيدات");
    assertValue(1, "بوصة واحدة");
    assertValue(2, "اثنان من الجنود");
    assertValue(2, "اثنتين من النساء");
  }

  @Test
  void testTeens() {
    assertValue(11, "أحد عشر جنديا");
    assertValue(12, "اثنا عشر شهرا");
    assertValue(13, "ثلاثة عشر قتيلا");
    assertValue(15, "خمس عشرة امرأة");
  }

  @Test
  void testTens() {
    assertValue(20, "عشرون شخصا");
    assertValue(90, "تسعين دقيقة");
  }

  @Test
  void testCompoundUnitAndTens() {
    assertValue(25, "خمسة وعشرون قتيلا");
    assertSpanText("خمسة وعشرون", "خمسة وعشرون قتيلا");
  }

  @Test
  void testHundreds() {
    assertValue(100, "مئة دولة");
    assertValue(100, "مائة دولة");
    assertValue(200, "مئتين من الجرحى");
    assertValue(300, "ثلاثمائة جندي");
    assertValue(300, "ثلاثمئة جندي");
    assertValue(300, "ثلاث مئة جندي");
    assertValue(150, "مئة وخمسون");
  }

  @Test
  void testScales() {
    assertValue(1000, "ألف شخص");
    assertValue(2000, "ألفين من المقاتلين");
    assertValue(3500, "ثلاثة آلاف وخمسمائة لاجئ");
    assertValue(20_000, "عشرون ألفا");
    assertValue(1_000_000, "مليون لاجئ");
    assertValue(3_000_000, "ثلاثة ملايين لاجئ");
  }

  @Test
  void testProcliticLeftOutOfSpan() {
    List<NumberMatch> all = parser.findAll("أربع سيدات وستة أطفال");
    assertEquals(2, all.size());
    assertEquals(4, all.get(0).value());
    assertEquals(6, all.get(1).value());
    assertEquals("ستة", "أربع سيدات وستة أطفال".substring(all.get(1).span().start(), all.get(1).span().end()));
    assertValue(3, "بثلاثة صواريخ");
  }

  @Test
  void testTwoNumbersJoinedByWawAreNotMerged() {
    assertEquals(2, parser.findAll("خمسة وستة").size());
  }

  @Test
  void testOrdinals() {
    NumberMatch m = only("السادس من أكتوبر");
    assertTrue(m.ordinal());
    assertEquals(6, m.value());
    assertValue(1, "الأولى");
    assertValue(11, "الحادي عشر من سبتمبر");
    assertValue(12, "الثاني عشر");
    assertValue(21, "الحادي والعشرين من مارس");
    assertValue(30, "الثلاثين من يونيو");
    assertValue(31, "الحادي والثلاثين");
    assertValue(7, "للسابع");
  }

  @Test
  void testDefiniteCardinalAndBareOrdinalAreNotNumbers() {
    assertTrue(parser.findAll("يوم الاثنين").isEmpty(), "الاثنين is Monday");
    assertTrue(parser.findAll("أول أمس").isEmpty());
    assertTrue(parser.findAll("عشرات القتلى").isEmpty());
    assertTrue(parser.findAll("آلاف المتظاهرين").isEmpty());
  }

  @Test
  void testDiacritizedWord() {
    assertValue(3, "ثَلاثَةُ رجال");
  }

  @Test
  void testParseAtAfterArticle() {
    String s = "الأيام الثلاثة الماضية";
    Optional<NumberMatch> m = parser.parseAt(s, s.indexOf("ثلاثة"));
    assertTrue(m.isPresent());
    assertEquals(3, m.get().value());
  }

  @Test
  void testDigitsGluedToLetters() {
    assertValue(2015, "العام 2015م");
  }
}
