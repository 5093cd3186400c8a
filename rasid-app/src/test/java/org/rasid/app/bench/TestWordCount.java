package org.rasid.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestWordCount {

  @Test
  void arabicWordsSeparatedBySpaces() {
    assertEquals(4, WordCount.of("قال الرئيس الأسد أمس"));
  }

  @Test
  void punctuationAttachedToAWordIsNotAWord() {
    assertEquals(3, WordCount.of("وقال: «لن نتراجع»."));
  }

  @Test
  void glued_wordCountsOnce() {
    assertEquals(2, WordCount.of("سفيري الولاياتالمتحدة"));
  }

  @Test
  void newlinesTabsAndNoBreakSpacesSeparate() {
    assertEquals(4, WordCount.of("عاجل\nالرياض\tجدة\u00A0مكة"));
  }

  @Test
  void leadingAndTrailingSpaceAddNothing() {
    assertEquals(2, WordCount.of("  ٢٠١٥ م  "));
  }

  @Test
  void emptyAndBlankTexts() {
    assertEquals(0, WordCount.of(""));
    assertEquals(0, WordCount.of(" \n\t "));
  }
}
