package org.rasid.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.core.model.CharSpan;

/** One test per rule of {@link ArabicNormalizer}'s javadoc, then the offset map of {@link NormalizedText}. */
class TestArabicNormalizer {

  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  private void check(String input, String expected) {
    assertEquals(expected, normalizer.normalize(input), "normalize(" + input + ")");
    assertEquals(expected, normalizer.view(input).normalized(), "view(" + input + ")");
  }

  @Test
  void testAlefMadda() {
    check("آذار", "اذار");
    check("الآن", "الان");
  }

  @Test
  void testAlefHamzaAbove() {
    check("الأسد", "الاسد");
    check("أمس", "امس");
  }

  @Test
  void testAlefHamzaBelow() {
    check("إسرائيل", "اسراييل");
    check("إدلب", "ادلب");
  }

  @Test
  void testAlefWasla() {
    check("ٱلرئيس", "الرييس");
  }

  @Test
  void testAlefWavyHamza() {
    check("\u0672\u0673", "اا");
  }

  @Test
  void testAlefMaksura() {
    check("على", "علي");
    check("مصطفى", "مصطفي");
  }

  @Test
  void testFarsiYehAndKeheh() {
    check("ایران", "ايران");
    check("کرکوک", "كركوك");
  }

  @Test
  void testTehMarbuta() {
    check("الحكومة", "الحكومه");
    check("سورية", "سوريه");
  }

  @Test
  void testWawHamza() {
    check("مؤتمر", "موتمر");
    check("المسؤولين", "المسوولين");
  }

  @Test
  void testYehHamza() {
    check("رئيس", "رييس");
    check("الجزائر", "الجزاير");
  }

  @Test
  void testTatweel() {
    check("الـ15", "ال15");
    check("جـــدا", "جدا");
  }

  @Test
  void testHarakat() {
    check("قُتِلَ", "قتل");
  }

  @Test
  void testTanween() {
    check("مستقبلاً", "مستقبلا");
    check("بشكلٍ", "بشكل");
    check("كتابٌ", "كتاب");
  }

  @Test
  void testShaddaAndSukun() {
    check("محمّد", "محمد");
    check("مَسْجِد", "مسجد");
    check("يغضّون", "يغضون");
  }

  @Test
  void testSuperscriptAlef() {
    check("هٰذا", "هذا");
  }

  @Test
  void testQuranicMarks() {
    check("الرحيم\u06D6", "الرحيم");
    check("عليم\u06ED", "عليم");
  }

  @Test
  void testArabicIndicDigits() {
    check("١٢ يوليو ٢٠١١", "12 يوليو 2011");
    check("٠١٢٣٤٥٦٧٨٩", "0123456789");
  }

  @Test
  void testPersianDigits() {
    check("۰۱۲۳۴۵۶۷۸۹", "0123456789");
  }

  @Test
  void testDecimalAndThousandsSeparators() {
    check("٣٫٥", "3.5");
    check("١٬٤٠٠", "1,400");
  }

  @Test
  void testArabicPercentSign() {
    check("٥٠٪", "50%");
  }

  @Test
  void testArabicPunctuation() {
    check("حلب، حمص؛ لماذا؟", "حلب, حمص; لماذا?");
  }

  @Test
  void testZeroWidthAndBidiControls() {
    check("سوريا\u200Fاليوم", "سوريااليوم");
    check("\u200Bحلب\u200C\u200D\u200E", "حلب");
    check("\u061Cدمشق\u202A\u202B\u202C\u202D\u202E", "دمشق");
    check("\u2066حمص\u2067\u2068\u2069", "حمص");
    check("\uFEFFادلب", "ادلب");
  }

  @Test
  void testPresentationFormLigatures() {
    check("\uFEFB", "لا");
    check("\uFEF7", "لا");
    check("\uFDF2", "الله");
  }

  @Test
  void testPresentationFormLetters() {
    // ﺍﻟﺴﻼﻡ: isolated/final/medial forms of السلام
    check("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1", "السلام");
  }

