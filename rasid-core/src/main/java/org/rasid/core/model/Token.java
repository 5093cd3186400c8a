package org.rasid.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A token of the original text.
 *
 * @param span where it is in the original text
 * @param text the original characters, {@code span.of(originalText)}
 * @param type coarse class
 * @param norm orthographically normalized form used for matching (see {@code ArabicNormalizer})
 * @param parts clitic segmentation in original spelling, e.g. و, ل, ال, أمم for وللأمم; a single
 *     element when the token has no clitics
 */
public record Token(CharSpan span, String text, TokenType type, String norm, List<String> parts) {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(norm, "norm");
    parts = parts == null || parts.isEmpty() ? List.of(text) : List.copyOf(parts);
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "token text length " + text.length() + " does not match span " + span);
    }
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** The part left after removing proclitics and enclitics (the stem), in original spelling. */
  public String stem() {
    return parts.stream().filter(p -> !p.isEmpty()).reduce((a, b) -> b.length() >= a.length() ? b : a).orElse(text);
  }
}
