package org.rasid.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.app.cli.CliRun;

/** {@code rasid serve} and {@code rasid demo} refuse bad options with one line and exit code 2. */
class ServeCommandTest {

  @TempDir Path dataDir;

  @Test
  void portOutOfRangeIsBadInput() {
    CliRun r = CliRun.run("serve", "--port", "70000", "--data", dataDir.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--port must be in 0..65535"), r.err());
  }

  @Test
  void zeroBodyLimitIsBadInput() {
    CliRun r = CliRun.run("demo", "--max-body-mb", "0", "--data", dataDir.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--max-body-mb"), r.err());
  }

  @Test
  void portInUseIsBadInputNotACrash() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(ServerConfig.LOOPBACK))) {
      CliRun r = CliRun.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data", dataDir.toString());
      assertEquals(2, r.exitCode());
      assertTrue(r.err().startsWith("rasid: cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
  }

  @Test
  void indexInUseIsBadInput() throws Exception {
    try (org.rasid.store.RasidStore held = org.rasid.store.RasidStore.open(dataDir, org.rasid.extract.Analyzer.create())) {
      CliRun r = CliRun.run("serve", "--port", "0", "--data", dataDir.toString());
      assertEquals(2, r.exitCode());
      assertTrue(r.err().contains("in use by another Rasid process"), r.err());
    }
  }

  @Test
  void demoPrintSummarizesTheSamplesWithoutServing() {
    CliRun r = CliRun.run("demo", "--print");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("000_0b23df8c7f8b006c"), r.out());
    assertTrue(r.out().contains("004_4b6dfd12cd3d3112"), r.out());
  }
}
