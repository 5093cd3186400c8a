package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.extract.Analyzer;

/**
 * Kills an ingest process with SIGKILL mid-run, reopens the index, checks that every article of
 * the last commit the process reported is there, and that running the ingest again completes.
 */
class TestCrashSafety {

  private static final int ARTICLES = 600;
  private static final int BATCH = 10;
  private static final int COMMITS_BEFORE_KILL = 3;

  @TempDir Path tmp;

  @Test
  void killDashNineLosesNothingCommittedAndAReRunCompletes() throws Exception {
    Path input = tmp.resolve("articles.jsonl");
    writeArticles(input);
    Path data = tmp.resolve("data");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        CrashIngestChild.class.getName(), data.toString(), input.toString(), Integer.toString(BATCH))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<String> handled = new ArrayList<>();
    Set<String> committed = new HashSet<>();
    int commits = 0;
    boolean done = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("A ")) {
          handled.add(line.substring(2));
        } else if (line.startsWith("C ")) {
          committed.addAll(handled);
          if (++commits == COMMITS_BEFORE_KILL) {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no IndexWriter.close
            break;
          }
        } else if (line.equals("DONE")) {
          done = true;
        }
      }
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertTrue(!done && commits == COMMITS_BEFORE_KILL, "the child was killed mid-run");
    assertTrue(committed.size() >= BATCH * COMMITS_BEFORE_KILL, "committed " + committed.size());

    try (RasidStore store = RasidStore.open(data, Analyzer.create())) {
      int count = store.articleCount();
      assertTrue(count >= committed.size() && count < ARTICLES, "after the kill: " + count);
      for (String id : committed) {
        assertTrue(store.article(id).isPresent(), "committed article " + id + " lost");
      }
      IngestSummary rerun = store.ingest(List.of(input), new IngestOptions(2, 500), IngestListener.NONE);
      assertEquals(0, rerun.failed(), rerun.failures().toString());
      assertEquals(ARTICLES - count, rerun.ingested());
      assertEquals(count, rerun.duplicates());
      assertEquals(ARTICLES, store.articleCount());
      assertEquals(1, store.search(SearchQuery.of("مقال" + (ARTICLES - 1))).total());
    }
  }

  /** Distinct articles: random word sequences (no near-duplicates) with a unique marker word. */
  private static void writeArticles(Path file) throws IOException {
    Random random = new Random(42);
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    List<String> vocab = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 0, n = 3 + random.nextInt(4); k < n; k++) {
        w.append(letters.charAt(random.nextInt(letters.length())));
      }
      vocab.add(w.toString());
    }
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      StringBuilder text = new StringBuilder("مقال" + i);
      for (int k = 0; k < 60; k++) {
        text.append(k % 12 == 11 ? ". " : " ").append(vocab.get(random.nextInt(vocab.size())));
      }
      ObjectNode o = mapper.createObjectNode();
      o.put("id", "art-" + i);
      o.put("source", "اختبار");
      o.put("published", "2020-01-" + String.format("%02d", 1 + i % 28));
      o.put("text", text.toString());
      lines.add(mapper.writeValueAsString(o));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
