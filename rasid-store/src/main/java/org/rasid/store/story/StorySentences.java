package org.rasid.store.story;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Sentence;

/**
 * The sentences of an article for summaries and timelines.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>When the analysis has sentences (the text layer ran), they are used as they are, so
 *       sentence indexes match the analysis.
 *   <li>Otherwise the text is cut after {@code . ! ? ؟ …} followed by whitespace, an Arabic letter
 *       or the end, and at line breaks (a decimal point such as 1.56 is followed by a digit, so it
 *       never cuts);
 *       leading and trailing whitespace (no-break spaces included) is left out of each span. The spans are offsets into the
 *       original text, so {@code text.substring(start, end)} is the sentence.
 * </ol>
 */
final class StorySentences {

  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char HORIZONTAL_ELLIPSIS = '\u2026';

  private StorySentences() {}

  static List<Sentence> of(Analysis a) {
    return a.sentences().isEmpty() ? split(a.text()) : a.sentences();
  }

  static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean cut = c == '\n' || c == '\r';
      if (!cut && (c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == HORIZONTAL_ELLIPSIS)) {
        // Arabic copy often omits the space after a full stop (الثالثة.مؤكدين): a letter after the
        // mark also cuts; a digit does not (1.56)
        cut = i + 1 == text.length() || isSpace(text.charAt(i + 1)) || isArabicLetter(text.charAt(i + 1));
      }
      if (cut) {
        add(text, start, c == '\n' || c == '\r' ? i : i + 1, out);
        start = i + 1;
      }
    }
    add(text, start, text.length(), out);
    return out;
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(new CharSpan(start, end), text.substring(start, end), 0, 0));
    }
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }

  /** Whitespace including no-break spaces (scraped pages are full of U+00A0). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** True when the sentence ends with a sentence mark (a line without one is a headline, tag list or dateline). */
  static boolean endsLikeASentence(String sentence) {
    if (sentence.isEmpty()) {
      return false;
    }
    char c = sentence.charAt(sentence.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == HORIZONTAL_ELLIPSIS
        || c == '"' || c == '\u00BB' || c == '\u201D';
  }

  /** Index of the sentence holding {@code offset}, or of the last one starting before it; -1 if none. */
  static int indexAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
