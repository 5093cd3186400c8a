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

  static final CharNgramModel BUNDLED = CharNgramModel.bundled();

  @net.jqwik.api.Property(tries = 300)
  void runOfPositionsGivesTheSameValuesAsOneAtATime(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(min = 1, max = 14)
      @net.jqwik.api.constraints.CharRange(from = '\u0621', to = '\u064A') String word) {
    int[] w = CharNgramModel.codes(word);
    int[] s = new int[w.length + 2];
    System.arraycopy(w, 0, s, 1, w.length);
    for (int from = 0; from <= 1 && from < s.length - 1; from++) {
      double[] each = new double[s.length];
      BUNDLED.logProbs(s, from, from + 1, s.length, each);
      for (int i = from + 1; i < s.length; i++) {
        assertEquals(BUNDLED.logProb(s, from, i), each[i - from - 1], 0.0, word + " at " + i);
      }
    }
  }

  @Test
  void wordProbabilityIsTheSumOfItsPositions() {
    int[] w = CharNgramModel.codes("الولايات");
    int[] s = new int[w.length + 2]; // # w #
    System.arraycopy(w, 0, s, 1, w.length);
    double sum = 0;
    for (int i = 1; i < s.length; i++) {
      sum += BUNDLED.logProb(s, 0, i);
    }
    assertEquals(sum, BUNDLED.logProbWord(w, 0, w.length), 1e-12);
  }
}
