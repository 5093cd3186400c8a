package org.rasid.app.bench;

import java.util.List;

/**
 * The texts a benchmark runs over, held in memory, with their size in the units the harness reports.
 *
 * @param texts the texts, in corpus order
 * @param words whitespace-separated words of all texts ({@link WordCount})
 * @param chars UTF-16 code units of all texts
 */
public record BenchTexts(List<String> texts, long words, long chars) {

  public BenchTexts {
    texts = List.copyOf(texts);
  }

  /** Counts the words and characters of {@code texts}. */
  public static BenchTexts of(List<String> texts) {
    long words = 0;
    long chars = 0;
    for (String t : texts) {
      words += WordCount.of(t);
      chars += t.length();
    }
    return new BenchTexts(texts, words, chars);
  }

  public int size() {
    return texts.size();
  }
}
