package org.rasid.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRounds {

  @Test
  void everyRoundRunsEveryTextAndTheChecksumIsOneRound() {
    List<Integer> calls = new ArrayList<>();
    Measurement m = new Rounds(2, 3).measure("count", 4, 100, i -> {
      calls.add(i);
      return i;
    }, null);
    assertEquals(5 * 4, calls.size(), "2 warm-up + 3 measured rounds over 4 texts");
    assertEquals(List.of(0, 1, 2, 3), calls.subList(0, 4));
    assertEquals(0 + 1 + 2 + 3, m.checksum());
    assertEquals(3, m.seconds().length);
    assertEquals(3, m.rate().rounds());
    assertEquals(100, m.units());
  }

  @Test
  void comparedWorkloadsAreInterleavedInAlternatingOrder() {
    StringBuilder order = new StringBuilder();
    List<Measurement> ms = new Rounds(1, 2).measure(List.of(
        new Rounds.Task("A", 1, i -> {
          order.append('A');
          return 1;
        }),
        new Rounds.Task("B", 1, i -> {
          order.append('B');
          return 2;
        })), 1, null);
    // warm-up round -1 runs B first, round 0 A first, round 1 B first
    assertEquals("BAABBA", order.toString());
    assertEquals("A", ms.get(0).name());
    assertEquals(2, ms.get(1).checksum());
  }

  @Test
  void aWorkloadWhoseOutputChangesBetweenRoundsIsRejected() {
    int[] round = {0};
    assertThrows(IllegalStateException.class,
        () -> new Rounds(0, 2).measure("unstable", 1, 1, i -> round[0]++, null));
  }

  @Test
  void roundCountsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new Rounds(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> new Rounds(0, 0));
  }

  @Test
  void ratesDivideUnitsByTheRoundTimes() {
    Measurement m = new Measurement("m", new double[] {2.0, 4.0, 1.0}, new double[] {1.0, 1.0, 2.0}, 8, 0);
    assertEquals(new RoundStats(4.0, 2.0, 8.0, 3), m.rate());
    assertEquals(new RoundStats(8.0, 4.0, 8.0, 3), m.cpuRate());
  }
}
