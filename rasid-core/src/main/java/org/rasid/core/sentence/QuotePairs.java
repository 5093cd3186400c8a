package org.rasid.core.sentence;

import java.util.Arrays;
import java.util.List;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;

/**
 * Pairs the quotation marks of a token list, paragraph by paragraph, with one stack.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Directional marks open and close: « with », ‹ with ›, ‘ with ’. A closing mark pairs with the
 *       nearest open mark of its kind, dropping unpaired marks opened after it; a closing mark with
 *       no open mark of its kind is left unpaired (real text has stray ones: {@code «تكثيف» المساعدة
 *       للمعارضة»}).
 *   <li>Symmetric marks: the straight " and the curly double marks “ ” „ ‟ (one family, because
 *       Arabic text uses ”…“ and ”…” as often as “…”). Their direction comes from their neighbours
 *       ({@link #shape}): an opening-shaped mark ({@code قائلا: "أكدت}) always opens, and drops an
 *       open mark of its family as stray; a closing-shaped mark ({@code حدث." وقال}) closes the
 *       nearest open mark of its family or is left unpaired; an ambiguous one ({@code " واحد},
 *       {@code بـ"المعتدلة}) closes if one is open, else opens.
 *   <li>The straight apostrophe ' is never paired (it is too often an apostrophe or a transliteration
 *       mark).
 *   <li>At most {@value #MAX_DEPTH} marks are open at once; opening one more forgets the oldest.
 *   <li>Pairs never cross a line break: each paragraph starts with an empty stack, and marks still
 *       open at its end stay unpaired.
 * </ul>
 *
 * <p>The resulting pairs nest properly. Immutable.
 */
final class QuotePairs {

  /** How many quotation marks may be open at once; older ones are forgotten (left unpaired). */
  static final int MAX_DEPTH = 32;

  private static final int NONE = -1;
  private static final int OPENER_SHAPED = 0;
  private static final int CLOSER_SHAPED = 1;
  private static final int AMBIGUOUS = 2;
  private static final int GUILLEMET = 1;
  private static final int SINGLE_GUILLEMET = 2;
  private static final int CURLY_SINGLE = 3;
  private static final int STRAIGHT_DOUBLE = 4;
  private static final int CURLY_DOUBLE = 5;
  private static final int FULLWIDTH_DOUBLE = 6;

  static final char QUOTATION_MARK = '"';
  static final char LEFT_GUILLEMET = '\u00AB';
  static final char RIGHT_GUILLEMET = '\u00BB';
  static final char SINGLE_LEFT_GUILLEMET = '\u2039';
  static final char SINGLE_RIGHT_GUILLEMET = '\u203A';
  static final char LEFT_SINGLE_QUOTATION_MARK = '\u2018';
  static final char RIGHT_SINGLE_QUOTATION_MARK = '\u2019';
  static final char LEFT_DOUBLE_QUOTATION_MARK = '\u201C';
  static final char RIGHT_DOUBLE_QUOTATION_MARK = '\u201D';
  static final char DOUBLE_LOW_9_QUOTATION_MARK = '\u201E';
  static final char DOUBLE_HIGH_REVERSED_9_QUOTATION_MARK = '\u201F';
  static final char FULLWIDTH_QUOTATION_MARK = '\uFF02';

  /** For each token index: the index of its partner mark, or -1. */
  private final int[] partner;

  private QuotePairs(int[] partner) {
    this.partner = partner;
  }

