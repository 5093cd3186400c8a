package org.rasid.core.token;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random texts for property tests: Arabic-news-like strings full of the characters that break tokenizers. */
public final class RandomTexts {

  /** Pieces random texts are made of: letters, marks, digits, punctuation, quotes, spaces, controls. */
  public static final List<String> PIECES = List.of(
      "ا", "ب", "ت", "ل", "م", "ن", "و", "ي", "ة", "ى", "ه", "ع",
      "أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ء",
      "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B", "\u064C", "\u064D", "\u0670",
      "\u0640",
      "a", "b", "Z", "x", "'", "-",
      "0", "1", "5", "9", "٠", "١", "٥", "٩", "۰", "۴", "۹", "٫", "٬",
      ",", ".", "،", "؛", "؟", "!", ":", "?", "…", "/", "(", ")", "%", "#", "@", "_",
      "«", "»", "\"", "“", "”", "'",
      " ", " ", " ", "\n", "\t", "\r\n", "\u00A0",
      "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\u202B", "\u202C", "\u2067", "\u2069", "\uFEFF",
      "\uD83D\uDE00", "\uD83C\uDFFD",
      "\uFEFB", "\uFE8D", "\uFEDF", "\uFDF2",
      "http://", "www.", "x@y.com", "الـ15", "1,400");

  private RandomTexts() {}

  /** Up to 120 random pieces of {@link #PIECES} joined together. */
  public static Arbitrary<String> newsLike() {
    return Arbitraries.of(PIECES).list().ofMaxSize(120).map(pieces -> String.join("", pieces));
  }
}
