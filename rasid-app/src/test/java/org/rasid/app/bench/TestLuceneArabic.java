package org.rasid.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestLuceneArabic {

  @Test
  void stopWordsAreRemovedAndEveryTokenCounts() {
    try (LuceneArabic lucene = new LuceneArabic()) {
      // في and من are Arabic stop words; الرئيس, الرياض, اليوم remain
      assertEquals(3, lucene.tokenCount("الرئيس في الرياض من اليوم"));
      assertTrue(lucene.consume("الرئيس في الرياض من اليوم") > 3);
    }
  }

  @Test
  void streamIsReusableAcrossTexts() {
    try (LuceneArabic lucene = new LuceneArabic()) {
      long first = lucene.consume("قال الوزير");
      lucene.consume("نص آخر تماما");
      assertEquals(first, lucene.consume("قال الوزير"));
    }
  }

  @Test
  void emptyText() {
    try (LuceneArabic lucene = new LuceneArabic()) {
      assertEquals(0, lucene.consume(""));
    }
  }
}
