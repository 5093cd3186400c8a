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

  @Test
  void collectionTimeIsSharedByAllocation() {
    assertEquals(5.5, TimeBench.withGcShare(5.0, 1.0, 500, 1000), 1e-9, "half the bytes: half the pauses");
    assertEquals(0.42, TimeBench.withGcShare(0.4, 1.0, 20, 1000), 1e-9);
    assertEquals(5.0, TimeBench.withGcShare(5.0, 1.0, 0, 1000), 0.0, "no allocation: no share");
    assertEquals(5.0, TimeBench.withGcShare(5.0, 1.0, 0, 0), 0.0, "nothing counted: CPU alone");
  }

  @Test
  void testChargedShareAddsTheAttributesCostAndTakesOutTheClockReads() {
    assertEquals(10.0, TimeBench.chargedShare(10, 100, 100, 0), 1e-9);
    assertEquals(12.0, TimeBench.chargedShare(10, 102, 100, 0), 1e-9, "the attribute's 2 are tagging's");
    assertEquals(10.0, TimeBench.chargedShare(10, 98, 100, 0), 1e-9, "a negative difference is noise: 0");
    assertEquals(9.0, TimeBench.chargedShare(10, 101, 101, 1), 1e-9, "one clock read out of tagger (10 - 1) and layer (101 - 1)");
  }
}
