package org.rasid.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rasid eval gold}: the evaluation command, on gold files in the shared format. */
class EvalGoldCommandTest {

  @Test
  void testScoresTimesAndDatesOfAGoldFile() {
    CliRun r = CliRun.run("eval", "gold", "--gold", "../eval/gold/seeds-times.jsonl", "--texts", "../samples");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("scored: publication dates and time expressions"), r.out());
    assertTrue(r.out().contains("TOTAL"), r.out());
    assertTrue(r.out().contains("dct: 2/2 correct"), r.out());
  }

  @Test
  void testNamesTheAreasItDoesNotExtractYet(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"doc\": \"000\", \"file\": \"000_0b23df8c7f8b006c.txt\", \"dct\": \"2011-07-12\","
        + " \"entities\": [{\"text\": \"فرنسا\", \"type\": \"GPE\"}, {\"text\": \"سوريا\", \"type\": \"GPE\"}],"
        + " \"times\": [{\"text\": \"أمس الاثنين\", \"type\": \"DATE\", \"value\": \"2011-07-11\"}],"
        + " \"quotes\": [{\"text\": \"…\"}], \"events\": []}\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.run("eval", "gold", "--gold", gold.toString(), "--texts", "../samples");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("not scored, not extracted yet: 2 entities, 1 quotations, 0 events"), r.out());
    assertTrue(r.out().contains("TOTAL"), r.out());
  }

  @Test
  void testAbsentSharedGoldExitsTwoWithTheWayToTheRepositorysOwn() {
    CliRun r = CliRun.run("eval", "gold", "--gold", "no-such-dir/seeds.jsonl");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("rasid: gold annotations not found"), r.err());
    assertTrue(r.err().contains("rasid eval time --gold eval/gold/seeds-times.jsonl"), r.err());
  }

  @Test
  void testSharedDirectoryIsTheEnvironmentsOrTheSibling() {
    assertEquals(Path.of("../shared"), EvalGoldCommand.sharedDir(null));
    assertEquals(Path.of("../shared"), EvalGoldCommand.sharedDir(" "));
    assertEquals(Path.of("/data/shared"), EvalGoldCommand.sharedDir("/data/shared"));
  }
}
