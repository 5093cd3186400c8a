package org.rasid.store.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.store.IngestFailure;

/**
 * {@code .txt}: one article per file, strict UTF-8; id = file name without extension; no metadata
 * (the analyzer may still find a dateline in the text). An empty file is a failure.
 */
public final class TextFileReader implements ArticleReader {

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    String text = TextDecoding.readUtf8(file);
    if (text.isBlank()) {
      sink.fail(new IngestFailure(file.toString(), "empty file"));
      return;
    }
    sink.accept(new Document(Ids.ofFile(file), text, DocumentMeta.EMPTY));
  }
}
