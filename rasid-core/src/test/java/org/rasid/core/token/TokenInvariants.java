package org.rasid.core.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.rasid.core.model.Token;
import org.rasid.core.normalize.ArabicNormalizer;

/** The invariants every token list of {@link ArabicTokenizer} must satisfy, for tests of any stage. */
public final class TokenInvariants {

  private TokenInvariants() {}

  /**
   * Checks that tokens are non-empty exact substrings of {@code text}, strictly in order, never
   * splitting a surrogate pair, with the normalizer's norm, and that every character other than
   * whitespace and the skippable invisible controls is covered.
   */
  public static void check(String text, List<Token> tokens) {
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (Token token : tokens) {
      assertTrue(token.start() >= previousEnd, () -> "overlap or disorder at " + token + " in " + escape(text));
      assertTrue(token.end() > token.start(), () -> "empty token " + token);
      assertTrue(token.end() <= text.length());
      assertEquals(text.substring(token.start(), token.end()), token.text());
      assertEquals(ArabicNormalizer.get().normalize(token.text()), token.norm());
      assertFalse(splitsSurrogatePair(text, token.start()), () -> "token starts inside a pair: " + token);
      assertFalse(splitsSurrogatePair(text, token.end()), () -> "token ends inside a pair: " + token);
      for (int i = token.start(); i < token.end(); i++) {
        covered[i] = true;
      }
      previousEnd = token.end();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = i;
      assertTrue(covered[i] || isSpace(c) || isInvisible(c),
          () -> "character U+" + Integer.toHexString(c) + " at " + at + " not covered in " + escape(text));
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The zero-width and bidi controls the tokenizer may skip between words. */
  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F') || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
  }

  private static boolean splitsSurrogatePair(String text, int offset) {
    return offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
  }

  public static String escape(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }
}
