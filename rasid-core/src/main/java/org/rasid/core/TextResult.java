package org.rasid.core;

import java.util.List;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;

/** What the text layer produces for one text: tokens in order and the sentences over them. */
public record TextResult(List<Token> tokens, List<Sentence> sentences) {

  public TextResult {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
  }
}
