package org.rasid.core.model;

/** Where a document's creation (publication) date came from. */
public enum DctSource {
  /** The --dct option or an API parameter. */
  GIVEN,
  /** Input metadata (JSONL field, HTML meta tag, feed item date, WARC header). */
  METADATA,
  /** A dateline or dated first sentence of the text. */
  TEXT,
  /** Not known. */
  NONE
}