  /** Pairs the marks of {@code tokens}, which must come from {@code text} in order. */
  static QuotePairs of(String text, List<Token> tokens) {
    int[] partner = new int[tokens.size()];
    Arrays.fill(partner, -1);
    int[] stack = new int[MAX_DEPTH];
    int depth = 0;
    int previousEnd = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      if (SentenceSplitter.hasLineBreak(text, previousEnd, token.start())) {
        depth = 0;
      }
      previousEnd = token.end();
      if (token.type() != TokenType.QUOTE) {
        continue;
      }
      char c = token.text().charAt(0);
      int family = family(c);
      if (family == NONE) {
        continue;
      }
      boolean symmetric = family == STRAIGHT_DOUBLE || family == CURLY_DOUBLE || family == FULLWIDTH_DOUBLE;
      int shape = symmetric ? shape(text, token) : isClosing(c) ? CLOSER_SHAPED : OPENER_SHAPED;
      int open = shape == OPENER_SHAPED ? -1 : findOpen(tokens, stack, depth, family);
      if (open >= 0) {
        partner[stack[open]] = t;
        partner[t] = stack[open];
        depth = open;
        continue;
      }
      if (shape == CLOSER_SHAPED) {
        continue; // a stray closing mark
      }
      if (symmetric) {
        // An opening-shaped symmetric mark while one of its family is open: the open one was stray
        // (otherwise a single stray " would pair every later mark of the paragraph the wrong way).
        int stray = findOpen(tokens, stack, depth, family);
        if (stray >= 0) {
          System.arraycopy(stack, stray + 1, stack, stray, depth - stray - 1);
          depth--;
        }
      }
      if (depth == MAX_DEPTH) {
        // Forget the oldest open mark: deeper nesting is noise, and a bounded stack keeps the
        // search for an open mark constant-time on hostile input (thousands of stray «).
        System.arraycopy(stack, 1, stack, 0, depth - 1);
        depth--;
      }
      stack[depth++] = t;
    }
    return new QuotePairs(partner);
  }

  /**
   * How a symmetric mark sits between its neighbours: opening-shaped when it follows a space, the
   * text start, a colon or an opening bracket and precedes a word ({@code قائلا: "أكدت}),
   * closing-shaped when it follows a word or a full stop and precedes a space, punctuation or the
   * text end ({@code حدث." وقال}), ambiguous otherwise ({@code " واحد}, {@code بـ"المعتدلة}).
   */
  private static int shape(String text, Token token) {
    boolean openBefore = token.start() == 0 || isOpenSide(text.charAt(token.start() - 1));
    boolean closeAfter = token.end() == text.length() || isCloseSide(text.charAt(token.end()));
    if (openBefore && !closeAfter) {
      return OPENER_SHAPED;
    }
    if (!openBefore && closeAfter) {
      return CLOSER_SHAPED;
    }
    return AMBIGUOUS;
  }

  private static boolean isOpenSide(char c) {
    return isSpace(c) || c == ':' || c == '(' || c == '[' || c == '{';
  }

  private static boolean isCloseSide(char c) {
    if (isSpace(c)) {
      return true;
    }
    switch (c) {
      case '.':
      case ',':
      case ';':
      case ':':
      case '!':
      case '?':
      case ')':
      case ']':
      case '}':
      case '\u060C': // Arabic comma
      case '\u061B': // Arabic semicolon
      case '\u061F': // Arabic question mark
      case '\u2026': // horizontal ellipsis
        return true;
      default:
        return false;
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u200B' && c <= '\u200F')
        || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  private static int findOpen(List<Token> tokens, int[] stack, int depth, int family) {
    for (int s = depth - 1; s >= 0; s--) {
      if (family(tokens.get(stack[s]).text().charAt(0)) == family) {
        return s;
      }
    }
    return -1;
  }

  private static int family(char c) {
    switch (c) {
      case LEFT_GUILLEMET:
      case RIGHT_GUILLEMET:
        return GUILLEMET;
      case SINGLE_LEFT_GUILLEMET:
      case SINGLE_RIGHT_GUILLEMET:
        return SINGLE_GUILLEMET;
      case LEFT_SINGLE_QUOTATION_MARK:
      case RIGHT_SINGLE_QUOTATION_MARK:
        return CURLY_SINGLE;
      case QUOTATION_MARK:
        return STRAIGHT_DOUBLE;
      case LEFT_DOUBLE_QUOTATION_MARK:
      case RIGHT_DOUBLE_QUOTATION_MARK:
      case DOUBLE_LOW_9_QUOTATION_MARK:
      case DOUBLE_HIGH_REVERSED_9_QUOTATION_MARK:
        return CURLY_DOUBLE;
      case FULLWIDTH_QUOTATION_MARK:
        return FULLWIDTH_DOUBLE;
      default:
        return NONE;
    }
  }

  private static boolean isClosing(char c) {
    return c == RIGHT_GUILLEMET || c == SINGLE_RIGHT_GUILLEMET || c == RIGHT_SINGLE_QUOTATION_MARK;
  }

  /** True when token {@code t} opens a paired quotation. */
  boolean isOpening(int t) {
    return partner[t] > t;
  }

  /** True when token {@code t} closes a paired quotation. */
  boolean isClosing(int t) {
    return partner[t] >= 0 && partner[t] < t;
  }

  /** The index of the mark closing the quotation opened at {@code t}, or -1. */
  int closerOf(int t) {
    return partner[t] > t ? partner[t] : -1;
  }
}
