package org.rasid.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code rasid eval time} end to end on the bundled seed gold, and its bad-input exit code. */
class EvalTimeCommandTest {

  @Test
  void testJsonReportOnSeeds() {
    CliRun r = CliRun.run("eval", "time", "--gold", "../eval/gold/seeds-times.jsonl", "--texts", "../samples", "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"value_acc\""), r.out());
    assertTrue(r.out().contains("\"dct\""), r.out());
  }

  @Test
  void testTableReportListsEveryDocAndTotal() {
    CliRun r = CliRun.run("eval", "time", "--gold", "../eval/gold/seeds-times.jsonl", "--texts", "../samples");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("000_0b23df8c7f8b006c"));
    assertTrue(r.out().contains("TOTAL"));
  }

  @Test
  void testMissingGoldIsBadInput() {
    CliRun r = CliRun.run("eval", "time", "--gold", "no-such-gold.jsonl", "--texts", "../samples");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("rasid: gold file not found"), r.err());
  }
}
