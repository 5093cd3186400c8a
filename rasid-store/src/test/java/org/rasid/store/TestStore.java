package org.rasid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.extract.Analyzer;
import org.rasid.store.index.TextLayerTermSource;

/** Test helpers: opening a store with the gazetteer analysis, building documents, the samples dir. */
final class TestStore {

  private TestStore() {}

  /** Rasid's analyzer (immutable, thread-safe), loaded once for all tests. */
  static final Analyzer ANALYZER = Analyzer.create();

  /** A store with the production search chain (the analyzer's text layer) and gazetteer entities. */
  static RasidStore open(Path dir) {
    try {
      return RasidStore.open(dir, ANALYZER, new GazetteerAnalysis(ANALYZER), new TextLayerTermSource(ANALYZER.textLayer()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document doc(String id, String source, String date, String title, String text) {
    return new Document(id, text, new DocumentMeta(source, title, null, date == null ? null : LocalDate.parse(date)));
  }

  /** The repository's {@code samples/} directory (five Arabic news articles). */
  static Path samples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path s = p.resolve("samples");
      if (Files.isDirectory(s)) {
        return s;
      }
    }
    throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
  }
}
