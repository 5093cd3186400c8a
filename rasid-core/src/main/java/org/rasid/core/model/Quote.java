package org.rasid.core.model;

import java.util.Objects;

/**
 * A quotation: direct (inside quotation marks) or reported speech.
 *
 * @param span the quoted content without the marks
 * @param text original characters of the span
 * @param direct true for words inside quotation marks
 * @param speaker who said it, or null when unknown
 * @param cue the speech verb or attribution phrase
 */
public record Quote(CharSpan span, String text, boolean direct, Speaker speaker, TextSpan cue) {

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cue, "cue");
  }
}
