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

  /** The word itself or without up to two proclitics, when that is in {@code known}; else null. */
  static Form strip(String w, java.util.Set<String> known) {
    if (known.contains(w)) {
      return new Form(w, 0);
    }
    for (int p = 1; p <= 2 && p < w.length() - 1; p++) {
      if (!isProclitic(w.charAt(p - 1))) {
        return null;
      }
      String rest = w.substring(p);
      if (known.contains(rest)) {
        return new Form(rest, p);
      }
      if (w.charAt(p - 1) == LAM && rest.startsWith("ل") && known.contains("ا" + rest)) {
        return new Form("ا" + rest, p); // ل + ال is written لل: للعام
      }
    }
    return null;
  }
}
