package org.rasid.core.sentence;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;

/**
 * Splits a tokenized Arabic news text into sentences. Works on the tokens of {@code
 * ArabicTokenizer}, so a decimal point (1.5 is one token) can never end a sentence.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A line break always ends a sentence: news paragraphs, headings and datelines on their own
 *       line are sentences of their own.
 *   <li>A sentence ends after a terminal mark . ! ? ؟ … ۔ ‼ or a run of them ("?!", "..", "..."),
 *       together with the closing quotation marks and brackets right after it ({@code ... على
 *       السفارة."} ends with the quote mark).
 *   <li>Not after an abbreviation ({@link Abbreviations}): a single Arabic letter (د. for دكتور, م.,
 *       the agency initials د. أ. ف. ب and أ.ف.ب), a single Latin letter (U.S., J. Smith) or a
 *       listed Latin abbreviation (Mr., Dr., Gen.); nor before a lower-case Latin word (e.g. this).
 *   <li>Not inside a quotation that goes on: a terminal mark between a paired opening and closing
 *       mark ({@link QuotePairs}) is no boundary when the closing mark comes later in the same
 *       paragraph, within {@value #QUOTE_REACH} characters — {@code "الرئيس الاسد تجاوز الحد. صمت
 *       مجلس الامن ... غير محتمل."} is one sentence. Unpaired marks never hold a sentence open;
 *       the direction of a straight or curly mark is read from its neighbours, so one stray mark does
 *       not pair every later mark of the paragraph the wrong way.
 * </ol>
 *
 * <p>Sentences are in order, do not overlap, start at their first token and end at their last
 * (so surrounding whitespace is trimmed), and together hold every token exactly once. Instances
 * hold no state and are safe to share between threads.
 */
public final class SentenceSplitter {

  /** How far (in UTF-16 units) a closing quotation mark may be for a quotation to hold a sentence. */
  static final int QUOTE_REACH = 400;

  static final char FULL_STOP = '.';
  static final char HORIZONTAL_ELLIPSIS = '\u2026';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ARABIC_FULL_STOP = '\u06D4';
  static final char DOUBLE_EXCLAMATION_MARK = '\u203C';
  static final char DOUBLE_QUESTION_MARK = '\u2047';
  static final char QUESTION_EXCLAMATION_MARK = '\u2048';
  static final char EXCLAMATION_QUESTION_MARK = '\u2049';
  static final char NEXT_LINE = '\u0085';
  static final char LINE_SEPARATOR = '\u2028';
  static final char PARAGRAPH_SEPARATOR = '\u2029';

  public SentenceSplitter() {}

  /**
   * Splits {@code text} whose tokens (from {@code ArabicTokenizer}, in order) are {@code tokens}.
   * Sentence token ranges index into {@code tokens}. An empty token list gives no sentences.
   *
   * @throws IllegalArgumentException when a token is out of order or outside {@code text}
   */
  public List<Sentence> split(String text, List<Token> tokens) {
    checkTokens(text, tokens);
    List<Sentence> sentences = new ArrayList<>();
    int n = tokens.size();
    if (n == 0) {
      return sentences;
    }
    QuotePairs quotes = QuotePairs.of(text, tokens);
    // Closing-mark indexes of the quotations enclosing the current token, innermost last.
    int[] open = new int[8];
    int depth = 0;
    int first = 0;
    int t = 0;
    while (t < n) {
      if (t > first && hasLineBreak(text, tokens.get(t - 1).end(), tokens.get(t).start())) {
        sentences.add(sentence(text, tokens, first, t));
        first = t;
        depth = 0;
      }
      if (depth > 0 && open[depth - 1] == t) {
        depth--;
      }
      int closer = quotes.closerOf(t);
      if (closer >= 0) {
        if (depth == open.length) {
          open = java.util.Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = closer;
      }
      if (!isTerminal(tokens.get(t))) {
        t++;
        continue;
      }
      int last = t;
      while (last + 1 < n && isTerminal(tokens.get(last + 1)) && adjacent(tokens, last)) {
        last++;
      }
      if (last == t && Abbreviations.endsAbbreviation(text, tokens, t)) {
        t++;
        continue;
      }
      int enclosing = depth > 0 ? open[depth - 1] : -1;
      boolean closesQuote = enclosing == last + 1 && !hasLineBreak(text, tokens.get(last).end(), tokens.get(last + 1).start());
      if (enclosing >= 0 && !closesQuote
          && tokens.get(enclosing).start() - tokens.get(last).end() <= QUOTE_REACH) {
        t = last + 1;
        continue;
      }
      // Take the closing marks and brackets that belong to the sentence just ended.
      while (last + 1 < n && closesSentence(text, tokens, quotes, last)) {
        last++;
        if (depth > 0 && open[depth - 1] == last) {
          depth--;
        }
      }
      sentences.add(sentence(text, tokens, first, last + 1));
      first = last + 1;
      t = last + 1;
    }
    if (first < n) {
      sentences.add(sentence(text, tokens, first, n));
    }
    return sentences;
  }

  /** True when token {@code last + 1} is a closing mark or bracket that ends with the sentence. */
  private static boolean closesSentence(String text, List<Token> tokens, QuotePairs quotes, int last) {
    Token next = tokens.get(last + 1);
    int gapStart = tokens.get(last).end();
    if (hasLineBreak(text, gapStart, next.start())) {
      return false;
    }
    if (next.type() == TokenType.QUOTE) {
      if (quotes.isClosing(last + 1)) {
        return true;
      }
      // An unpaired mark glued to the full stop closes what it follows, unless it is shaped as an
      // opening mark.
      char c = next.text().charAt(0);
      return !quotes.isOpening(last + 1) && gapStart == next.start()
          && c != QuotePairs.LEFT_GUILLEMET && c != QuotePairs.SINGLE_LEFT_GUILLEMET
          && c != QuotePairs.LEFT_SINGLE_QUOTATION_MARK;
    }
    if (next.type() == TokenType.PUNCT && gapStart == next.start()) {
      char c = next.text().charAt(0);
      return c == ')' || c == ']' || c == '}';
    }
    return false;
  }

  private static boolean adjacent(List<Token> tokens, int t) {
    return tokens.get(t).end() == tokens.get(t + 1).start();
  }

  static boolean isTerminal(Token token) {
    if (token.type() != TokenType.PUNCT) {
      return false;
    }
    String s = token.text();
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case FULL_STOP:
        case '!':
        case '?':
        case ARABIC_QUESTION_MARK:
        case HORIZONTAL_ELLIPSIS:
        case ARABIC_FULL_STOP:
        case DOUBLE_EXCLAMATION_MARK:
        case DOUBLE_QUESTION_MARK:
        case QUESTION_EXCLAMATION_MARK:
        case EXCLAMATION_QUESTION_MARK:
          break;
        default:
          return false;
      }
    }
    return true;
  }

  /** True when {@code text[from, to)} holds a line break. */
  static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
          || c == NEXT_LINE || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
        return true;
      }
    }
    return false;
  }

  private static Sentence sentence(String text, List<Token> tokens, int first, int end) {
    int start = tokens.get(first).start();
    int stop = tokens.get(end - 1).end();
    return new Sentence(new CharSpan(start, stop), text.substring(start, stop), first, end);
  }

  private static void checkTokens(String text, List<Token> tokens) {
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.start() < previousEnd || token.end() > text.length()) {
        throw new IllegalArgumentException(
            "token " + i + " " + token.span() + " is out of order (previous end " + previousEnd
                + ") or outside the text (length " + text.length() + ")");
      }
      previousEnd = token.end();
    }
  }
}
