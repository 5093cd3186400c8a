package org.rasid.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TestRoundStats {

  @Test
  void medianOfOddCountIsTheMiddleValue() {
    RoundStats s = RoundStats.of(5.0, 1.0, 3.0);
    assertEquals(new RoundStats(3.0, 1.0, 5.0, 3), s);
  }

  @Test
  void medianOfEvenCountIsTheMeanOfTheTwoMiddleValues() {
    RoundStats s = RoundStats.of(4.0, 1.0, 2.0, 10.0);
    assertEquals(3.0, s.median());
    assertEquals(1.0, s.min());
    assertEquals(10.0, s.max());
  }

  @Test
  void singleRound() {
    assertEquals(new RoundStats(7.5, 7.5, 7.5, 1), RoundStats.of(7.5));
  }

  @Test
  void inputIsNotReordered() {
    double[] v = {3, 1, 2};
    RoundStats.of(v);
    assertEquals(3, v[0]);
  }

  @Test
  void noRoundsIsAnError() {
    assertThrows(IllegalArgumentException.class, RoundStats::of);
  }

  @Test
  void nanIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> RoundStats.of(1.0, Double.NaN));
  }
}
