package org.rasid.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.app.cli.RasidCommand;
import picocli.CommandLine;

/** {@code rasid serve} and {@code rasid demo} refuse bad options with one line and exit code 2. */
class ServeCommandTest {

  @TempDir Path dataDir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = RasidCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void portOutOfRangeIsBadInput() {
    Run r = run("serve", "--port", "70000", "--data", dataDir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--port must be in 0..65535"), r.err());
  }

  @Test
  void zeroBodyLimitIsBadInput() {
    Run r = run("demo", "--max-body-mb", "0", "--data", dataDir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--max-body-mb"), r.err());
  }

  @Test
  void portInUseIsBadInputNotACrash() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(ServerConfig.LOOPBACK))) {
      Run r = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data", dataDir.toString());
      assertEquals(2, r.exit());
      assertTrue(r.err().startsWith("rasid: cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
  }

  @Test
  void indexInUseIsBadInput() throws Exception {
    try (org.rasid.store.RasidStore held = org.rasid.store.RasidStore.open(dataDir, org.rasid.extract.Analyzer.create())) {
      Run r = run("serve", "--port", "0", "--data", dataDir.toString());
      assertEquals(2, r.exit());
      assertTrue(r.err().contains("in use by another Rasid process"), r.err());
    }
  }

  @Test
  void demoPrintSummarizesTheSamplesWithoutServing() {
    Run r = run("demo", "--print");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("000_0b23df8c7f8b006c"), r.out());
    assertTrue(r.out().contains("004_4b6dfd12cd3d3112"), r.out());
  }
}
