package org.rasid.core;

import java.util.List;
import java.util.Objects;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;

/**
 * What the text layer produces for one text: tokens in order, the sentences over them and, for a
 * layer made {@link TextLayer#withAttribute with a word attribute}, that attribute's value of every
 * token ({@link TokenAttributes#NONE} otherwise).
 */
public record TextResult(List<Token> tokens, List<Sentence> sentences, TokenAttributes attributes) {

  public TextResult {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    Objects.requireNonNull(attributes, "attributes");
    if (attributes != TokenAttributes.NONE && attributes.size() != tokens.size()) {
      throw new IllegalArgumentException(
          attributes.size() + " attribute values for " + tokens.size() + " tokens");
    }
  }

  /** Tokens and sentences without attribute values. */
  public TextResult(List<Token> tokens, List<Sentence> sentences) {
    this(tokens, sentences, TokenAttributes.NONE);
  }
}
