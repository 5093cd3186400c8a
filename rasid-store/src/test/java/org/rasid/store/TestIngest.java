package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Document;

class TestIngest {

  @TempDir Path tmp;

  private static String sample(String name) throws IOException {
    return Files.readString(TestStore.samples().resolve(name + ".txt"));
  }

  @Test
  void reIngestingTheSameArticlesChangesNothing() throws IOException {
    try (RasidStore store = TestStore.open(tmp.resolve("data"))) {
      IngestSummary first = store.ingest(List.of(TestStore.samples()), new IngestOptions(2, 3), IngestListener.NONE);
      assertEquals(5, first.ingested());
      assertEquals(0, first.duplicates());
      IngestSummary again = store.ingest(List.of(TestStore.samples()), new IngestOptions(2, 3), IngestListener.NONE);
      assertEquals(0, again.ingested());
      assertEquals(5, again.duplicates());
      assertEquals(5, store.articleCount());
      Document d = new Document(TestSearch.S1, sample(TestSearch.S1));
      IngestResult r = store.ingestOne(d);
      assertEquals(IngestResult.Status.DUPLICATE, r.status());
      assertEquals(TestSearch.S1, r.duplicateOf());
    }
    try (RasidStore reopened = TestStore.open(tmp.resolve("data"))) {
      assertEquals(5, reopened.articleCount());
      IngestSummary third = reopened.ingest(List.of(TestStore.samples()), new IngestOptions(1, 100), IngestListener.NONE);
      assertEquals(5, third.duplicates(), "idempotent across restarts");
      assertEquals(5, reopened.articleCount());
    }
  }

