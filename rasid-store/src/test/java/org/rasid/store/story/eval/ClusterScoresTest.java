package org.rasid.store.story.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

  @Test
  void perfectClusteringScoresOne() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    ClusterScores.PRF s = ClusterScores.bcubed(gold, Map.of("a", "1", "b", "1", "c", "2"));
    assertEquals(1.0, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
  }

  @Test
  void oneBigClusterHasFullRecallAndLowPrecision() {
    // gold {a,b} {c}: precision per item 2/3, 2/3, 1/3 -> 5/9
    ClusterScores.PRF s = ClusterScores.bcubed(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "1", "c", "1"));
    assertEquals(5.0 / 9, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
  }

  @Test
  void allSingletonsHaveFullPrecision() {
    // gold {a,b} {c}: recall per item 1/2, 1/2, 1 -> 2/3
    ClusterScores.PRF s = ClusterScores.bcubed(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "2", "c", "3"));
    assertEquals(1.0, s.precision(), 1e-9);
    assertEquals(2.0 / 3, s.recall(), 1e-9);
  }

  @Test
  void pairScores() {
    // gold pairs: a-b, a-c, b-c; predicted pairs: a-b, c-d
    ClusterScores.PRF s = ClusterScores.pairs(List.of("a", "b", "c", "d"), Map.of("a", "g", "b", "g", "c", "g"), Map.of("a", "p", "b", "p", "c", "q", "d", "q"));
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(1.0 / 3, s.recall(), 1e-9);
  }
}
