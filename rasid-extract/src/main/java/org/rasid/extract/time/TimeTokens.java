package org.rasid.extract.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalized text into the tokens the time grammar walks over: words (runs of letters),
 * numbers (runs of ASCII digits; the normalizer has already turned Arabic-Indic and Persian digits
 * into ASCII) and single punctuation characters. Spaces are dropped; a line break is kept as a
 * punctuation token because it ends a sentence (datelines, paragraphs).
 */
final class TimeTokens {

  enum Kind {
    WORD,
    NUM,
    PUNCT
  }

  /** A token: normalized range and text. */
  record Tok(int start, int end, String text, Kind kind) {
    boolean isWord() {
      return kind == Kind.WORD;
    }

    boolean isNum() {
      return kind == Kind.NUM;
    }

    boolean is(String s) {
      return text.equals(s);
    }

    /** Sentence-ending punctuation (a full stop, ! ? or a line break). */
    boolean endsSentence() {
      return kind == Kind.PUNCT && (text.equals(".") || text.equals("!") || text.equals("?") || text.equals("\n"));
    }
  }

  private TimeTokens() {}

  static List<Tok> of(String n) {
    List<Tok> out = new ArrayList<>(n.length() / 5 + 1);
    int i = 0;
    int len = n.length();
    while (i < len) {
      char c = n.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i + 1;
        while (j < len && n.charAt(j) >= '0' && n.charAt(j) <= '9') {
          j++;
        }
        out.add(new Tok(i, j, n.substring(i, j), Kind.NUM));
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < len && Character.isLetter(n.charAt(j))) {
          j++;
        }
        out.add(new Tok(i, j, n.substring(i, j), Kind.WORD));
        i = j;
      } else if (c == '\n') {
        out.add(new Tok(i, i + 1, "\n", Kind.PUNCT));
        i++;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else {
        out.add(new Tok(i, i + 1, String.valueOf(c), Kind.PUNCT));
        i++;
      }
    }
    return out;
  }
}
