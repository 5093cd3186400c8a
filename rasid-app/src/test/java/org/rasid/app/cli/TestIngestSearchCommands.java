package org.rasid.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestIngestSearchCommands {

  @TempDir Path tmp;

  private static Path samples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples"))) {
        return p.resolve("samples");
      }
    }
    throw new IllegalStateException("samples/ not found");
  }

  @Test
  void ingestThenSearchReadableAndJson() throws IOException {
    String data = tmp.resolve("data").toString();
    CliRun in = CliRun.run("ingest", samples().toString(), "--data", data, "--threads", "2");
    assertEquals(0, in.exitCode(), in.err());
    assertTrue(in.out().startsWith("ingested 5, duplicates skipped 0, failed 0"), in.out());

    CliRun again = CliRun.run("ingest", samples().toString(), "--data", data, "-q");
    assertEquals(0, again.exitCode());
    assertTrue(again.out().startsWith("ingested 0, duplicates skipped 5, failed 0"), again.out());

    CliRun s = CliRun.run("search", "\"الولايات المتحدة\"", "--data", data);
    assertEquals(0, s.exitCode(), s.err());
    assertTrue(s.out().startsWith("4 results"), s.out());
    assertTrue(s.out().contains("⟦"), s.out());

    CliRun j = CliRun.run("search", "الأسد", "--data", data, "--json", "--limit", "2");
    assertEquals(0, j.exitCode(), j.err());
    JsonNode root = new ObjectMapper().readTree(j.out());
    assertEquals(3, root.get("total").asInt());
    assertEquals(2, root.get("hits").size());
    assertTrue(root.get("hits").get(0).get("snippet_html").asText().contains("<mark>"));
    assertTrue(root.get("facets").has("source"));

    CliRun dated = CliRun.run("search", "", "--data", data, "--sort", "date", "--from", "2011-01-01", "--json");
    JsonNode datedHits = new ObjectMapper().readTree(dated.out()).get("hits");
    String previous = "9999-12-31";
    for (JsonNode h : datedHits) {
      String published = h.get("published").asText();
      assertTrue(published.compareTo("2011-01-01") >= 0 && published.compareTo(previous) <= 0, dated.out());
      previous = published;
    }
  }

  @Test
  void brokenInputIsListedAndTheRestIngestedExitTwo() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.write(in.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
    Files.copy(samples().resolve("000_0b23df8c7f8b006c.txt"), in.resolve("good.txt"));
    CliRun r = CliRun.run("ingest", in.toString(), "--data", tmp.resolve("data").toString(), "-q");
    assertEquals(2, r.exitCode());
    assertTrue(r.out().startsWith("ingested 1, duplicates skipped 0, failed 1"), r.out());
    assertTrue(r.out().contains("bad.txt: invalid UTF-8 at byte offset 0"), r.out());
  }

  @Test
  void searchWithoutIndexAndBadOptionsAreUserErrors() {
    CliRun none = CliRun.run("search", "x", "--data", tmp.resolve("nothing").toString());
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("no index in"), none.err());
    CliRun sort = CliRun.run("search", "x", "--data", tmp.toString(), "--sort", "random");
    assertEquals(2, sort.exitCode());
    assertTrue(sort.err().contains("--sort"), sort.err());
  }

  @Test
  void progressLineOffTerminalPrintsWholeLinesWithSpeed() {
    java.io.StringWriter w = new java.io.StringWriter();
    IngestCommand.ProgressLine p = new IngestCommand.ProgressLine(new java.io.PrintWriter(w), false, false);
    p.onFile(Path.of("a.jsonl"), 1, 2);
    p.onProgress(10, -1, 5.4);
    p.onProgress(20, -1, 6.0);
    assertEquals("[........................] 10 articles · 5 articles/s · file 1/2\n", w.toString().replace("\r\n", "\n"),
        "one line, then quiet for ten seconds");
    java.io.StringWriter one = new java.io.StringWriter();
    IngestCommand.ProgressLine single = new IngestCommand.ProgressLine(new java.io.PrintWriter(one), false, false);
    single.onFile(Path.of("all.jsonl"), 1, 1);
    single.onProgress(300, 1200, 150);
    assertEquals("[######..................] 300/1200 articles · 150 articles/s · file 1/1\n", one.toString().replace("\r\n", "\n"));
  }

  @Test
  void progressBarWidth() {
    assertEquals("[############............]", IngestCommand.ProgressLine.bar(0.5));
    assertEquals("[........................]", IngestCommand.ProgressLine.bar(-1));
    assertEquals("[########################]", IngestCommand.ProgressLine.bar(2));
  }
}
