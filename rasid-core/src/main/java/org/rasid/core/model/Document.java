package org.rasid.core.model;

import java.util.Objects;

/**
 * One article: an id, its original text (never modified) and its metadata.
 */
public record Document(String id, String text, DocumentMeta meta) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    meta = meta == null ? DocumentMeta.EMPTY : meta;
  }

  public Document(String id, String text) {
    this(id, text, DocumentMeta.EMPTY);
  }
}
