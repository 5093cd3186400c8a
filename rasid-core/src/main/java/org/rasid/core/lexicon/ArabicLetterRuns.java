package org.rasid.core.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.CharSpan;

/**
 * Finds maximal runs of Arabic letters in a text: the "words" counted by {@link LexiconBuilder} and
 * used by the evaluations. Deliberately independent of the tokenizer so statistics do not change
 * when tokenization does.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A run starts at an Arabic letter: U+0621–U+063A, U+0641–U+064A, U+0671–U+06D3,
 *       U+06FA–U+06FF.
 *   <li>Diacritics (U+064B–U+065F, U+0670) and tatweel (U+0640) continue a run but never start one.
 *   <li>Anything else (space, digit, punctuation, Latin, ZWNJ) ends a run.
 * </ul>
 */
public final class ArabicLetterRuns {

  static final char TATWEEL = '\u0640';
  static final char SUPERSCRIPT_ALEF = '\u0670';

  private ArabicLetterRuns() {}

  /** True for a character that starts an Arabic word. */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u063A')
        || (c >= '\u0641' && c <= '\u064A')
        || (c >= '\u0671' && c <= '\u06D3')
        || (c >= '\u06FA' && c <= '\u06FF');
  }

  /** True for a character that may continue (but not start) an Arabic word. */
  public static boolean isWordMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == SUPERSCRIPT_ALEF || c == TATWEEL;
  }

  /** The spans of all Arabic letter runs of {@code text}, in order. */
  public static List<CharSpan> find(CharSequence text) {
    List<CharSpan> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isArabicLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i++;
      while (i < n && (isArabicLetter(text.charAt(i)) || isWordMark(text.charAt(i)))) {
        i++;
      }
      out.add(new CharSpan(start, i));
    }
    return out;
  }
}
