package org.rasid.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeType;
import org.rasid.core.number.ArabicNumberParser;
import org.rasid.core.number.NumberMatch;
import org.rasid.extract.time.TimeTokens.Tok;

/**
 * What the time rules share: the scan state ({@link Ctx}), the found expression and resolved value
 * records, the function words the rules look for (normalized spelling), and small helpers (longest
 * of two matches, proclitic look-up, relative adjective → offset, the previous day of the sentence).
 */
final class RuleSupport {

  private RuleSupport() {}
  static final Set<String> SHAHR = Set.of("شهر");
  static final Set<String> YAWM = Set.of("يوم", "يومي");
  static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "السنه");
  static final Set<String> YEAR_ARTICLE_WORDS = Set.of("العام", "السنه");
  static final Set<String> GREGORIAN_SUFFIX = Set.of("م", "ميلادي", "ميلاديا", "ميلاديه", "للميلاد");
  static final Set<String> HIJRI_SUFFIX = Set.of("ه", "هجري", "هجريا", "هجريه", "للهجره");
  static final Set<String> YEAR_PREPOSITIONS = Set.of(
      "في", "منذ", "حتي", "خلال", "بحلول", "مطلع", "منتصف", "اواخر", "اوائل", "بدايه", "نهايه", "قبل", "بعد", "عام", "سنه", "العام");
  static final Set<String> DURATION_PREFIXES = Set.of("لمده", "مده", "طيله", "طوال");
  static final Set<String> BARE_UNIT_PREFIXES = Set.of("لمده", "طيله", "طوال", "خلال", "مده");
  static final Set<String> AGO = Set.of("قبل", "منذ");
  static final Set<String> VAGUE_QUANTIFIERS = Set.of("عده", "بضعه", "بضع");
  static final Set<String> VAGUE_TAILS = Set.of("طويله", "عديده", "قليله", "طويل");
  static final Set<String> ZONE = Set.of("بتوقيت");
  static final String HALF = "ونصف";
  static final char SEEN = '\u0633';

  static final Set<String> YAWM_ONLY = Set.of("يوم");
  static final Set<String> SAA = Set.of("الساعه");
  static final Set<String> KUL = Set.of("كل");
  static final Set<String> CENTURY = Set.of("القرن");

  /** A found expression: normalized range, end token, type, value and anchor. */
  record Found(int nStart, int nEnd, int endTok, TimeType type, String value, TimeAnchor anchor) {}

  /** A resolved date-like core: token end, value, anchor and (when a single day) the day. */
  record Val(int end, String value, TimeAnchor anchor, LocalDate day) {}

  /** The state of one scan. */
  static final class Ctx {
    final String n;
    final List<Tok> toks;
    final LocalDate dct;
    final List<Found> found;

    Ctx(String n, List<Tok> toks, LocalDate dct, List<Found> found) {
      this.n = n;
      this.toks = toks;
      this.dct = dct;
      this.found = found;
    }

    Tok tok(int i) {
      return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    String word(int i) {
      Tok t = tok(i);
      return t != null && t.isWord() ? t.text() : "";
    }

    boolean punct(int i, String s) {
      Tok t = tok(i);
      return t != null && t.kind() == TimeTokens.Kind.PUNCT && t.text().equals(s);
    }

    int num(int i) {
      Tok t = tok(i);
      if (t == null || !t.isNum() || t.text().length() > 9) {
        return -1;
      }
      return Integer.parseInt(t.text());
    }

    int digits(int i) {
      Tok t = tok(i);
      return t != null && t.isNum() ? t.text().length() : 0;
    }
  }

  static Found longer(Found a, Found b) {
    if (b == null) {
      return a;
    }
    if (a == null || b.nEnd() > a.nEnd()) {
      return b;
    }
    return a;
  }

  static Found found(Ctx c, int startTok, int prefix, int endTok, TimeType type, String value, TimeAnchor anchor) {
    int s = c.tok(startTok).start() + prefix;
    int e = c.tok(endTok - 1).end();
    return new Found(s, e, endTok, type, value, anchor);
  }

  /** The proclitic length of token i's word when {@code form} is found in {@code set}; -1 if not. */
  static Clitics.Form form(Ctx c, int i, Set<String> set) {
    String w = c.word(i);
    return w.isEmpty() ? null : Clitics.strip(w, set);
  }

  static Val longerVal(Val a, Val b) {
    if (b == null) {
      return a;
    }
    return a == null || b.end() > a.end() ? b : a;
  }

  /** The index after the token that ends at normalized offset {@code nEnd}; -1 if none. */
  static int tokenEndingAt(Ctx c, int from, int nEnd) {
    for (int k = from; k < c.toks.size() && k < from + 4; k++) {
      if (c.toks.get(k).end() == nEnd) {
        return k + 1;
      }
    }
    return -1;
  }

  static int relOf(String role) {
    if (role == null) {
      return Integer.MIN_VALUE;
    }
    switch (role) {
      case "past":
        return -1;
      case "future":
        return 1;
      case "current":
      case "this":
        return 0;
      default:
        return Integer.MIN_VALUE;
    }
  }

  static String ref(int offset) {
    return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF";
  }

  /** The day of the last expression found earlier in the same sentence, if it names one day. */
  static LocalDate previousDayInSentence(Ctx c, int i) {
    if (c.found.isEmpty()) {
      return null;
    }
    Found last = c.found.get(c.found.size() - 1);
    for (int k = last.endTok(); k < i; k++) {
      if (c.tok(k).endsSentence()) {
        return null;
      }
    }
    if (last.value() == null || last.value().length() < 10 || !Character.isDigit(last.value().charAt(0))) {
      return null;
    }
    try {
      return LocalDate.parse(last.value().substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  static final Set<String> PERIODS = Set.of("الاسبوع", "الشهر", "العام", "السنه");

  static final Set<String> MODIFIER_SET = Set.of("منتصف", "اواسط", "اواخر", "اوائل", "مطلع", "بدايه", "بدايات", "نهايه", "اخر");

  static final Set<String> ARTICLE_UNITS = Set.of(
      "السنوات", "الاعوام", "الاشهر", "الشهور", "الاسابيع", "الايام", "الساعات", "الدقائق", "العقود",
      "السنتين", "العامين", "الشهرين", "الاسبوعين", "اليومين", "الساعتين", "العقدين");

}
