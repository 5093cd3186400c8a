package org.rasid.core.model;

import java.util.Objects;

/**
 * An event's actor, target or location.
 *
 * @param span where the argument is written
 * @param text original characters
 * @param canonical canonical entity name, or null
 * @param entityId linked entity id, or null
 */
public record EventArgument(CharSpan span, String text, String canonical, String entityId) {

  public EventArgument {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
