package org.rasid.core.model;

import java.util.Objects;

/**
 * A sentence: its span in the original text and the range of token indexes it holds.
 *
 * @param span where it is in the original text
 * @param text the original characters
 * @param firstToken index of its first token in the analysis' token list
 * @param endToken index one past its last token
 */
public record Sentence(CharSpan span, String text, int firstToken, int endToken) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException(
          "invalid token range: firstToken=" + firstToken + ", endToken=" + endToken);
    }
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
