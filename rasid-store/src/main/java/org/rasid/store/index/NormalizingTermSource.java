package org.rasid.store.index;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.CharSpan;
import org.rasid.core.normalize.ArabicNormalizer;
import org.rasid.core.normalize.NormalizedText;

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
 *   <li>Glued words: when a normalized Arabic word holds a second definite article ال after at least
 *       three letters, with at least three letters after it (الولاياتالمتحدة), the word is indexed
 *       whole and also as its two halves — the first half at the word's position, the second at the
 *       next — so the phrase الولايات المتحدة matches it and the glued query matches the spaced text.
 * </ol>
 */
public final class NormalizingTermSource implements TermSource {

  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
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
    int split = gluedSplit(norm);
    if (split > 0) {
      NormalizedText view = normalizer.view(word);
      CharSpan left = view.toOriginal(0, split);
      CharSpan right = view.toOriginal(split, norm.length());
      out.add(new IndexTerm(ArabicLightStemmer.stem(norm.substring(0, split)), start + left.start(), start + left.end(), 0));
      out.add(new IndexTerm(ArabicLightStemmer.stem(norm.substring(split)), start + right.start(), start + right.end(), 1));
    }
  }

  /**
   * Index of an inner definite article splitting a glued word, or -1: the left half must stem to at
   * least three letters and the right half hold at least three letters after its ال.
   */
  static int gluedSplit(String norm) {
    for (int k = MIN_HALF; k + 2 + MIN_HALF <= norm.length(); k++) {
      if (norm.charAt(k) == ALEF && norm.charAt(k + 1) == LAM
          && ArabicLightStemmer.stem(norm.substring(0, k)).length() >= MIN_HALF) {
        return k;
      }
    }
    return -1;
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
