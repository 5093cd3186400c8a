package org.rasid.store;

/** Order of search hits. */
public enum Sort {
  /** BM25 score, best first (ties: newest first). */
  RELEVANCE,
  /** Publication date, newest first (undated last). */
  DATE,
  /** Publication date, oldest first (undated last). */
  DATE_ASC
}
