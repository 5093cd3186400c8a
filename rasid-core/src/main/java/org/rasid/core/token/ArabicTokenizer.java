package org.rasid.core.token;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * Splits Arabic news text into tokens with exact offsets: a hand-written scanner over the character
 * classes of {@link CharClass}, one pass, no regex.
 *
 * <p>Rules (the first that applies at a token start wins):
 *
 * <ol>
 *   <li>Whitespace separates tokens and is never part of one. Zero-width and bidi controls
 *       (U+200B–U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF) between tokens are skipped
 *       like whitespace; between two characters of a word they stay inside it (ZWNJ in a word).
 *   <li>{@link TokenType#URL}, {@link TokenType#EMAIL}, {@link TokenType#HASHTAG}, {@link
 *       TokenType#MENTION}: see {@link WebTokens}.
 *   <li>{@link TokenType#NUMBER}: a run of digits (ASCII, Arabic-Indic ٠–٩, Persian ۰–۹) in which a
 *       single separator {@code , . ٫ ٬ : / -} between two digits stays inside: 1,400 / 1.5 / ١٢ /
 *       ١٬٤٠٠ / ٣٫٥ / 7:30 / 12/07/2011 / 2011-07-12 are one token each. Ranges such as 10-15 are
 *       therefore one token too.
 *   <li>{@link TokenType#ARABIC}: a run of Arabic-script letters, diacritics, tatweel and
 *       presentation forms (الـ in الـ15 keeps its tatweel). A change of script is a boundary: ب15 →
 *       ب + 15, 15كم → 15 + كم, Arabic followed by Latin → two tokens. Glued words
 *       (الولاياتالمتحدة) stay one token: splitting them is a later stage.
 *   <li>{@link TokenType#LATIN}: a run of other letters with their combining marks; an apostrophe
 *       (' or ’) or hyphen between two letters stays inside (don't, al-Assad). Digits end it
 *       (Europe1 → Europe + 1).
 *   <li>{@link TokenType#QUOTE}: each quotation mark " « » “ ” „ ‟ ' ‘ ’ ‚ ‛ ‹ › is its own token.
 *   <li>{@link TokenType#PUNCT}: one punctuation character, except that a run of the same
 *       character among {@code . ! ? ؟ - – — _ …} is one token ("...", "..", "--", "!!").
 *   <li>{@link TokenType#SYMBOL}: anything else, one code point (a surrogate pair is never split)
 *       with the combining marks, variation selectors and emoji skin-tone modifiers that follow it;
 *       ZWJ-joined emoji sequences and two-letter regional-indicator flags are one token.
 * </ol>
 *
 * <p>Every token gets {@code norm = ArabicNormalizer.get().normalize(text)} and {@code parts =
 * [text]}; clitic segmentation is a later stage. Instances hold no state and are safe to share
 * between threads.
 */
public final class ArabicTokenizer {

  static final char APOSTROPHE = '\'';
  static final char RIGHT_SINGLE_QUOTATION_MARK = '\u2019';
  static final char HYPHEN_MINUS = '-';
  static final char HYPHEN = '\u2010';
  static final char NON_BREAKING_HYPHEN = '\u2011';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  static final char HORIZONTAL_ELLIPSIS = '\u2026';
  static final char EN_DASH = '\u2013';
  static final char EM_DASH = '\u2014';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ZERO_WIDTH_JOINER = '\u200D';
  static final int REGIONAL_INDICATOR_A = 0x1F1E6;
  static final int REGIONAL_INDICATOR_Z = 0x1F1FF;

  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  public ArabicTokenizer() {}

  /** Where one token is and what kind it is, as {@link #scan} finds it. */
  @FunctionalInterface
  public interface SpanSink {
    /** Token {@code [start, end)} of the scanned text, of {@code type}. */
    void token(int start, int end, TokenType type);
  }

  /** Tokenizes {@code text}; an empty or whitespace-only text gives an empty list. */
  public List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(Math.max(4, text.length() / 5));
    scan(text, (start, end, type) -> tokens.add(token(text, start, end, type)));
    return tokens;
  }

  /**
   * Finds the tokens of {@code text} in order without building them: {@code sink} gets each one's
   * span and type, and {@link #token} builds one. {@link #tokenize} is {@code scan} with a sink that
   * builds every token; a caller that already knows some words (a memo) can build only the others.
   */
  public void scan(String text, SpanSink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      byte k = CharClass.of(c);
      if (k == CharClass.SPACE || k == CharClass.INVISIBLE) {
        i++;
        continue;
      }
      int end;
      TokenType type;
      int web = webEnd(text, i, c);
      if (web > 0) {
        end = web;
        type = webType(text, i, c);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        byte kc = CharClass.ofCodePoint(cp);
        if (kc == CharClass.LETTER || kc == CharClass.ARABIC_LETTER) {
          end = wordEnd(text, i, false);
          type = TokenType.LATIN;
        } else if (kc == CharClass.DIGIT) {
          end = i + 2;
          type = TokenType.NUMBER;
        } else if (isRegionalIndicator(cp) && i + 3 < n && isRegionalIndicator(text.codePointAt(i + 2))) {
          end = i + 4; // a flag: two regional indicators
          type = TokenType.SYMBOL;
        } else {
          end = symbolEnd(text, i + 2);
          type = TokenType.SYMBOL;
        }
      } else {
        switch (k) {
          case CharClass.DIGIT:
            end = numberEnd(text, i);
            type = TokenType.NUMBER;
            break;
          case CharClass.ARABIC_LETTER:
          case CharClass.ARABIC_MARK:
            end = wordEnd(text, i, true);
            type = TokenType.ARABIC;
            break;
          case CharClass.LETTER:
            end = wordEnd(text, i, false);
            type = TokenType.LATIN;
            break;
          case CharClass.QUOTE:
            end = i + 1;
            type = TokenType.QUOTE;
            break;
          case CharClass.PUNCT:
            end = punctEnd(text, i, c);
            type = TokenType.PUNCT;
            break;
          default:
            end = symbolEnd(text, i + 1);
            type = TokenType.SYMBOL;
            break;
        }
      }
      sink.token(i, end, type);
      i = end;
    }
  }

  /** The token {@code [start, end)} of {@code text}, of {@code type}: its text, normalized form and one part. */
  public Token token(String text, int start, int end, TokenType type) {
    String s = text.substring(start, end);
    return new Token(new CharSpan(start, end), s, type, normalizer.normalize(s), List.of(s));
  }

  /** End of a URL, e-mail, hashtag or mention starting at {@code i}, or -1 when there is none. */
  private static int webEnd(String text, int i, char c) {
    if (c == '#') {
      return WebTokens.hashtagEnd(text, i);
    }
    if (c == '@') {
      return WebTokens.mentionEnd(text, i);
    }
    if (!WebTokens.isAsciiLetterOrDigit(c)) {
      return -1;
    }
    if (c == 'h' || c == 'H' || c == 'w' || c == 'W') {
      int url = WebTokens.urlEnd(text, i);
      if (url > 0) {
        return url;
      }
    }
    return WebTokens.emailEnd(text, i);
  }

  private static TokenType webType(String text, int i, char c) {
    if (c == '#') {
      return TokenType.HASHTAG;
    }
    if (c == '@') {
      return TokenType.MENTION;
    }
    return WebTokens.urlEnd(text, i) > 0 ? TokenType.URL : TokenType.EMAIL;
  }

  /** Digits with single separators between digits; the separator must be followed by a digit. */
  private static int numberEnd(String text, int start) {
    int n = text.length();
    int i = start + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (CharClass.of(c) == CharClass.DIGIT) {
        i++;
      } else if (isNumberSeparator(c) && i + 1 < n && CharClass.of(text.charAt(i + 1)) == CharClass.DIGIT) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isNumberSeparator(char c) {
    return c == ',' || c == '.' || c == ':' || c == '/' || c == HYPHEN_MINUS
        || c == ARABIC_DECIMAL_SEPARATOR || c == ARABIC_THOUSANDS_SEPARATOR;
  }

  /**
   * End of an Arabic ({@code arabic}) or other-script word: letters of the script and any combining
   * marks; invisible controls only when the word goes on after them; for Latin words an apostrophe
   * or hyphen between two letters.
   */
  private static int wordEnd(String text, int start, boolean arabic) {
    int n = text.length();
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      byte k = CharClass.of(c);
      if (isWordClass(k, arabic)) {
        i++;
      } else if (!arabic && Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))
          && isLetterOrMark(CharClass.ofCodePoint(Character.codePointAt(text, i)))) {
        i += 2;
      } else if (k == CharClass.INVISIBLE) {
        int j = i + 1;
        while (j < n && CharClass.of(text.charAt(j)) == CharClass.INVISIBLE) {
          j++;
        }
        if (j < n && j > start && isWordClass(CharClass.of(text.charAt(j)), arabic)) {
          i = j;
        } else {
          break;
        }
      } else if (!arabic && isWordInternal(c) && i > start && i + 1 < n
          && CharClass.of(text.charAt(i - 1)) == CharClass.LETTER
          && CharClass.of(text.charAt(i + 1)) == CharClass.LETTER) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isWordClass(byte k, boolean arabic) {
    if (k == CharClass.MARK) {
      return true;
    }
    return arabic
        ? k == CharClass.ARABIC_LETTER || k == CharClass.ARABIC_MARK
        : k == CharClass.LETTER;
  }

  private static boolean isLetterOrMark(byte k) {
    return k == CharClass.LETTER || k == CharClass.ARABIC_LETTER || k == CharClass.MARK;
  }

  private static boolean isWordInternal(char c) {
    return c == APOSTROPHE || c == RIGHT_SINGLE_QUOTATION_MARK
        || c == HYPHEN_MINUS || c == HYPHEN || c == NON_BREAKING_HYPHEN;
  }

  private static int punctEnd(String text, int start, char c) {
    int i = start + 1;
    if (isRepeatable(c)) {
      while (i < text.length() && text.charAt(i) == c) {
        i++;
      }
    }
    return i;
  }

  private static boolean isRepeatable(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == HYPHEN_MINUS
        || c == EN_DASH || c == EM_DASH || c == '_' || c == HORIZONTAL_ELLIPSIS;
  }

  /**
   * Extends a symbol ending at {@code i} over what renders with it: combining marks, variation
   * selectors, emoji modifiers, and a ZWJ followed by another symbol (family and flag emoji).
   */
  private static int symbolEnd(String text, int i) {
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      int w = Character.charCount(cp);
      if (isSymbolExtender(cp)) {
        i += w;
      } else if (cp == ZERO_WIDTH_JOINER && i + 1 < n) {
        int next = text.codePointAt(i + 1);
        if (CharClass.ofCodePoint(next) == CharClass.SYMBOL && Character.isSupplementaryCodePoint(next)) {
          i += 1 + Character.charCount(next);
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= REGIONAL_INDICATOR_A && cp <= REGIONAL_INDICATOR_Z;
  }

  private static boolean isSymbolExtender(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || (cp >= 0x1F3FB && cp <= 0x1F3FF) // emoji skin-tone modifiers
        || (cp >= 0xE0020 && cp <= 0xE007F) // emoji tag sequences (subdivision flags)
        || CharClass.ofCodePoint(cp) == CharClass.MARK;
  }
}
