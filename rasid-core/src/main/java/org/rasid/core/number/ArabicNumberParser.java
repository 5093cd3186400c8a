package org.rasid.core.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasid.core.model.CharSpan;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * Finds and evaluates numbers in Arabic text, written in digits or in words.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Digits: ASCII, Arabic-Indic (٠–٩) and Persian (۰–۹); a comma (or ٬) followed by exactly
 *       three digits groups thousands (1,400); a point (or ٫) starts a decimal part (1.5), as does a
 *       comma followed by one or two digits (the European decimal comma used by some Gulf papers,
 *       20,5). A following scale word multiplies (67 مليار, 240 ألف, 1.5 مليون).
 *   <li>Cardinal words, both genders and both cases (ثلاثة/ثلاث، اثنان/اثنين، عشرون/عشرين), 11–19
 *       (أحد عشر، اثنا عشر، ثلاثة عشر), hundreds in one word or two (ثلاثمائة، ثلاث مئة، مئتان),
 *       scales (ألف/ألفا/آلاف/ألفين، مليون/ملايين، مليار).
 *   <li>Compounds joined by و in the order Arabic writes them — hundreds, units, tens, then scales
 *       from large to small: خمسة وعشرون، مئة وخمسون، ثلاثة آلاف وخمسمائة. Two complete numbers
 *       joined by و (خمسة وستة) are not merged: a unit may only be followed by و+tens.
 *   <li>Ordinals need the article (السادس، الأولى، الحادي عشر، الحادي والعشرين، العشرين): without it
 *       أول/ثاني are adjectives (أول أمس، ثاني أكبر). Definite cardinals (الثلاثة، الاثنين) are not
 *       numbers here: الاثنين is Monday; callers that expect a count after a plural noun ("الأيام
 *       الثلاثة") call {@link #parseAt} after the article.
 *   <li>A leading proclitic و/ف/ب/ل (وثلاثة، بثلاثة، للسادس) is allowed and left out of the span.
 *   <li>Vague quantities (عشرات، مئات، آلاف alone) are not numbers.
 * </ol>
 *
 * <p>Spans are exact ranges of the text passed in. Stateless and thread-safe.
 */
public final class ArabicNumberParser {

  private static final char TATWEEL = '\u0640';
  private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  private static final char WAW = '\u0648';
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static final ArabicNumberParser INSTANCE = new ArabicNumberParser();

  private ArabicNumberParser() {}

  /** The parser (stateless, shared). */
  public static ArabicNumberParser get() {
    return INSTANCE;
  }

  /** Every number in {@code text}, left to right, non-overlapping. */
  public List<NumberMatch> findAll(String text) {
    List<NumberMatch> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        Optional<NumberMatch> m = parseDigits(text, i);
        if (m.isPresent()) {
          out.add(m.get());
          i = m.get().span().end();
        } else {
          i = skipDigits(text, i);
        }
      } else if (isWordChar(c)) {
        Optional<NumberMatch> m = parseWords(text, i);
        if (m.isPresent()) {
          out.add(m.get());
          i = m.get().span().end();
        } else {
          i = wordEnd(text, i);
        }
      } else {
        i++;
      }
    }
    return List.copyOf(out);
  }

  /**
   * The number starting at {@code offset} (a digit, or the first letter of a word, proclitic
   * included), if any. The character before {@code offset} is not looked at.
   */
  public Optional<NumberMatch> parseAt(String text, int offset) {
    if (offset < 0 || offset >= text.length()) {
      return Optional.empty();
    }
    char c = text.charAt(offset);
    if (isDigit(c)) {
      return parseDigits(text, offset);
    }
    if (isWordChar(c)) {
      return parseWords(text, offset);
    }
    return Optional.empty();
  }

  /**
   * True when a normalized word (see {@code ArabicNormalizer}) is, or may start, a number word —
   * after at most one proclitic and the article: ثلاثة، وعشرين، السادس، الثلاثة، أحد (of أحد عشر).
   * A cheap pre-check for callers that scan many words.
   */
  public static boolean isNumberWord(String normalizedWord) {
    return NUMBER_WORD_FORMS.contains(normalizedWord);
  }

  /** All forms {@link #isNumberWordByRule} accepts, enumerated once (one look-up per word). */
  private static final java.util.Set<String> NUMBER_WORD_FORMS = enumerateNumberWordForms();

  /** The definition {@link #numberWordForms()} enumerates (kept for the test that checks both agree). */
  static boolean isNumberWordByRule(String normalizedWord) {
    String w = normalizedWord;
    for (int pass = 0; pass < 2; pass++) {
      if (isNumberStem(w)) {
        return true;
      }
      if (w.startsWith("ال") && w.length() > 3 && isNumberStem(w.substring(2))) {
        return true;
      }
      if (!hasProclitic(w)) {
        return false;
      }
      w = w.substring(1);
      if (w.startsWith("ل") && !w.startsWith("ال")) {
        w = "ا" + w;
      }
    }
    return false;
  }

  /**
   * Every normalized word for which {@link #isNumberWord} is true, as one set, so that a caller
   * scanning many words can test them with one look-up (the time tagger's trigger set).
   */
  public static java.util.Set<String> numberWordForms() {
    return NUMBER_WORD_FORMS;
  }

  private static java.util.Set<String> enumerateNumberWordForms() {
    java.util.Set<String> bare = new java.util.HashSet<>(NumberWords.ALL);
    for (String s : NumberWords.ALL) {
      if (s.length() >= 2) {
        bare.add("\u0627\u0644" + s);
      }
    }
    java.util.Set<String> out = new java.util.HashSet<>(bare);
    for (String x : bare) {
      // after one proclitic is cut, a rest starting with ل but not ال is read as ال… (لل = ل + ال)
      java.util.List<String> rests = new java.util.ArrayList<>(2);
      if (!(x.startsWith("\u0644") && !x.startsWith("\u0627\u0644"))) {
        rests.add(x);
      }
      if (x.startsWith("\u0627\u0644")) {
        rests.add(x.substring(1));
      }
      for (String r : rests) {
        for (char p : new char[] {WAW, '\u0641', '\u0628', '\u0644'}) {
          if (r.length() + 1 >= 3) {
            out.add(p + r);
          }
        }
      }
    }
    return java.util.Set.copyOf(out);
  }

  private static boolean isNumberStem(String w) {
    return NumberWords.ALL.contains(w);
  }

  // ---- digits

  private static Optional<NumberMatch> parseDigits(String s, int start) {
    // most numbers are a short run of digits (a day, a year, a count): read as a long, no decimal
    int runEnd = skipDigits(s, start);
    if (runEnd - start <= 18 && (runEnd == s.length() || !isSeparator(s.charAt(runEnd)))) {
      long plain = 0;
      for (int i = start; i < runEnd; i++) {
        plain = plain * 10 + digitValue(s.charAt(i));
      }
      Word next = nextWord(s, runEnd);
      if (next == null || !NumberWords.SCALES.containsKey(next.norm)) {
        return Optional.of(new NumberMatch(new CharSpan(start, runEnd), plain, false));
      }
    }
    return parseDigitsInGeneral(s, start);
  }

  /** A character {@link #parseDigitsInGeneral} may read as part of a number after a digit. */
  private static boolean isSeparator(char c) {
    return c == ',' || c == ARABIC_THOUSANDS_SEPARATOR || c == '.' || c == ARABIC_DECIMAL_SEPARATOR;
  }

  /** Digits with thousands and decimal separators, and a scale word after them (3 ملايين). */
  static Optional<NumberMatch> parseDigitsInGeneral(String s, int start) {
    StringBuilder plain = new StringBuilder();
    int i = start;
    int n = s.length();
    boolean decimal = false;
    while (i < n) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        plain.append(digitValue(c));
        i++;
      } else if ((c == ',' || c == ARABIC_THOUSANDS_SEPARATOR) && !decimal) {
        int k = countDigits(s, i + 1);
        if (k == 3) {
          i++; // thousands separator: the next loop rounds read the three digits
        } else if ((k == 1 || k == 2) && c == ',') {
          plain.append('.');
          decimal = true;
          i++;
        } else {
          break;
        }
      } else if ((c == '.' || c == ARABIC_DECIMAL_SEPARATOR) && !decimal && countDigits(s, i + 1) > 0) {
        plain.append('.');
        decimal = true;
        i++;
      } else {
        break;
      }
    }
    BigDecimal value = new BigDecimal(plain.toString());
    int end = i;
    Word next = nextWord(s, i);
    if (next != null && NumberWords.SCALES.containsKey(next.norm)) {
      value = value.multiply(BigDecimal.valueOf(NumberWords.SCALES.get(next.norm)));
      end = next.end;
    }
    if (value.compareTo(LONG_MAX) > 0) {
      return Optional.empty();
    }
    return Optional.of(new NumberMatch(new CharSpan(start, end), value.longValue(), false));
  }

  private static int countDigits(String s, int i) {
    int k = 0;
    while (i + k < s.length() && isDigit(s.charAt(i + k))) {
      k++;
    }
    return k;
  }

  private static int skipDigits(String s, int i) {
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  // ---- words

  /** The kinds of word a cardinal is built from, in the order Arabic writes a group. */
  private enum Kind {
    HUNDRED,
    UNIT,
    TEEN,
    TENS,
    SCALE
  }

  private static Optional<NumberMatch> parseWords(String s, int start) {
    Word first = wordAt(s, start);
    if (first == null) {
      return Optional.empty();
    }
    Optional<NumberMatch> ordinal = ordinal(s, first);
    if (ordinal.isPresent()) {
      return ordinal;
    }
    // a cardinal: first word as written, else without a proclitic
    Word w = first;
    Part p = part(s, w, w.norm);
    if (p == null && hasProclitic(w.norm)) {
      w = w.withoutProclitic(s);
      p = part(s, w, w.norm);
    }
    if (p == null) {
      return Optional.empty();
    }
    long total = 0;
    long current = 0;
    long lastScale = Long.MAX_VALUE;
    int spanStart = w.start;
    int end = p.end;
    Kind last = p.kind;
    if (p.kind == Kind.SCALE) {
      total = p.value;
      lastScale = p.value;
    } else {
      current = p.value;
    }
    while (true) {
      Word next = nextWord(s, end);
      if (next == null) {
        break;
      }
      Long scale = NumberWords.SCALES.get(next.norm);
      if (scale != null && last != Kind.SCALE && scale < lastScale) {
        if (NumberWords.isPluralScale(next.norm) && (current < 3 || current > 10)) {
          break;
        }
        total += Math.max(current, 1) * scale;
        current = 0;
        lastScale = scale;
        last = Kind.SCALE;
        end = next.end;
        continue;
      }
      if (next.norm.length() < 3 || next.norm.charAt(0) != WAW) {
        break;
      }
      Word rest = next.withoutProclitic(s);
      Part q = part(s, rest, rest.norm);
      if (q == null || !follows(last, q.kind) || (q.kind == Kind.SCALE)) {
        break;
      }
      current += q.value;
      last = q.kind;
      end = q.end;
    }
    return Optional.of(new NumberMatch(new CharSpan(spanStart, end), total + current, false));
  }

  /** Which part may follow which after و: hundreds, then units, then tens (مئة وخمسة وعشرون). */
  private static boolean follows(Kind last, Kind next) {
    switch (last) {
      case SCALE:
        return true;
      case HUNDRED:
        return next != Kind.HUNDRED;
      case UNIT:
        return next == Kind.TENS;
      default:
        return false;
    }
  }

  /** One component starting with word {@code w}, possibly two words long (ثلاثة عشر، ثلاث مئة). */
  private static Part part(String s, Word w, String k) {
    Integer unit = NumberWords.UNITS.get(k);
    Integer teenHead = NumberWords.TEEN_HEADS.get(k);
    if (unit != null || teenHead != null) {
      Word next = nextWord(s, w.end);
      int u = unit != null ? unit : teenHead;
      if (next != null && NumberWords.isTeenTail(next.norm) && u < 10) {
        return new Part(Kind.TEEN, u + 10, next.end);
      }
      if (next != null && NumberWords.isHundred(next.norm) && u >= 3 && u <= 9) {
        return new Part(Kind.HUNDRED, u * 100L, next.end);
      }
      return unit != null ? new Part(Kind.UNIT, unit, w.end) : null;
    }
    Integer tens = NumberWords.TENS.get(k);
    if (tens != null) {
      return new Part(Kind.TENS, tens, w.end);
    }
    Integer hundreds = NumberWords.HUNDREDS.get(k);
    if (hundreds != null) {
      return new Part(Kind.HUNDRED, hundreds, w.end);
    }
    Long dual = NumberWords.DUAL_SCALES.get(k);
    if (dual != null) {
      return new Part(Kind.SCALE, dual, w.end);
    }
    Long scale = NumberWords.SCALES.get(k);
    if (scale != null && !NumberWords.isPluralScale(k)) {
      return new Part(Kind.SCALE, scale, w.end);
    }
    return null;
  }

  private static Optional<NumberMatch> ordinal(String s, Word first) {
    Word w = first;
    String k = w.norm;
    if (!k.startsWith("ال") && hasProclitic(k)) {
      w = w.withoutProclitic(s);
      k = w.norm;
      if (k.startsWith("ل") && !k.startsWith("ال")) {
        k = "ا" + k; // ل + ال is written لل: للسادس
      }
    }
    if (!k.startsWith("ال") || k.length() < 4) {
      return Optional.empty();
    }
    String base = k.substring(2);
    Integer unit = NumberWords.ORDINAL_UNITS.get(base);
    if (unit != null) {
      Word next = nextWord(s, w.end);
      if (next != null && unit < 10 && NumberWords.isTeenTail(next.norm)) {
        return Optional.of(new NumberMatch(new CharSpan(w.start, next.end), unit + 10, true));
      }
      if (next != null && next.norm.startsWith("وال")) {
        Integer tens = NumberWords.TENS.get(next.norm.substring(3));
        if (tens != null && unit < 10) {
          return Optional.of(new NumberMatch(new CharSpan(w.start, next.end), tens + unit, true));
        }
      }
      if (base.startsWith("حادي")) {
        return Optional.empty(); // الحادي only before عشر or و+tens
      }
      return Optional.of(new NumberMatch(new CharSpan(w.start, w.end), unit, true));
    }
    Integer tens = NumberWords.TENS.get(base);
    if (tens != null) {
      return Optional.of(new NumberMatch(new CharSpan(w.start, w.end), tens, true));
    }
    return Optional.empty();
  }

  private static boolean hasProclitic(String norm) {
    if (norm.length() < 3) {
      return false;
    }
    char c = norm.charAt(0);
    return c == WAW || c == '\u0641' || c == '\u0628' || c == '\u0644';
  }

  private record Part(Kind kind, long value, int end) {}

  /** A word of the text: original range and normalized form. */
  private record Word(int start, int end, String norm) {
    Word withoutProclitic(String s) {
      int i = start + 1;
      while (i < end && ArabicNormalizer.isIgnorable(s.charAt(i))) {
        i++;
      }
      return new Word(i, end, norm.substring(1));
    }
  }

  private static Word wordAt(String s, int start) {
    int end = wordEnd(s, start);
    if (end == start) {
      return null;
    }
    return new Word(start, end, ArabicNormalizer.get().normalize(s.substring(start, end)));
  }

  /** The word after {@code from}, separated by whitespace only; null at punctuation or end. */
  private static Word nextWord(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i == from || i >= s.length() || !isWordChar(s.charAt(i))) {
      return null;
    }
    return wordAt(s, i);
  }

  private static int wordEnd(String s, int i) {
    while (i < s.length() && isWordChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
  }

  private static int digitValue(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return c - '\u0660';
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return c - '\u06F0';
    }
    return c - '0';
  }

  private static boolean isWordChar(char c) {
    return (Character.isLetter(c) && !isDigit(c)) || ArabicNormalizer.isDiacritic(c) || c == TATWEEL;
  }
}
