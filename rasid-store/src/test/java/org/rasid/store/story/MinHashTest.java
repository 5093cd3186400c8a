package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private static MinHash of(String text) {
    return MinHash.of(ContentWords.shingleWords(text));
  }

  @Test
  void identicalTextsHaveJaccardOne() {
    assertEquals(1.0, of(Fixtures.JUBEIR_BERLIN).jaccard(of(Fixtures.JUBEIR_BERLIN)), 1e-9);
  }

  @Test
  void spellingVariantsHashAlike() {
    assertEquals(1.0, of("أعلنت الحكومة السورية").jaccard(of("اعلنت الحكومه السوريه")), 1e-9);
  }

  @Test
  void aTextInsideALongerOneHasHighContainmentAndLowerJaccard() {
    MinHash part = of(Fixtures.JUBEIR_BERLIN.substring(0, Fixtures.JUBEIR_BERLIN.indexOf("وأضاف")));
    MinHash whole = of(Fixtures.JUBEIR_BERLIN);
    assertTrue(part.containment(whole) > 0.8, "containment " + part.containment(whole));
    assertTrue(part.jaccard(whole) < part.containment(whole));
  }

  @Test
  void unrelatedTextsShareAlmostNothing() {
    assertTrue(of(Fixtures.JUBEIR_BERLIN).jaccard(of(Fixtures.EGYPT_HEAT)) < 0.05);
  }

  @Test
  void shortTextIsOneShingleAndEmptyIsNone() {
    assertEquals(1, MinHash.of(List.of("وصل", "الوزير")).shingles());
    assertEquals(0, MinHash.of(List.of()).shingles());
    assertEquals(0.0, MinHash.of(List.of()).jaccard(MinHash.of(List.of())), 1e-9);
  }
}
