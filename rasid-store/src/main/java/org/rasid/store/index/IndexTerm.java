package org.rasid.store.index;

import java.util.Objects;

/**
 * One term the search index stores for a word of the original text.
 *
 * @param term the index form (normalized, light-stemmed)
 * @param start original offset where the word (or word part) starts
 * @param end original offset one past it
 * @param positionIncrement 1 for a new position; 0 for an alternative at the previous position
 */
public record IndexTerm(String term, int start, int end, int positionIncrement) {

  public IndexTerm {
    Objects.requireNonNull(term, "term");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid offsets: start=" + start + ", end=" + end);
    }
    if (positionIncrement < 0) {
      throw new IllegalArgumentException("positionIncrement must be >= 0, got " + positionIncrement);
    }
  }
}
