package org.rasid.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStoriesCommand {

  private static final String BERLIN =
      "أكد وزير الخارجية عادل بن أحمد الجبير أن المملكة حريصة على تطوير علاقاتها مع إيران شرط أن تغير إيران سياستها "
          + "التي تكمن بالتدخل في شؤون الدول الخليجية وسوريا والعراق ولبنان. وقال الجبير في مؤتمر صحفي مع نظيره الألماني "
          + "في برلين إن امتناع إيران عن السماح للمفتشين بدخول منشآتها العسكرية يعني عزمها على تصنيع أسلحة نووية.";

  @Test
  void ingestsTextFilesPersistsAndListsAsJson(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, "برلين واس\n" + BERLIN, StandardCharsets.UTF_8);
    Files.writeString(b, "عين اليوم – برلين\n" + BERLIN + "\nشارك من خلال تويتر", StandardCharsets.UTF_8);
    Path data = dir.resolve("data");
    CliRun run = CliRun.run("stories", "--data", data.toString(), "--ingest", a.toString(), b.toString(), "--json", "--min-size", "1");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("ingested 2 articles (1 near-duplicates)"), run.err());
    JsonNode j = new ObjectMapper().readTree(run.out());
    assertEquals(1, j.get("total").asInt());
    assertEquals(1, j.get("stories").get(0).get("duplicateCounts").get("a").asInt());
    assertTrue(Files.exists(data.resolve("stories").resolve("stories.bin.gz")));

    CliRun again = CliRun.run("stories", "--data", data.toString(), "--rebuild", "--min-size", "1");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("1 stories"), again.out());
  }

  @Test
  void unknownStoryAndBadOrderAreUserErrors(@TempDir Path dir) {
    assertEquals(2, CliRun.run("stories", "--data", dir.toString(), "--story", "nope").exitCode());
    assertEquals(2, CliRun.run("stories", "--data", dir.toString(), "--order", "biggest").exitCode());
  }

  @Test
  void evalStoriesWithoutTheCorpusExitsTwoWithAMessage(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("eval", "stories", "--gold", gold.toString(), "--corpus", dir.resolve("absent").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("not found"), run.err());
  }
}
