package org.rasid.store;

import java.util.Objects;

/**
 * What happened to one article.
 *
 * @param id article id
 * @param status ingested, duplicate or failed
 * @param duplicateOf for {@link Status#DUPLICATE} and {@link Status#NEAR_DUPLICATE}: the first
 *     article's id; else null
 * @param reason for {@link Status#FAILED}: why; else null
 */
public record IngestResult(String id, Status status, String duplicateOf, String reason) {

  /** Outcome kinds. */
  public enum Status {
    /** Added (or replaced an older version with the same id). */
    INGESTED,
    /** Same normalized content as an article already stored: nothing changed. */
    DUPLICATE,
    /** Near-identical to an earlier article: stored, marked as a copy of it, hidden from search. */
    NEAR_DUPLICATE,
    /** Not stored. */
    FAILED
  }

  public IngestResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
  }

  public static IngestResult ingested(String id) {
    return new IngestResult(id, Status.INGESTED, null, null);
  }

  public static IngestResult duplicate(String id, String of) {
    return new IngestResult(id, Status.DUPLICATE, of, null);
  }

  public static IngestResult nearDuplicate(String id, String of) {
    return new IngestResult(id, Status.NEAR_DUPLICATE, of, null);
  }

  public static IngestResult failed(String id, String reason) {
    return new IngestResult(id, Status.FAILED, null, reason);
  }
}
