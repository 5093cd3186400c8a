package org.rasid.core.token;

/**
 * The character classes the tokenizer scans by, looked up in one table for the BMP so that the
 * scanner never runs a regex or a Unicode property query per character.
 *
 * <p>Rules, checked in this order:
 *
 * <ol>
 *   <li>{@link #SPACE}: {@link Character#isWhitespace} or {@link Character#isSpaceChar} (also the
 *       no-break spaces U+00A0, U+2007, U+202F that news sites emit).
 *   <li>{@link #INVISIBLE}: zero-width and bidi controls U+200B–U+200F, U+061C, U+202A–U+202E,
 *       U+2066–U+2069, U+FEFF — the same set {@code ArabicNormalizer} removes.
 *   <li>{@link #QUOTE}: " « » “ ” „ ‟ ' ‘ ’ ‚ ‛ ‹ › ＂ ＇ 「 」 『 』.
 *   <li>{@link #DIGIT}: {@link Character#isDigit} (ASCII, Arabic-Indic ٠–٩, Persian ۰–۹, others).
 *   <li>{@link #ARABIC_LETTER}: letters (incl. tatweel, a modifier letter) of the Arabic blocks
 *       U+0600–U+06FF, U+0750–U+077F, U+0870–U+08FF and the presentation forms U+FB50–U+FDFF,
 *       U+FE70–U+FEFF; {@link #ARABIC_MARK}: combining marks of those blocks (harakat, tanween,
 *       shadda, sukun, superscript alef, Quranic marks).
 *   <li>{@link #LETTER}: any other letter (Latin, Cyrillic, …); {@link #MARK}: any other combining
 *       mark, which attaches to the word before it.
 *   <li>{@link #SYMBOL}: the percent and per-mille signs % ٪ ‰ ‱ ؉ ؊, # @ &amp; * — Unicode calls them
 *       punctuation, but they behave as symbols in news text.
 *   <li>{@link #PUNCT}: every other Unicode punctuation category (. , ، ؛ ؟ ! : ( ) - – — … ۔).
 *   <li>{@link #SYMBOL}: everything else (currency, math, emoji, other format characters).
 * </ol>
 *
 * <p>Supplementary code points are classified by the same rules through {@link #ofCodePoint}.
 */
final class CharClass {

  static final byte SPACE = 0;
  static final byte INVISIBLE = 1;
  static final byte QUOTE = 2;
  static final byte DIGIT = 3;
  static final byte ARABIC_LETTER = 4;
  static final byte ARABIC_MARK = 5;
  static final byte LETTER = 6;
  static final byte MARK = 7;
  static final byte PUNCT = 8;
  static final byte SYMBOL = 9;

  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char ZERO_WIDTH_SPACE = '\u200B';
  static final char RIGHT_TO_LEFT_MARK = '\u200F';
  static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
  static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
  static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
  static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
  static final char BYTE_ORDER_MARK = '\uFEFF';

  static final String QUOTATION_MARKS =
      "\"'\u00AB\u00BB\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u2039\u203A\uFF02\uFF07\u300C\u300D\u300E\u300F";
  static final String SYMBOL_LIKE_PUNCTUATION = "%\u066A\u2030\u2031\u0609\u060A#@&*";

  /** One class per BMP code unit; never modified after class initialization. */
  private static final byte[] BMP = buildTable();

  private CharClass() {}

  /** Class of a BMP code unit (a lone surrogate is a {@link #SYMBOL}). */
  static byte of(char c) {
    return BMP[c];
  }

  /** Class of any code point. */
  static byte ofCodePoint(int cp) {
    return cp < 0x10000 ? BMP[cp] : classify(cp);
  }

  static boolean isInvisible(int c) {
    return (c >= ZERO_WIDTH_SPACE && c <= RIGHT_TO_LEFT_MARK)
        || c == ARABIC_LETTER_MARK
        || (c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
        || (c >= LEFT_TO_RIGHT_ISOLATE && c <= POP_DIRECTIONAL_ISOLATE)
        || c == BYTE_ORDER_MARK;
  }

  static boolean isArabicBlock(int c) {
    return (c >= 0x0600 && c <= 0x06FF)
        || (c >= 0x0750 && c <= 0x077F)
        || (c >= 0x0870 && c <= 0x08FF)
        || (c >= 0xFB50 && c <= 0xFDFF)
        || (c >= 0xFE70 && c <= 0xFEFF);
  }

  private static byte[] buildTable() {
    byte[] table = new byte[0x10000];
    for (int c = 0; c < table.length; c++) {
      table[c] = classify(c);
    }
    return table;
  }

  private static byte classify(int c) {
    if (c < 0x10000 && Character.isSurrogate((char) c)) {
      return SYMBOL;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return SPACE;
    }
    if (isInvisible(c)) {
      return INVISIBLE;
    }
    if (c < 0x10000 && QUOTATION_MARKS.indexOf(c) >= 0) {
      return QUOTE;
    }
    if (Character.isDigit(c)) {
      return DIGIT;
    }
    int type = Character.getType(c);
    boolean mark =
        type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
    if (isArabicBlock(c)) {
      if (Character.isLetter(c)) {
        return ARABIC_LETTER;
      }
      if (mark) {
        return ARABIC_MARK;
      }
    }
    if (Character.isLetter(c)) {
      return LETTER;
    }
    if (mark) {
      return MARK;
    }
    if (c < 0x10000 && SYMBOL_LIKE_PUNCTUATION.indexOf(c) >= 0) {
      return SYMBOL;
    }
    switch (type) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return PUNCT;
      default:
        return SYMBOL;
    }
  }
}
