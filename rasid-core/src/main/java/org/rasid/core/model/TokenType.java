package org.rasid.core.model;

/** Coarse class of a token, decided by the tokenizer from its characters. */
public enum TokenType {
  /** A word in Arabic script. */
  ARABIC,
  /** A word in Latin (or other non-Arabic) letters. */
  LATIN,
  /** Digits, possibly with separators: 1,400 / 1.5 / ١٢ / 2011. */
  NUMBER,
  /** A quotation mark of any kind: " « » “ ” „ ' . */
  QUOTE,
  /** Punctuation: . , ، ؛ ؟ ! : ( ) - … */
  PUNCT,
  URL,
  EMAIL,
  HASHTAG,
  MENTION,
  /** Anything else that is not whitespace (symbols, emoji). */
  SYMBOL
}
