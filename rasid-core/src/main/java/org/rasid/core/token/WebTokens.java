package org.rasid.core.token;

/**
 * Recognizers for the web-shaped tokens of scraped news: URLs, e-mail addresses, hashtags and
 * mentions. Each is tried only when a candidate starts (h/w, an ASCII letter or digit, # or @), so
 * the tokenizer's main loop stays a plain character-class scan.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>URL: {@code http://}, {@code https://} or {@code www.} (any case) followed by at least one
 *       character, up to whitespace, an invisible control, a quotation mark, a bracket, {@code <
 *       >}, Arabic punctuation or an Arabic-script character; trailing {@code . , : ; ! ?} are left
 *       out (they end the sentence, not the address). Arabic-script host names are therefore not
 *       recognized; percent-encoded paths are.
 *   <li>E-mail: local part of at most 64 {@code A–Z a–z 0–9 . _ % + -} (not starting with a dot),
 *       {@code @}, then a domain of at most 255 characters in at least two dot-separated labels of
 *       {@code A–Z a–z 0–9 -}, the last one of two or more letters.
 *   <li>Hashtag: {@code #} followed by letters (any script, with their marks and tatweel), digits and
 *       underscores, at least one of them a letter or an underscore (#2011 is a symbol and a number).
 *   <li>Mention: {@code @} followed by letters, digits and underscores.
 * </ul>
 *
 * <p>Each method returns the end offset of the token starting at {@code start}, or -1.
 */
final class WebTokens {

  /** RFC 5321 limits on the parts of an e-mail address. */
  static final int MAX_LOCAL_PART = 64;
  static final int MAX_DOMAIN = 255;

  private WebTokens() {}

  static int urlEnd(String s, int start) {
    int bodyStart;
    if (s.regionMatches(true, start, "https://", 0, 8)) {
      bodyStart = start + 8;
    } else if (s.regionMatches(true, start, "http://", 0, 7)) {
      bodyStart = start + 7;
    } else if (s.regionMatches(true, start, "www.", 0, 4)) {
      bodyStart = start + 4;
    } else {
      return -1;
    }
    int i = bodyStart;
    int n = s.length();
    while (i < n && isUrlChar(s.charAt(i))) {
      i++;
    }
    while (i > bodyStart && isTrailingPunctuation(s.charAt(i - 1))) {
      i--;
    }
    return i > bodyStart && Character.isLetterOrDigit(s.charAt(bodyStart)) ? i : -1;
  }

  private static boolean isUrlChar(char c) {
    byte k = CharClass.of(c);
    if (k == CharClass.SPACE || k == CharClass.INVISIBLE || k == CharClass.QUOTE) {
      return false;
    }
    if (CharClass.isArabicBlock(c)) {
      return false;
    }
    switch (c) {
      case '(':
      case ')':
      case '[':
      case ']':
      case '{':
      case '}':
      case '<':
      case '>':
        return false;
      default:
        return true;
    }
  }

  private static boolean isTrailingPunctuation(char c) {
    return c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?';
  }

  static int emailEnd(String s, int start) {
    int n = s.length();
    int i = start;
    // Bounded scans keep a long run like "a.a.a.a…" linear: each token start looks ahead at most
    // MAX_LOCAL_PART + MAX_DOMAIN characters.
    while (i < n && i - start <= MAX_LOCAL_PART && isLocalChar(s.charAt(i))) {
      i++;
    }
    if (i == start || i - start > MAX_LOCAL_PART || i >= n || s.charAt(i) != '@' || s.charAt(start) == '.') {
      return -1;
    }
    int domainStart = ++i;
    int end = -1;
    int labels = 0;
    while (true) {
      int labelStart = i;
      boolean allLetters = true;
      while (i < n && i - domainStart <= MAX_DOMAIN && isDomainChar(s.charAt(i))) {
        allLetters &= isAsciiLetter(s.charAt(i));
        i++;
      }
      if (i == labelStart || i - domainStart > MAX_DOMAIN) {
        break;
      }
      labels++;
      if (labels >= 2 && allLetters && i - labelStart >= 2) {
        end = i;
      }
      if (i + 1 < n && s.charAt(i) == '.' && isDomainChar(s.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return end > domainStart ? end : -1;
  }

  static int hashtagEnd(String s, int start) {
    int i = start + 1;
    int n = s.length();
    boolean named = false;
    while (i < n) {
      char c = s.charAt(i);
      byte k = CharClass.of(c);
      if (k == CharClass.ARABIC_LETTER || k == CharClass.LETTER || c == '_') {
        named = true;
      } else if (!(k == CharClass.DIGIT || (i > start + 1 && (k == CharClass.ARABIC_MARK || k == CharClass.MARK)))) {
        break;
      }
      i++;
    }
    return named ? i : -1;
  }

  static int mentionEnd(String s, int start) {
    int i = start + 1;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      byte k = CharClass.of(c);
      if (!(k == CharClass.ARABIC_LETTER || k == CharClass.LETTER || k == CharClass.DIGIT || c == '_')) {
        break;
      }
      i++;
    }
    return i > start + 1 ? i : -1;
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLocalChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '-';
  }
}
