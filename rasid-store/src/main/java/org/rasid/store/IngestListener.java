package org.rasid.store;

/**
 * Progress callbacks of an ingest run. Called from ingestion threads: implementations must be
 * thread-safe and quick. All methods default to doing nothing.
 */
public interface IngestListener {

  IngestListener NONE = new IngestListener() {};

  /** One article was handled (ingested, duplicate or failed). */
  default void onArticle(IngestResult result) {}

  /** An input (file or record) failed. */
  default void onFailure(IngestFailure failure) {}

  /** About to read input file {@code index} (1-based) of {@code totalFiles}. */
  default void onFile(java.nio.file.Path file, int index, int totalFiles) {}

  /** A batch was committed: every article handled before this call survives a crash. */
  default void onCommit(long handled) {}

  /**
   * Periodic progress (about once a second and at the end).
   *
   * @param done articles handled so far
   * @param total articles expected, or -1 while unknown
   * @param perSecond articles handled per second so far
   */
  default void onProgress(long done, long total, double perSecond) {}
}
