package org.rasid.core.model;

import java.util.Objects;

/**
 * Who said a quote.
 *
 * @param text how the speaker is referred to at the cue (empty for a pronoun or implied subject)
 * @param canonical canonical name of the speaker
 * @param entityId linked entity id, or null when the speaker is not a named entity
 */
public record Speaker(String text, String canonical, String entityId) {

  public Speaker {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
  }
}
