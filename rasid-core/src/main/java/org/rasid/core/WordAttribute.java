package org.rasid.core;

/**
 * A later stage's value of a word, asked of the text layer so that it is computed once per word the
 * layer memoizes instead of once per occurrence — like the lexeme flags of spaCy's vocabulary. The
 * time tagger's is the word's entry in its trigger table: nine words in ten of running text have
 * none, but finding that out costs a hash probe per token, which the layer's memo already pays.
 *
 * <p>{@link #of} must be a pure function of the normalized form: the layer may return a value it
 * computed for an earlier occurrence of the same word. 0 means "nothing"; the layer gives 0 for
 * tokens that are not words (numbers, punctuation, URLs …).
 *
 * <p>Implementations must be thread-safe (a layer is used by many threads at once).
 */
@FunctionalInterface
public interface WordAttribute {

  /** The value of the word whose normalized form is {@code norm} (an Arabic or Latin word token's). */
  int of(String norm);
}
