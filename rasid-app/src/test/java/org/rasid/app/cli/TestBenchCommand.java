package org.rasid.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bench commands skip cleanly without the shared corpus (the repository does not carry it). */
class TestBenchCommand {

  @Test
  void textSkipsWithExit2WhenTheCorpusIsAbsent() {
    CliRun r = CliRun.run("bench", "text", "--corpus", "/nonexistent");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("skipped: SaudiNewsNet corpus not found at /nonexistent"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void analyzeSkipsWithExit2WhenTheCorpusIsAbsent() {
    CliRun r = CliRun.run("bench", "analyze", "--corpus", "/nonexistent");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("skipped: SaudiNewsNet corpus not found"), r.err());
  }

  @Test
  void timeSkipsWithExit2WhenTheCorpusIsAbsent() {
    CliRun r = CliRun.run("bench", "time", "--corpus", "/nonexistent");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("skipped: SaudiNewsNet corpus not found"), r.err());
  }

  @Test
  void ingestAndSearchSkipWithExit2WhenTheCorpusIsAbsent() {
    for (String sub : new String[] {"ingest", "search"}) {
      CliRun r = CliRun.run("bench", sub, "--corpus", "/nonexistent");
      assertEquals(2, r.exitCode(), sub);
      assertTrue(r.err().contains("skipped: SaudiNewsNet corpus not found"), r.err());
    }
  }

  @Test
  void benchListsItsSubcommands() {
    CliRun r = CliRun.run("bench", "--help");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("text") && r.out().contains("analyze") && r.out().contains("time"), r.out());
  }
}
