package org.rasid.store.corpus;

import java.util.Objects;

/**
 * One article of the SaudiNewsNet corpus, as stored in its JSON (missing fields become empty strings).
 *
 * @param source newspaper identifier (e.g. {@code okaz}, {@code was})
 * @param url page the crawler read
 * @param dateExtracted crawl time {@code YYYY-MM-DD hh:mm:ss} (not necessarily the publication date)
 * @param title headline, may be empty
 * @param author byline, may be empty
 * @param content article body
 */
public record CorpusArticle(
    String source, String url, String dateExtracted, String title, String author, String content) {

  public CorpusArticle {
    source = Objects.requireNonNullElse(source, "");
    url = Objects.requireNonNullElse(url, "");
    dateExtracted = Objects.requireNonNullElse(dateExtracted, "");
    title = Objects.requireNonNullElse(title, "");
    author = Objects.requireNonNullElse(author, "");
    content = Objects.requireNonNullElse(content, "");
  }
}
