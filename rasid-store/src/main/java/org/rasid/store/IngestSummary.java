package org.rasid.store;

import java.util.List;

/**
 * The outcome of one ingest run.
 *
 * @param ingested articles added or updated
 * @param duplicates articles skipped as exact duplicates or already present, plus near-duplicates
 *     recorded as copies of an earlier article
 * @param failed inputs that failed (unreadable files, bad records, analysis errors)
 * @param failures the reasons, one per failure
 * @param millis wall-clock duration
 */
public record IngestSummary(int ingested, int duplicates, int failed, List<IngestFailure> failures, long millis) {

  public IngestSummary {
    failures = List.copyOf(failures);
  }

  /** Articles per second over the whole run. */
  public double perSecond() {
    return millis == 0 ? 0 : (ingested + duplicates) * 1000.0 / millis;
  }
}