  @Test
  void testLatinLowerCasing() {
    check("Assad AFP", "assad afp");
  }

  @Test
  void testEmptyTerm() {
    check("", "");
    assertEquals(0, normalizer.view("").length());
  }

  @Test
  void testIdempotentOnMixedText() {
    String once = normalizer.normalize("قال الرئيسُ الأسد: «سورية ١٢٪ ﻻ»");
    assertEquals(once, normalizer.normalize(once));
  }

  @Test
  void testIgnorableAndDiacriticPredicates() {
    assertTrue(ArabicNormalizer.isDiacritic('\u064E'));
    assertTrue(ArabicNormalizer.isIgnorable('\u0640'));
    assertTrue(ArabicNormalizer.isIgnorable('\u200F'));
    assertFalse(ArabicNormalizer.isIgnorable('ا'));
    assertFalse(ArabicNormalizer.isIgnorable('\uFEFB'));
  }

  @Test
  void testViewMapsAroundRemovedDiacritics() {
    NormalizedText view = normalizer.view("قُتِلَ الجمعة");
    assertEquals("قتل الجمعه", view.normalized());
    assertEquals(0, view.originalStart(0));
    assertEquals(2, view.originalStart(1));
    assertEquals(4, view.originalStart(2));
    assertEquals(5, view.originalEnd(2));
    assertEquals(new CharSpan(0, 5), view.toOriginal(0, 3));
    assertEquals(new CharSpan(7, 13), view.toOriginal(4, 10));
    assertEquals("الجمعة", view.toOriginal(4, 10).of(view.original()));
    assertEquals(0, view.fromOriginal(0));
    assertEquals(1, view.fromOriginal(1), "the damma at 1 maps forward to the teh");
    assertEquals(3, view.fromOriginal(5), "the trailing fatha maps forward to the space");
    assertEquals(view.length(), view.fromOriginal(13));
  }

  @Test
  void testViewMapsAroundTatweelAndControls() {
    NormalizedText view = normalizer.view("الـ\u200F15");
    assertEquals("ال15", view.normalized());
    assertEquals(new CharSpan(4, 6), view.toOriginal(2, 4));
    assertEquals(2, view.fromOriginal(2));
  }

  @Test
  void testViewMapsLigatureToOneOriginalCharacter() {
    NormalizedText view = normalizer.view("و\uFEFBئحة");
    assertEquals("ولايحه", view.normalized());
    assertEquals(1, view.originalStart(1));
    assertEquals(2, view.originalEnd(1));
    assertEquals(1, view.originalStart(2));
    assertEquals(2, view.originalEnd(2));
    assertEquals(new CharSpan(1, 2), view.toOriginal(1, 3));
    assertEquals(new CharSpan(1, 2), view.toOriginal(2, 3));
    assertEquals(1, view.fromOriginal(1));
    assertEquals(3, view.fromOriginal(2));
  }

  @Test
  void testEmptyAndInvalidRanges() {
    NormalizedText view = normalizer.view("حلب");
    assertEquals(new CharSpan(1, 1), view.toOriginal(1, 1));
    assertEquals(new CharSpan(3, 3), view.toOriginal(3, 3));
    assertThrows(IllegalArgumentException.class, () -> view.toOriginal(2, 1));
    assertThrows(IllegalArgumentException.class, () -> view.toOriginal(0, 4));
  }

  @Test
  void anAlreadyNormalizedStringIsReturnedAsItIs() {
    String norm = normalizer.normalize("أعلنت الحكومة السعودية، اليوم");
    assertEquals("اعلنت الحكومه السعوديه, اليوم", norm);
    org.junit.jupiter.api.Assertions.assertSame(norm, normalizer.normalize(norm));
    assertEquals("ab", normalizer.normalize("a\u0000b"), "NUL is removed even in an otherwise normalized text");
    assertEquals("وزير", normalizer.normalize(new StringBuilder("وزير")));
  }
}
