package org.rasid.core.glued;

import org.rasid.core.lexicon.WordLexicon;

/**
 * How often a normalized form is expected in the training corpus: its own count, or, for an unseen
 * form, the count of a seen stem times the usual rate of the affixes around it (وبمشاركتهم ←
 * مشاركة). Used to tell rare real words from glued pairs.
 *
 * <p>Affixes (normalized spelling): proclitic chains of و ف, ب ك ل, ال, س; inflectional and
 * nisba endings (ات ون ين ان ه ي يه يين يون يات تين تان وا ا اني انيه اوي ت), each optionally
 * followed by a pronoun (ه ها هم هما هن كم كن نا ي ك ني كما), which the clitic segmenter does not
 * all split but which make an unseen form a word (اشتراكاتهم, الصوماليين). A stem must have three letters; a final ت before a
 * suffix is also looked up as ة (normalized ه). The rates are rough priors, discounted by
 * {@link #UNSEEN_DISCOUNT} because the composite itself was never seen.
 */
final class WordEvidence {

  static final double UNSEEN_DISCOUNT = 0.1;

  private static final String[] PREFIXES = {
    "", "\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644",
    "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644", "\u0648\u0628\u0627\u0644", "\u0648\u0644\u0644",
    "\u0641\u0628\u0627\u0644", "\u0641\u0644\u0644", "\u0648\u0628", "\u0648\u0644", "\u0641\u0628", "\u0641\u0644",
    "\u0633", "\u0648\u0633", "\u0641\u0633"
  };
  private static final double[] PREFIX_RATE = {
    1, 0.5, 0.1, 0.3, 0.3, 0.05, 1, 0.5, 0.1, 0.3, 0.05, 0.3, 0.15, 0.15, 0.03, 0.03, 0.15, 0.15, 0.03, 0.03, 0.1, 0.05, 0.01
  };
  /** Inflectional endings (normalized) and their rough rates. */
  private static final String[] ENDINGS = {
    "", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u0627\u0646", "\u0647", "\u064A", "\u064A\u0647",
    "\u064A\u064A\u0646", "\u064A\u0648\u0646", "\u064A\u0627\u062A", "\u064A\u0627\u0646", "\u062A\u064A\u0646",
    "\u062A\u0627\u0646", "\u0648\u0627", "\u0627", "\u0627\u0646\u064A", "\u0627\u0646\u064A\u0647",
    "\u0627\u0646\u064A\u064A\u0646", "\u0627\u0648\u064A", "\u0627\u0648\u064A\u0647", "\u062A"
  };
  private static final double[] ENDING_RATE = {
    1, 0.3, 0.3, 0.3, 0.2, 0.5, 0.3, 0.3, 0.1, 0.1, 0.1, 0.05, 0.1, 0.05, 0.2, 0.3, 0.05, 0.05, 0.02, 0.02, 0.02, 0.2
  };
  /** Pronoun suffixes (normalized) and their rough rates. */
  private static final String[] PRONOUNS = {
    "", "\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646", "\u0643\u0645", "\u0643\u0646",
    "\u0646\u0627", "\u064A", "\u0643", "\u0646\u064A", "\u0643\u0645\u0627"
  };
  private static final double[] PRONOUN_RATE = {1, 0.3, 0.3, 0.2, 0.05, 0.02, 0.05, 0.01, 0.1, 0.3, 0.05, 0.05, 0.02};

  /** Every ending followed by an optional pronoun, built once (immutable after class init). */
  private static final String[] SUFFIXES;
  private static final double[] SUFFIX_RATE;

