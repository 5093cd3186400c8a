package org.rasid.extract.time;

/**
 * Arabic proclitics that may be glued to a time word: و (and), ف (so), ب (in/at), ل (for), ك (as).
 * They are cut before lexicon look-up and left out of the emitted span (وأمس → أمس).
 */
final class Clitics {

  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';
  static final char KAF = '\u0643';

  private Clitics() {}

  static boolean isProclitic(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF;
  }

  /**
   * Whether word {@code w} is in {@code set} as written or behind a و (وأحمد، والمستمرة): for sets of
   * ordinary words the word table does not hold, so their full {@link #forms} are not made.
   */
  static boolean inWithOrWithoutWaw(String w, java.util.Set<String> set) {
    return set.contains(w) || (w.length() > 3 && w.charAt(0) == WAW && set.contains(w.substring(1)));
  }

  /** A word form found in a lexicon and the number of proclitic characters cut to find it. */
  record Form(String form, int prefix) {}

  /**
   * The forms a word may be looked up under, in the order they are tried: the word, then without one
   * and two proclitics (with ل + ال written لل read as ال). Made once per word of the
   * {@link TriggerTable} at start-up ({@link RuleSupport.Ctx#forms} hands them out), so that the many
   * rules trying one token share the strings (and their cached hashes) instead of cutting them.
   */
  record Forms(String[] forms, int[] prefixes) {
    static final Forms NONE = new Forms(new String[0], new int[0]);

    /** The first form in {@code known}, or null. */
    Form find(java.util.Set<String> known) {
      for (int k = 0; k < forms.length; k++) {
        if (known.contains(forms[k])) {
          return new Form(forms[k], prefixes[k]);
        }
      }
      return null;
    }
  }

  /**
   * Every word that {@link #forms} cuts to one of {@code known}: each known form alone and behind one
   * or two proclitics (ل + ال written لل included), kept only where {@link #forms} gives it back —
   * so a word outside this set has no look-up form in {@code known}.
   */
  static java.util.Set<String> writtenForms(java.util.Set<String> known) {
    char[] clitics = {WAW, FEH, BEH, LAM, KAF};
    java.util.Set<String> candidates = new java.util.HashSet<>();
    for (String k : known) {
      java.util.List<String> bodies = k.startsWith("ال") ? java.util.List.of(k, k.substring(1)) : java.util.List.of(k);
      candidates.add(k);
      for (String body : bodies) {
        for (char a : clitics) {
          candidates.add(a + body);
          for (char b : clitics) {
            candidates.add("" + a + b + body);
          }
        }
      }
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : candidates) {
      if (forms(w).find(known) != null) {
        out.add(w);
      }
    }
    return out;
  }

  /** The look-up forms of {@code w} (see {@link Forms}). */
  static Forms forms(String w) {
    if (w.isEmpty()) {
      return Forms.NONE;
    }
    String[] f = new String[5];
    int[] p = new int[5];
    int n = 0;
    f[n] = w;
    p[n++] = 0;
    for (int k = 1; k <= 2 && k < w.length() - 1; k++) {
      if (!isProclitic(w.charAt(k - 1))) {
        break;
      }
      String rest = w.substring(k);
      f[n] = rest;
      p[n++] = k;
      if (w.charAt(k - 1) == LAM && rest.startsWith("ل")) {
        f[n] = "ا" + rest; // ل + ال is written لل: للعام
        p[n++] = k;
      }
    }
    return n == 5 ? new Forms(f, p) : new Forms(java.util.Arrays.copyOf(f, n), java.util.Arrays.copyOf(p, n));
  }
}
