package org.rasid.core.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;

/** The invariants every sentence list of {@link SentenceSplitter} must satisfy. */
public final class SentenceInvariants {

  private SentenceInvariants() {}

  /**
   * Sentences are in bounds, in order, non-overlapping, trimmed, start and end on their first and
   * last token, and together hold every token once; no sentence spans a line break between tokens
   * of different lines.
   */
  public static void check(String text, List<Token> tokens, List<Sentence> sentences) {
    int nextToken = 0;
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertTrue(s.start() >= previousEnd, () -> "sentence overlaps the previous one: " + s);
      assertTrue(s.end() > s.start() && s.end() <= text.length(), () -> "sentence out of bounds: " + s);
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertEquals(nextToken, s.firstToken(), "token ranges must be contiguous");
      assertTrue(s.endToken() > s.firstToken(), () -> "sentence without tokens: " + s);
      assertEquals(tokens.get(s.firstToken()).start(), s.start());
      assertEquals(tokens.get(s.endToken() - 1).end(), s.end());
      assertFalse(Character.isWhitespace(s.text().charAt(0)), "leading whitespace");
      assertFalse(Character.isWhitespace(s.text().charAt(s.text().length() - 1)), "trailing whitespace");
      for (int t = s.firstToken() + 1; t < s.endToken(); t++) {
        assertFalse(SentenceSplitter.hasLineBreak(text, tokens.get(t - 1).end(), tokens.get(t).start()),
            () -> "sentence crosses a line break: " + s);
      }
      nextToken = s.endToken();
      previousEnd = s.end();
    }
    assertEquals(tokens.size(), nextToken, "sentences must hold every token");
  }
}
