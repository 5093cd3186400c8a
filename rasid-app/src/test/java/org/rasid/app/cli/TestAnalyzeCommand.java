package org.rasid.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear one-line error and exit code 2; good input is never lost. */
class TestAnalyzeCommand {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void emptyFileGivesValidAnalysisWithNoSpans() throws Exception {
    Path p = write("empty.txt", new byte[0]);
    CliRun r = CliRun.run("analyze", p.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode n = JSON.readTree(r.out());
    assertEquals("empty", n.get("id").asText());
    assertEquals("", n.get("text").asText());
    assertEquals(0, n.get("entities").size());
    assertEquals(0, n.get("sentences").size());
  }

  @Test
  void invalidUtf8IsOneLineErrorWithFileAndOffsetExit2() throws Exception {
    Path p = write("bad.txt", new byte[] {(byte) 0xD8, (byte) 0xAF, (byte) 0xFF, 'x'});
    CliRun r = CliRun.run("analyze", p.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("bad.txt") && r.err().contains("byte offset 2"), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
  }

  @Test
  void binaryInputIsRejected() throws Exception {
    Path p = write("x.bin", new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1});
    CliRun r = CliRun.run("analyze", p.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("binary"), r.err());
  }

  @Test
  void badFileDoesNotLoseTheGoodOnes() throws Exception {
    Path bad = write("bad.txt", new byte[] {(byte) 0xFF});
    Path good = write("good.txt", "دمشق".getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.run("analyze", bad.toString(), good.toString());
    assertEquals(2, r.exitCode());
    assertEquals("good", JSON.readTree(r.out().strip()).get("id").asText());
  }

  @Test
  void bomIsDroppedAndCrlfKept() throws Exception {
    byte[] body = "سطر أول\r\nسطر ثان".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    CliRun r = CliRun.run("analyze", write("bom.txt", bytes).toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("سطر أول\r\nسطر ثان", JSON.readTree(r.out()).get("text").asText());
  }

  @Test
  void sizeLimitGivesClearError() throws Exception {
    Path p = write("big.txt", "حلب ".repeat(100).getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.run("analyze", "--max-bytes", "100", p.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("exceeds the limit of 100 bytes"), r.err());
  }

  @Test
  void missingFileIsReported() {
    CliRun r = CliRun.run("analyze", dir.resolve("nope.txt").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void severalFilesGiveJsonLines() throws Exception {
    Path a = write("a.txt", "حلب".getBytes(StandardCharsets.UTF_8));
    Path b = write("b.txt", "حمص".getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.run("analyze", "--no-text", a.toString(), b.toString());
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length);
    assertEquals("b", JSON.readTree(lines[1]).get("id").asText());
    assertFalse(JSON.readTree(lines[0]).has("text"));
  }

  @Test
  void givenDctWins() throws Exception {
    Path a = write("a.txt", "طالبت فرنسا الثلاثاء".getBytes(StandardCharsets.UTF_8));
    JsonNode n = JSON.readTree(CliRun.run("analyze", "--dct", "2011-07-12", a.toString()).out());
    assertEquals("2011-07-12", n.get("dct").asText());
    assertEquals("given", n.get("dct_source").asText());
  }

  @Test
  void idOptionNeedsOneInput() throws Exception {
    Path a = write("a.txt", "حلب".getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.run("analyze", "--id", "x", a.toString(), a.toString());
    assertEquals(2, r.exitCode());
  }
}
