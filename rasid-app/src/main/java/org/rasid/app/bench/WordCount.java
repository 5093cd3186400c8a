package org.rasid.app.bench;

/**
 * The unit of throughput shared by every text benchmark: whitespace-separated words of the input.
 *
 * <p>Rule: a word is a maximal run of characters that are neither {@link Character#isWhitespace}
 * nor {@link Character#isSpaceChar} (so a no-break space separates words too). The count depends on
 * the input only, so Rasid and Lucene are divided by the same number.
 */
public final class WordCount {

  private WordCount() {}

  /** Whitespace-separated words of {@code text}; 0 for an empty or blank text. */
  public static long of(CharSequence text) {
    long words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
