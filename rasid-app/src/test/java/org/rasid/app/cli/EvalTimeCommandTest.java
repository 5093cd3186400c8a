package org.rasid.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code rasid eval time} end to end on the bundled seed gold, and its bad-input exit code. */
class EvalTimeCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = RasidCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void testJsonReportOnSeeds() {
    Run r = run("eval", "time", "--gold", "../eval/gold/seeds-times.jsonl", "--texts", "../samples", "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"value_acc\""), r.out());
    assertTrue(r.out().contains("\"dct\""), r.out());
  }

  @Test
  void testTableReportListsEveryDocAndTotal() {
    Run r = run("eval", "time", "--gold", "../eval/gold/seeds-times.jsonl", "--texts", "../samples");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("000_0b23df8c7f8b006c"));
    assertTrue(r.out().contains("TOTAL"));
  }

  @Test
  void testMissingGoldIsBadInput() {
    Run r = run("eval", "time", "--gold", "no-such-gold.jsonl", "--texts", "../samples");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("rasid: gold file not found"), r.err());
  }
}
