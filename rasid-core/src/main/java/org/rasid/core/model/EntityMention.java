package org.rasid.core.model;

import java.util.Objects;

/**
 * One mention of a named entity, linked to its canonical entity.
 *
 * @param span the name as written, proclitics excluded
 * @param text original characters of the span
 * @param type entity type
 * @param canonical canonical Arabic name shared by all mentions of the entity
 * @param entityId stable id of the canonical entity
 * @param latin Latin rendering, or null when unknown
 * @param confidence model confidence in [0, 1]
 */
public record EntityMention(
    CharSpan span,
    String text,
    EntityType type,
    String canonical,
    String entityId,
    String latin,
    double confidence) {

  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(entityId, "entityId");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }
}
