package org.rasid.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharNgramModelTest {

  static CharNgramModel small() {
    CharNgramBuilder b = new CharNgramBuilder(4, 1);
    b.add("الولايات المتحدة والولايات المتحدة الأمم المتحدة");
    b.add("قال الوزير إن الولايات المتحدة");
    return b.build(List.of("test"));
  }

  @Test
  void probabilitiesOfTheNextSymbolSumToOne() {
    CharNgramModel m = small();
    int[] s = {CharNgramModel.BOUNDARY, CharNgramModel.code('\u0627'), CharNgramModel.code('\u0644'), 0};
    double sum = 0;
    for (int c = 0; c < CharNgramModel.ALPHABET; c++) {
      s[3] = c;
      sum += Math.exp(m.logProb(s, 0, 3));
    }
    assertEquals(1.0, sum, 1e-9);
  }

  @Test
  void seenWordIsMoreProbableThanItsGluedPair() {
    CharNgramModel m = small();
    int[] whole = CharNgramModel.codes("الولاياتالمتحدة");
    double glued = m.logProbWord(whole, 0, whole.length);
    double apart = m.logProbWord(whole, 0, 8) + m.logProbWord(whole, 8, whole.length);
    assertTrue(apart > glued, apart + " vs " + glued);
  }

  @Test
  void hamzaFormsAndTehMarbutaKeepTheirIdentity() {
    assertTrue(CharNgramModel.code('\u0623') != CharNgramModel.code('\u0627')); // أ ا
    assertTrue(CharNgramModel.code('\u0629') != CharNgramModel.code('\u0647')); // ة ه
    assertEquals(-1, CharNgramModel.code('\u064E')); // fatha is skipped
    assertEquals(2, CharNgramModel.codes("مَن").length);
  }

  @Test
  void serializationRoundTrips() throws Exception {
    CharNgramModel m = small();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.writeTo(out);
    CharNgramModel back = CharNgramModel.load(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(m.size(), back.size());
    assertEquals(m.header(), back.header());
    int[] w = CharNgramModel.codes("المتحدة");
    assertEquals(m.logProbWord(w, 0, w.length), back.logProbWord(w, 0, w.length), 1e-12);
  }

  @Test
  void bundledModelLoads() {
    CharNgramModel m = CharNgramModel.bundled();
    assertEquals(7, m.order());
    int[] w = CharNgramModel.codes("الولاياتالمتحدة");
    assertTrue(m.logProbWord(w, 0, 8) + m.logProbWord(w, 8, w.length) > m.logProbWord(w, 0, w.length));
  }
}
