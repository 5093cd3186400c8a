package org.rasid.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.store.SearchQuery;

class TestStoreBench {

  private static final List<Document> DOCS = List.of(
      new Document("a", "نص", new DocumentMeta("okaz", "أمير الرياض يستقبل السفير", "u1", LocalDate.of(2015, 7, 21))),
      new Document("b", "نص", new DocumentMeta("was", "وزير الخارجية يصل إلى جدة", "u2", LocalDate.of(2015, 8, 11))));

  @Test
  void queriesCycleThroughWordsPhrasesDateRangesAndSources() {
    List<SearchQuery> q = StoreBench.queries(DOCS, 8, 42);
    assertEquals(8, q.size());
    assertFalse(q.get(0).text().contains("\""));
    assertTrue(q.get(1).text().startsWith("\"") && q.get(1).text().endsWith("\""), q.get(1).text());
    assertTrue(q.get(2).from() != null && !q.get(2).from().isBefore(LocalDate.of(2015, 7, 21)));
    assertEquals(1, q.get(3).sources().size());
  }

  @Test
  void queriesAreReproducibleWithTheSameSeed() {
    assertEquals(StoreBench.queries(DOCS, 20, 7), StoreBench.queries(DOCS, 20, 7));
  }

  @Test
  void nearestRankPercentiles() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(5, StoreBench.percentile(sorted, 50));
    assertEquals(10, StoreBench.percentile(sorted, 99));
    assertEquals(1, StoreBench.percentile(sorted, 1));
  }
}
