package org.rasid.store.index;

/**
 * Light stemming of normalized Arabic words for search (Larkey, Ballesteros and Connell's "Light10",
 * the algorithm behind Lucene's {@code ArabicStemmer}).
 *
 * <p>Rules, on a word already normalized by {@code ArabicNormalizer} (so ة is ه and أ إ آ are ا):
 *
 * <ol>
 *   <li>A leading و is removed when at least three letters remain (وزارة → زاره).
 *   <li>One definite-article prefix is removed, longest first, when at least two letters remain:
 *       وال بال كال فال لل ال (للأسد → اسد, الأسد → اسد).
 *   <li>Suffixes ها ات ون ين يه ه ي are removed, each once and in that order, when at least two
 *       letters remain (الولايات → ولا). Unlike Light10, the dual ان is kept: in news it ends far
 *       more names than duals (سلمان، لبنان، إيران، عثمان would become سلم، لبن، ير، عثم).
 * </ol>
 *
 * <p>Stateless; safe to share.
 */
final class ArabicLightStemmer {

  private static final String WAW = "\u0648";
  private static final String[] PREFIXES = {
    "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644"
  };
  private static final String[] SUFFIXES = {
    "\u0647\u0627", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u064A\u0647", "\u0647", "\u064A"
  };

  private ArabicLightStemmer() {}

  /** Rule 2 only: one definite-article prefix, when at least two letters remain. */
  static String stripArticle(String word) {
    for (String p : PREFIXES) {
      if (word.startsWith(p) && word.length() - p.length() >= 2) {
        return word.substring(p.length());
      }
    }
    return word;
  }

  /** Rule 3 only: for stems whose clitics were already removed by Rasid's clitic segmenter. */
  static String stemSuffixes(String stem) {
    String w = stem;
    for (String s : SUFFIXES) {
      if (w.endsWith(s) && w.length() - s.length() >= 2) {
        w = w.substring(0, w.length() - s.length());
      }
    }
    return w;
  }

  static String stem(String word) {
    String w = word;
    if (w.startsWith(WAW) && w.length() >= 4) {
      w = w.substring(1);
    }
    for (String p : PREFIXES) {
      if (w.startsWith(p) && w.length() - p.length() >= 2) {
        w = w.substring(p.length());
        break;
      }
    }
    for (String s : SUFFIXES) {
      if (w.endsWith(s) && w.length() - s.length() >= 2) {
        w = w.substring(0, w.length() - s.length());
      }
    }
    return w;
  }
}
