package org.rasid.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The throughput lost to tagging, from tagging's cost as a share of the layer's time. */
class TestTimeBenchShare {

  @Test
  void tenPercentMoreTimeIsOneEleventhFewerWordsASecond() {
    assertEquals(100.0 * 10 / 110, TimeBench.throughputLoss(10), 1e-9);
    assertEquals(10.0, TimeBench.throughputLoss(100.0 / 9), 1e-9, "11.1 % more time loses 10 %");
    assertEquals(0.0, TimeBench.throughputLoss(0), 0.0);
    assertEquals(50.0, TimeBench.throughputLoss(100), 1e-9, "twice the time: half the words a second");
  }
}
