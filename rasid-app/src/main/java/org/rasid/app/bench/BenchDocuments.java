package org.rasid.app.bench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.store.corpus.CorpusArticle;

/**
 * SaudiNewsNet articles as the {@link Document}s the analyzer receives.
 *
 * <p>Rules: id = {@code snn-<index>}; text = the article body; meta = source, title, url and the
 * crawl date ({@code date_extracted}'s first ten characters) as the publication date, or none when
 * it does not parse.
 */
public final class BenchDocuments {

  private BenchDocuments() {}

  public static List<Document> of(List<CorpusArticle> articles) {
    List<Document> docs = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      CorpusArticle a = articles.get(i);
      docs.add(new Document("snn-" + i, a.content(), new DocumentMeta(a.source(), a.title(), a.url(), date(a.dateExtracted()))));
    }
    return docs;
  }

  private static LocalDate date(String extracted) {
    if (extracted.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(extracted.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
