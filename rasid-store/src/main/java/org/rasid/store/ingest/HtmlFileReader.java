package org.rasid.store.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.store.IngestFailure;

/**
 * {@code .html}/{@code .htm}: one article per page, main text by {@link HtmlMainText}; id = file
 * name without extension; charset from the page's meta (UTF-8 when absent). A page without main
 * text is a failure.
 */
public final class HtmlFileReader implements ArticleReader {

  private final HtmlMainText extractor = new HtmlMainText();

  @Override
  public boolean accepts(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    byte[] head = java.nio.file.Files.readAllBytes(file);
    for (int i = 0; i < Math.min(head.length, 4096); i++) {
      if (head[i] == 0) {
        throw new IOException("binary file (contains NUL bytes)");
      }
    }
    org.jsoup.nodes.Document page = Jsoup.parse(new java.io.ByteArrayInputStream(head), null, file.toUri().toString());
    HtmlArticle a = extractor.extract(page);
    if (a.text().isBlank()) {
      sink.fail(new IngestFailure(file.toString(), "no article text found in the page"));
      return;
    }
    String url = a.url() == null || a.url().startsWith("file:") ? null : a.url();
    sink.accept(new Document(Ids.ofFile(file), a.text(), new DocumentMeta(a.source(), a.title(), url, a.published())));
  }
}
