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

  /** A word form found in a lexicon and the number of proclitic characters cut to find it. */
  record Form(String form, int prefix) {}

  /**
   * The forms a word may be looked up under, in the order they are tried: the word, then without one
   * and two proclitics (with ل + ال written لل read as ال). Made once per token by the
   * scan ({@link RuleSupport.Ctx#forms}) so that the many rules trying one token share the strings
   * (and their cached hashes) instead of cutting them again.
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
