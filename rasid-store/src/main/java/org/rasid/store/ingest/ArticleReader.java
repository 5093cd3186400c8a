package org.rasid.store.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one kind of input file into articles.
 *
 * <p>Rules: a bad record (a JSONL line, a feed item, a WARC record) is reported to the sink and
 * reading goes on; a file that cannot be read at all throws, and the caller reports it. Readers
 * hold no state between files and are safe to share.
 */
public interface ArticleReader {

  /** True when this reader handles {@code file} (by its name). */
  boolean accepts(Path file);

  void read(Path file, ArticleSink sink) throws IOException;
}
