package org.rasid.store;

/**
 * How to ingest.
 *
 * @param threads analysis threads (>= 1)
 * @param batchSize articles per Lucene commit (>= 1): a crash loses at most the uncommitted batch
 * @param stories whether ingested articles join stories (off only to measure what stories cost)
 */
public record IngestOptions(int threads, int batchSize, boolean stories) {

  /** With story tracking. */
  public IngestOptions(int threads, int batchSize) {
    this(threads, batchSize, true);
  }

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
    }
  }

  /** One thread per core, 1,000 articles per commit. */
  public static IngestOptions defaults() {
    return new IngestOptions(Runtime.getRuntime().availableProcessors(), 1000);
  }
}