  static {
    java.util.Map<String, Double> all = new java.util.LinkedHashMap<>();
    for (int e = 0; e < ENDINGS.length; e++) {
      for (int p = 0; p < PRONOUNS.length; p++) {
        all.merge(ENDINGS[e] + PRONOUNS[p], ENDING_RATE[e] * PRONOUN_RATE[p], Math::max);
      }
    }
    SUFFIXES = all.keySet().toArray(new String[0]);
    SUFFIX_RATE = all.values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static final java.util.Set<String> SUFFIX_SET = java.util.Set.of(
      java.util.Arrays.stream(SUFFIXES).filter(x -> x.length() >= 2).toArray(String[]::new));

  /** True for a string of two letters or more that is also an ending + pronoun (ات, اتهم, انه, يين). */
  static boolean isSuffix(String s) {
    return SUFFIX_SET.contains(s);
  }

  private final WordLexicon lexicon;

  WordEvidence(WordLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Observed count, else the best affix-based estimate (0 when nothing supports the form). */
  double expected(String n) {
    return expected(n, SUFFIXES, SUFFIX_RATE, SUFFIXES_BY_LAST);
  }

  /** The affix-based estimate alone, pronoun suffixes only: cheaper, for candidate pieces. */
  double affixed(String n) {
    return affixed(n, PRONOUNS, PRONOUN_RATE, PRONOUNS_BY_LAST);
  }

  private double expected(String n, String[] suffixes, double[] suffixRates, int[][] byLast) {
    long own = lexicon.count(n);
    return own > 0 ? own : affixed(n, suffixes, suffixRates, byLast);
  }

  /**
   * Suffix indices grouped by their last letter (index {@code c - 0x0600} of the Arabic block; the
   * empty suffix, index 0, is in every group), so that a word is compared only with the suffixes
   * that end as it does.
   */
  private static int[][] byLastLetter(String[] suffixes) {
    java.util.List<java.util.List<Integer>> groups = new java.util.ArrayList<>();
    for (int c = 0; c < 0x100; c++) {
      groups.add(new java.util.ArrayList<>(java.util.List.of(0)));
    }
    for (int s = 1; s < suffixes.length; s++) {
      char last = suffixes[s].charAt(suffixes[s].length() - 1);
      if (last < 0x0600 || last >= 0x0700) {
        throw new IllegalStateException("suffix outside the Arabic block: " + suffixes[s]);
      }
      groups.get(last - 0x0600).add(s);
    }
    int[][] out = new int[0x100][];
    for (int c = 0; c < 0x100; c++) {
      out[c] = groups.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  private static final int[][] SUFFIXES_BY_LAST = byLastLetter(SUFFIXES);
  private static final int[][] PRONOUNS_BY_LAST = byLastLetter(PRONOUNS);
  private static final int[] EMPTY_AFFIX_ONLY = {0};

  /**
   * Prefix indices grouped by their first letter (the empty prefix, index 0, in every group), so
   * that a word is compared only with the prefixes that start as it does.
   */
  private static final int[][] PREFIXES_BY_FIRST = byFirstLetter(PREFIXES);

  private static int[][] byFirstLetter(String[] prefixes) {
    int[][] out = new int[0x100][];
    for (int c = 0; c < 0x100; c++) {
      char letter = (char) (0x0600 + c);
      out[c] = java.util.stream.IntStream.range(0, prefixes.length)
          .filter(p -> p == 0 || prefixes[p].charAt(0) == letter).toArray();
    }
    return out;
  }

  private double affixed(String n, String[] suffixes, double[] suffixRates, int[][] byLast) {
    double best = 0;
    int len = n.length();
    if (len == 0) {
      return 0;
    }
    // the suffixes this word ends with, found once (not once per prefix)
    char last = n.charAt(len - 1);
    int[] group = last >= 0x0600 && last < 0x0700 ? byLast[last - 0x0600] : EMPTY_AFFIX_ONLY;
    int[] ends = new int[group.length];
    int nEnds = 0;
    for (int s : group) {
      if (n.endsWith(suffixes[s])) {
        ends[nEnds++] = s;
      }
    }
    char first = n.charAt(0);
    int[] starting = first >= 0x0600 && first < 0x0700 ? PREFIXES_BY_FIRST[first - 0x0600] : EMPTY_AFFIX_ONLY;
    for (int p : starting) {
      String pre = PREFIXES[p];
      if (!n.startsWith(pre)) {
        continue;
      }
      int a = pre.length();
      if (a > 0 && pre.charAt(a - 1) == '\u0633' && (a >= len || !isImperfectPrefix(n.charAt(a)))) {
        continue;
      }
      for (int e = 0; e < nEnds; e++) {
        int s = ends[e];
        if (p == 0 && s == 0) {
          continue;
        }
        int b = len - suffixes[s].length();
        if (b - a < 3) {
          continue;
        }
        double rate = PREFIX_RATE[p] * suffixRates[s] * UNSEEN_DISCOUNT;
        long c = lexicon.count(n, a, b);
        if (s > 0 && n.charAt(b - 1) == '\u062A') {
          c = Math.max(c, lexicon.countWithLast(n, a, b, '\u0647')); // ت before a suffix as the ة of the stem
        }
        best = Math.max(best, c * rate);
      }
    }
    return best;
  }

  private static boolean isImperfectPrefix(char c) {
    return c == '\u064A' || c == '\u062A' || c == '\u0646' || c == '\u0627';
  }
}
