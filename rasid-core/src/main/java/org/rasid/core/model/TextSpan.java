package org.rasid.core.model;

import java.util.Objects;

/** A span together with the original text it covers (the schema's {@code span} object). */
public record TextSpan(CharSpan span, String text) {

  public TextSpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " does not match span " + span);
    }
  }

  /** Cuts {@code span} out of {@code original}. */
  public static TextSpan of(String original, CharSpan span) {
    return new TextSpan(span, span.of(original));
  }

  public static TextSpan of(String original, int start, int end) {
    return of(original, new CharSpan(start, end));
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
