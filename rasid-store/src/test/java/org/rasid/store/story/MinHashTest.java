package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private static MinHash of(String text, MinHash.Scheme scheme) {
    return MinHash.of(ContentWords.shingleWords(text), scheme);
  }

  @ParameterizedTest
  @EnumSource(MinHash.Scheme.class)
  void identicalTextsHaveJaccardOne(MinHash.Scheme scheme) {
    assertEquals(1.0, of(Fixtures.JUBEIR_BERLIN, scheme).jaccard(of(Fixtures.JUBEIR_BERLIN, scheme)), 1e-9);
  }

  @ParameterizedTest
  @EnumSource(MinHash.Scheme.class)
  void spellingVariantsHashAlike(MinHash.Scheme scheme) {
    assertEquals(1.0, of("أعلنت الحكومة السورية", scheme).jaccard(of("اعلنت الحكومه السوريه", scheme)), 1e-9);
  }

  @ParameterizedTest
  @EnumSource(MinHash.Scheme.class)
  void aTextInsideALongerOneHasHighContainmentAndLowerJaccard(MinHash.Scheme scheme) {
    MinHash part = of(Fixtures.JUBEIR_BERLIN.substring(0, Fixtures.JUBEIR_BERLIN.indexOf("وأضاف")), scheme);
    MinHash whole = of(Fixtures.JUBEIR_BERLIN, scheme);
    assertTrue(part.containment(whole) > 0.8, "containment " + part.containment(whole));
    assertTrue(part.jaccard(whole) < part.containment(whole));
  }

  @ParameterizedTest
  @EnumSource(MinHash.Scheme.class)
  void unrelatedTextsShareAlmostNothing(MinHash.Scheme scheme) {
    assertTrue(of(Fixtures.JUBEIR_BERLIN, scheme).jaccard(of(Fixtures.EGYPT_HEAT, scheme)) < 0.05);
  }

  @ParameterizedTest
  @EnumSource(MinHash.Scheme.class)
  void shortTextIsOneShingleAndEmptyIsNone(MinHash.Scheme scheme) {
    assertEquals(1, MinHash.of(List.of("وصل", "الوزير"), scheme).shingles());
    assertEquals(0, MinHash.of(List.of(), scheme).shingles());
    assertEquals(0.0, MinHash.of(List.of(), scheme).jaccard(MinHash.of(List.of(), scheme)), 1e-9);
  }

  @Test
  void theSchemesGiveDifferentValuesAndAreNeverCompared() {
    MinHash k = of(Fixtures.JUBEIR_BERLIN, MinHash.Scheme.K_PERMUTATIONS);
    MinHash one = of(Fixtures.JUBEIR_BERLIN, MinHash.Scheme.ONE_PERMUTATION);
    assertEquals(k.shingles(), one.shingles());
    assertNotEquals(k, one);
    assertThrows(IllegalArgumentException.class, () -> k.jaccard(one));
  }

  @Test
  void oneShingleFillsEveryBinWithItsValue() {
    // densification copies the only non-empty bin everywhere: two one-shingle texts agree fully or not at all
    MinHash a = MinHash.of(List.of("وصل", "الوزير"), MinHash.Scheme.ONE_PERMUTATION);
    int[] v = a.values();
    for (int x : v) {
      assertEquals(v[0], x);
    }
    assertEquals(1.0, a.jaccard(MinHash.of(List.of("وصل", "الوزير"), MinHash.Scheme.ONE_PERMUTATION)), 1e-9);
    assertEquals(0.0, a.jaccard(MinHash.of(List.of("غادر", "الوزير"), MinHash.Scheme.ONE_PERMUTATION)), 1e-9);
  }

  @Test
  void onePermutationEstimatesTheJaccardOfOverlappingWordRuns() {
    // two runs of the same Arabic report sharing a known share of their 3-word shingles
    List<String> words = ContentWords.shingleWords(Fixtures.JUBEIR_BERLIN + " " + Fixtures.JUBEIR_MOSCOW + " " + Fixtures.EGYPT_HEAT);
    int n = words.size();
    List<String> a = new ArrayList<>(words.subList(0, n * 3 / 4));
    List<String> b = new ArrayList<>(words.subList(n / 4, n));
    MinHash ma = MinHash.of(a, MinHash.Scheme.ONE_PERMUTATION);
    MinHash mb = MinHash.of(b, MinHash.Scheme.ONE_PERMUTATION);
    java.util.Set<String> sa = shingles(a);
    java.util.Set<String> sb = shingles(b);
    java.util.Set<String> inter = new java.util.HashSet<>(sa);
    inter.retainAll(sb);
    java.util.Set<String> union = new java.util.HashSet<>(sa);
    union.addAll(sb);
    double truth = inter.size() / (double) union.size();
    assertEquals(sa.size(), ma.shingles());
    // 128 bins: the estimate's standard error is at most about 0.045
    assertEquals(truth, ma.jaccard(mb), 0.15, "true Jaccard " + truth);
  }

  private static java.util.Set<String> shingles(List<String> words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + MinHash.SHINGLE_WORDS <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + MinHash.SHINGLE_WORDS)));
    }
    return out;
  }
}
