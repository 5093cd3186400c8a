package org.rasid.core.normalize;

/**
 * Orthographic normalization of Arabic news text for matching. The original text is never changed:
 * {@link #view(String)} returns a derived {@link NormalizedText} with an offset map back.
 *
 * <p>Rules, applied per character:
 *
 * <ol>
 *   <li>Diacritics (tashkeel U+064B–U+065F, superscript alef U+0670, Quranic marks U+06D6–U+06ED)
 *       are removed.
 *   <li>Tatweel (U+0640) is removed.
 *   <li>Alef variants أ إ آ ٱ (and wavy-hamza alefs U+0672, U+0673) become bare alef ا.
 *   <li>Alef maqsura ى and Persian yeh ی become yeh ي; Persian kaf ک becomes kaf ك.
 *   <li>Teh marbuta ة becomes heh ه (for matching only: الحكومة and الحكومه match).
 *   <li>Hamza on waw ؤ becomes و; hamza on yeh ئ becomes ي.
 *   <li>Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII digits; the Arabic decimal and
 *       thousands separators ٫ ٬ become . and , ; the Arabic percent sign ٪ becomes %.
 *   <li>Arabic punctuation is recognized and mapped to its ASCII twin: ، → , ؛ → ; ؟ → ?
 *   <li>Zero-width and bidi controls (U+200B–U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF)
 *       are removed.
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are decomposed to their letters by
 *       NFKC (ﻻ → لا), then normalized by the rules above.
 *   <li>ASCII letters are lower-cased.
 * </ol>
 *
 * <p>Normalization is idempotent: {@code normalize(normalize(s)).equals(normalize(s))}. Instances
 * hold no state and are safe to share between threads.
 */
public final class ArabicNormalizer {

  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  static final char WAW = '\u0648';
  static final char WAW_HAMZA = '\u0624';
  static final char YEH = '\u064A';
  static final char YEH_HAMZA = '\u0626';
  static final char ALEF_MAKSURA = '\u0649';
  static final char FARSI_YEH = '\u06CC';
  static final char KAF = '\u0643';
  static final char KEHEH = '\u06A9';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char TATWEEL = '\u0640';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char ARABIC_COMMA = '\u060C';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  static final char ARABIC_PERCENT_SIGN = '\u066A';
  static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final ArabicNormalizer INSTANCE = new ArabicNormalizer();

  private ArabicNormalizer() {}

  /** The normalizer (stateless, shared). */
  public static ArabicNormalizer get() {
    return INSTANCE;
  }

  /**
   * Normalizes {@code s} (a word, a phrase or a whole text) without keeping offsets. A string that
   * is already normalized is returned as it is (no copy): token norms and stems are normalized
   * again on hot paths.
   */
  public String normalize(CharSequence s) {
    int len = s.length();
    int first = 0;
    while (first < len) {
      char c = s.charAt(first);
      char m = c < TABLE_SIZE ? TABLE[c] : isPresentationForm(c) ? 0 : map(c);
      if (m != c || m == 0) { // changed, removed (NUL included) or a ligature to decompose
        break;
      }
      first++;
    }
    if (first == len) {
      return s.toString();
    }
    char[] fast = new char[len];
    int n = 0;
    for (; n < first; n++) {
      fast[n] = s.charAt(n);
    }
    int i = first;
    for (; i < len; i++) {
      char c = s.charAt(i);
      if (c >= TABLE_SIZE) {
        break; // outside the table: the general loop below takes over from here
      }
      char m = TABLE[c];
      if (m != 0) {
        fast[n++] = m;
      }
    }
    if (i == len) {
      return new String(fast, 0, n);
    }
    StringBuilder out = new StringBuilder(len).append(fast, 0, n);
    for (; i < len; i++) {
      char c = s.charAt(i);
      if (isPresentationForm(c)) {
        String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
        for (int k = 0; k < decomposed.length(); k++) {
          char m = map(decomposed.charAt(k));
          if (m != 0) {
            out.append(m);
          }
        }
        continue;
      }
      char m = map(c);
      if (m != 0) {
        out.append(m);
      }
    }
    return out.toString();
  }

  /** Normalizes a whole text keeping, for every normalized character, its range in the original. */
  public NormalizedText view(String original) {
    int len = original.length();
    char[] same = new char[len];
    boolean identity = true;
    for (int i = 0; i < len; i++) {
      char c = original.charAt(i);
      char m = c < TABLE_SIZE ? TABLE[c] : isPresentationForm(c) ? 0 : map(c);
      if (m == 0) {
        identity = false;
        break;
      }
      same[i] = m;
    }
    if (identity) {
      // nothing removed or expanded: one normalized character per original character
      return new NormalizedText(original, new String(same), null, null);
    }
    StringBuilder out = new StringBuilder(original.length());
    int[] starts = new int[original.length() + 1];
    int[] ends = new int[original.length() + 1];
    int n = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (isPresentationForm(c)) {
        String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
        for (int k = 0; k < decomposed.length(); k++) {
          char m = map(decomposed.charAt(k));
          if (m != 0) {
            if (n == starts.length) {
              starts = java.util.Arrays.copyOf(starts, n * 2 + 2);
              ends = java.util.Arrays.copyOf(ends, n * 2 + 2);
            }
            out.append(m);
            starts[n] = i;
            ends[n] = i + 1;
            n++;
          }
        }
        continue;
      }
      char m = map(c);
      if (m != 0) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2 + 2);
          ends = java.util.Arrays.copyOf(ends, n * 2 + 2);
        }
        out.append(m);
        starts[n] = i;
        ends[n] = i + 1;
        n++;
      }
    }
    return new NormalizedText(original, out.toString(), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
  }

  /** True for characters the normalizer removes (diacritics, tatweel, invisible controls). */
  public static boolean isIgnorable(char c) {
    return map(c) == 0 && !isPresentationForm(c);
  }

  /** True for Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks). */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == SUPERSCRIPT_ALEF || (c >= '\u06D6' && c <= '\u06ED');
  }

  private static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
  }

  /** {@link #map} precomputed for ASCII, Latin-1 and the Arabic block (filled once, at class load). */
  private static final int TABLE_SIZE = 0x0700;

  private static final char[] TABLE = table();

  private static char[] table() {
    char[] t = new char[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      t[c] = map((char) c);
    }
    return t;
  }

  /** Maps one character; returns 0 when the character is removed. */
  private static char map(char c) {
    if (isDiacritic(c)) {
      return 0;
    }
    switch (c) {
      case TATWEEL:
      case ARABIC_LETTER_MARK:
      case BYTE_ORDER_MARK:
        return 0;
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
      case ALEF_WAVY_HAMZA_ABOVE:
      case ALEF_WAVY_HAMZA_BELOW:
        return ALEF;
      case ALEF_MAKSURA:
      case FARSI_YEH:
      case YEH_HAMZA:
        return YEH;
      case KEHEH:
        return KAF;
      case TEH_MARBUTA:
        return HEH;
      case WAW_HAMZA:
        return WAW;
      case ARABIC_COMMA:
        return ',';
      case ARABIC_SEMICOLON:
        return ';';
      case ARABIC_QUESTION_MARK:
        return '?';
      case ARABIC_DECIMAL_SEPARATOR:
        return '.';
      case ARABIC_THOUSANDS_SEPARATOR:
        return ',';
      case ARABIC_PERCENT_SIGN:
        return '%';
      default:
        break;
    }
    if ((c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
      return 0;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c;
  }
}