  @Test
  void sameContentUnderAnotherIdWithOtherSpellingAndPunctuationIsAnExactDuplicate() throws IOException {
    try (RasidStore store = TestStore.open(tmp)) {
      store.ingestOne(new Document("first", sample(TestSearch.S2)));
      String respelled = sample(TestSearch.S2).replace('ا', 'أ').replace("،", " ").replace(".", " .  ");
      IngestResult r = store.ingestOne(new Document("copy", respelled));
      assertEquals(IngestResult.Status.DUPLICATE, r.status());
      assertEquals("first", r.duplicateOf());
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void nearIdenticalCopyIsRecordedAsDuplicateOfTheFirstAndHiddenFromSearch() throws IOException {
    try (RasidStore store = TestStore.open(tmp)) {
      String text = sample(TestSearch.S5);
      store.ingestOne(new Document("orig", text));
      String edited = text.replaceFirst("دمشق", "العاصمة السورية دمشق") + "\nالمصدر: وكالات.";
      IngestResult r = store.ingestOne(new Document("copy", edited));
      assertEquals(IngestResult.Status.NEAR_DUPLICATE, r.status());
      assertEquals("orig", r.duplicateOf());
      String copyOfCopy = edited + " تحديث.";
      assertEquals("orig", store.ingestOne(new Document("copy2", copyOfCopy)).duplicateOf(), "copies point to the first");
      assertEquals("orig", store.article("copy").orElseThrow().duplicateOf());
      assertNull(store.article("orig").orElseThrow().duplicateOf());
      assertEquals(List.of("orig"), store.search(SearchQuery.of("دمشق")).hits().stream().map(SearchHit::id).toList());
      assertEquals(3, store.articleCount());
      IngestResult unrelated = store.ingestOne(new Document("other", sample(TestSearch.S2)));
      assertEquals(IngestResult.Status.INGESTED, unrelated.status());
    }
  }

  @Test
  void sameIdWithNewContentReplacesTheArticle() {
    try (RasidStore store = TestStore.open(tmp)) {
      store.ingestOne(TestStore.doc("x", "أ", "2020-01-01", "قديم", "نص قديم عن الاقتصاد والتجارة في المنطقة العربية اليوم"));
      IngestResult r = store.ingestOne(TestStore.doc("x", "أ", "2020-01-02", "جديد", "نص جديد تماما حول الرياضة وكرة القدم والملاعب"));
      assertEquals(IngestResult.Status.INGESTED, r.status());
      assertEquals(1, store.articleCount());
      assertEquals("جديد", store.article("x").orElseThrow().title());
      assertEquals(0, store.search(SearchQuery.of("الاقتصاد")).total());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void brokenFilesAreReportedAndTheRestIngested() throws IOException, URISyntaxException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (String f : List.of("broken.txt", "binary.txt", "articles.jsonl", "page.html", "feed.rss", "feed.atom")) {
      Files.copy(Path.of(TestIngest.class.getResource("/fixtures/" + f).toURI()), in.resolve(f));
    }
    Files.copy(TestStore.samples().resolve(TestSearch.S1 + ".txt"), in.resolve("good.txt"));
    Files.writeString(in.resolve("empty.txt"), "");
    List<IngestFailure> seen = Collections.synchronizedList(new ArrayList<>());
    List<IngestResult> articles = Collections.synchronizedList(new ArrayList<>());
    try (RasidStore store = TestStore.open(tmp.resolve("data"))) {
      IngestSummary s = store.ingest(List.of(in, tmp.resolve("missing")), new IngestOptions(2, 2), new IngestListener() {
        @Override
        public void onFailure(IngestFailure f) {
          seen.add(f);
        }

        @Override
        public void onArticle(IngestResult r) {
          articles.add(r);
        }
      });
      // good.txt, page.html, 2 jsonl, 2 rss, 2 atom
      assertEquals(8, s.ingested(), s.failures().toString());
      // broken.txt, binary.txt, empty.txt, 3 jsonl lines, 1 rss item, missing path
      assertEquals(8, s.failed(), s.failures().toString());
      assertEquals(s.failures().size(), seen.size());
      assertTrue(s.failures().stream().anyMatch(f -> f.path().endsWith("broken.txt") && f.reason().contains("UTF-8")));
      assertTrue(s.failures().stream().anyMatch(f -> f.path().endsWith("missing")));
      assertEquals(8, articles.size());
      assertEquals(8, store.articleCount());
    }
  }

  @Test
  void secondOpenOfTheSameDataDirFailsWhileTheFirstIsOpen() throws IOException {
    try (RasidStore store = TestStore.open(tmp)) {
      assertThrows(LockObtainFailedException.class,
          () -> RasidStore.open(tmp, null, new GazetteerAnalysis(), new org.rasid.store.index.NormalizingTermSource()));
      assertEquals(0, store.articleCount());
    }
  }

  @Test
  void analysisFailureFailsOnlyThatArticle() throws IOException {
    ArticleAnalyzer failing = doc -> {
      if (doc.id().equals("bad")) {
        throw new IllegalStateException("stage exploded");
      }
      return new GazetteerAnalysis().analyze(doc);
    };
    try (RasidStore store = RasidStore.open(tmp, null, failing, new org.rasid.store.index.NormalizingTermSource())) {
      IngestResult bad = store.ingestOne(new Document("bad", "نص عادي تماما عن الطقس"));
      assertEquals(IngestResult.Status.FAILED, bad.status());
      assertTrue(bad.reason().contains("stage exploded"));
      IngestResult retry = store.ingestOne(new Document("good", "نص عادي تماما عن الطقس"));
      assertEquals(IngestResult.Status.INGESTED, retry.status(), "a failed article does not block its content");
      assertEquals(IngestResult.Status.FAILED, store.ingestOne(new Document("blank", "   ")).status());
    }
  }

  @Test
  void optionsValidated() {
    assertThrows(IllegalArgumentException.class, () -> new IngestOptions(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new IngestOptions(1, 0));
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.builder().limit(-1).build());
    assertThrows(IllegalArgumentException.class,
        () -> SearchQuery.builder().from(java.time.LocalDate.of(2020, 2, 1)).to(java.time.LocalDate.of(2020, 1, 1)).build());
  }
}
