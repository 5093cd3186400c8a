package org.rasid.store.index;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * The default term source: words by character class, Rasid's {@link ArabicNormalizer}, a glued
 * word heuristic and light stemming.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A word is a maximal run of letters, digits and combining marks (diacritics and tatweel stay
 *       inside the word); everything else separates words.
 *   <li>Each word is normalized (alef variants, ى/ي, ة/ه, diacritics, digits, case).
 *   <li>Arabic words are light-stemmed ({@link ArabicLightStemmer}): الأسد, الاسد and للأسد all
 *       index as اسد.
 *   <li>Glued words (scraped text drops spaces: الولاياتالمتحدة, الولاياتالمتحدةوفرنسا): a word is
 *       cut after a non-final ة or ى and before an inner ال or وال (see {@link #gluedCuts}); it is
 *       indexed whole and also as its parts — the first part at the word's position, each next part
 *       at the next position — so the phrase الولايات المتحدة matches it and the glued query matches
 *       the spaced text.
 * </ol>
 */
public final class NormalizingTermSource implements TermSource {

  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
  private static final char WAW = '\u0648';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final int MIN_HALF = 3;

  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  @Override
  public List<IndexTerm> terms(String text) {
    List<IndexTerm> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i)) || isMark(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      addWord(text, start, i, out);
    }
    return out;
  }

  private void addWord(String text, int start, int end, List<IndexTerm> out) {
    String word = text.substring(start, end);
    String norm = normalizer.normalize(word);
    if (norm.isEmpty()) {
      return;
    }
    if (!isArabic(norm.charAt(0))) {
      out.add(new IndexTerm(norm, start, end, 1));
      return;
    }
    out.add(new IndexTerm(ArabicLightStemmer.stem(norm), start, end, 1));
    List<Integer> cuts = gluedCuts(word);
    if (cuts.isEmpty()) {
      return;
    }
    int from = 0;
    for (int k = 0; k <= cuts.size(); k++) {
      int to = k < cuts.size() ? cuts.get(k) : word.length();
      String part = normalizer.normalize(word.substring(from, to));
      if (!part.isEmpty()) {
        out.add(new IndexTerm(ArabicLightStemmer.stem(part), start + from, start + to, k == 0 ? 0 : 1));
      }
      from = to;
    }
  }

  /**
   * Where a glued word falls apart, as offsets into the word: after a teh marbuta or alef maksura
   * that is not final (both only end words), and before an inner definite article ال or وال whose
   * left part stems to at least three letters and that has at least three letters after it.
   */
  static List<Integer> gluedCuts(String word) {
    List<Integer> cuts = new ArrayList<>();
    int partStart = 0;
    int n = word.length();
    for (int i = 0; i < n - 1; i++) {
      char c = word.charAt(i);
      if ((c == TEH_MARBUTA || c == ALEF_MAKSURA) && i + 1 - partStart >= MIN_HALF && n - (i + 1) >= MIN_HALF
          && Character.isLetter(word.charAt(i + 1))) {
        cuts.add(i + 1);
        partStart = i + 1;
        continue;
      }
      int article = articleAt(word, i);
      if (article > 0 && i - partStart >= MIN_HALF && n - (i + article) >= MIN_HALF
          && ArabicLightStemmer.stem(ArabicNormalizer.get().normalize(word.substring(partStart, i))).length() >= MIN_HALF) {
        cuts.add(i);
        partStart = i;
        i += article - 1;
      }
    }
    return cuts;
  }

  /** Length of a definite article (ال, وال; any alef form) starting at {@code i}, else 0. */
  private static int articleAt(String w, int i) {
    if (isAlef(w.charAt(i)) && i + 1 < w.length() && w.charAt(i + 1) == LAM) {
      return 2;
    }
    if (w.charAt(i) == WAW && i + 2 < w.length() && isAlef(w.charAt(i + 1)) && w.charAt(i + 2) == LAM) {
      return 3;
    }
    return 0;
  }

  private static boolean isAlef(char c) {
    return c == ALEF || c == '\u0623' || c == '\u0625' || c == '\u0622';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || isMark(c);
  }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK
        || c == '\u0640';
  }

  private static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF';
  }
}
