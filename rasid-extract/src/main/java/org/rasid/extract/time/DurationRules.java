package org.rasid.extract.time;

import static org.rasid.extract.time.RuleSupport.*;

import java.time.LocalDate;
import java.util.Optional;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeType;
import org.rasid.core.number.NumberMatch;
import org.rasid.extract.time.TimeTokens.Tok;
import org.rasid.extract.time.RuleSupport.Ctx;
import org.rasid.extract.time.RuleSupport.Found;
import org.rasid.extract.time.RuleSupport.Val;

/**
 * Durations and sets: number (digits or words) + unit, duals (يومين), halves (ونصف) with لمدة/طيلة;
 * "الأيام الثلاثة الماضية" and "السنوات الـ6 الماضية" as durations; قبل + duration = a past date;
 * منذ + duration = a past date unless a continuing state precedes it (المستمرة منذ خمس سنوات = P5Y);
 * sets (يوميا، كل يوم، كل ثلاثة أشهر).
 */
final class DurationRules {

  private final TimeLexicon lex;
  private final CalendarRules calendar;

  DurationRules(TimeLexicon lex, CalendarRules calendar) {
    this.lex = lex;
    this.calendar = calendar;
  }
  /** An amount of a unit starting at token j. {@code amount} < 0 means vague (some years). */
  record Dur(int end, double amount, String unit) {}

  Dur durationAt(Ctx c, int j, boolean allowBareSingular) {
    boolean word = c.isWord(j);
    if (!word && !c.isNum(j)) {
      return null;
    }
    if (word) {
      TimeLexicon.Unit u = unitAt(c, j);
      if (u != null) {
        if (u.count() == 2) {
          return half(c, new Dur(j + 1, 2, u.code()));
        }
        if (u.count() == 1 && (allowBareSingular || u.code().equals("ML"))) {
          return half(c, new Dur(j + 1, 1, u.code()));
        }
        return null;
      }
      if (c.isIn(j, WordSet.HALF)) {
        TimeLexicon.Unit next = unitAt(c, j + 1);
        if (next != null && next.count() == 1) {
          return new Dur(j + 2, 0.5, next.code());
        }
        return null;
      }
    }
    if (word ? !c.has(j, WordBits.NUMBER_WORD) || !unitAfterNumberWords(c, j + 1)
        : !unitWithin(c, j + 1, j + MAX_NUMBER_TOKENS)) {
      return null; // the unit must follow the number, which spans at most MAX_NUMBER_TOKENS tokens
    }
    Optional<NumberMatch> m = c.numberAt(j);
    if (m.isEmpty() || m.get().ordinal() || m.get().value() <= 0 || m.get().value() > 10_000) {
      return null;
    }
    int k = tokenEndingAt(c, j, m.get().span().end());
    if (k < 0) {
      return null;
    }
    TimeLexicon.Unit u = unitAt(c, k);
    if (u == null || u.count() == 2 || u.count() == 1 && startsDate(c, k, u)) {
      return null;
    }
    double amount = m.get().value();
    if (k == j + 3 && c.isNum(j) && c.isNum(j + 2) && m.get().value() == c.num(j)) {
      // 16.7 ثانية: the parser read a decimal point (a thousands separator would have made 16700) and
      // keeps the whole part; the fraction is the digits after the point
      amount = Double.parseDouble(c.num(j) + "." + c.toks.text(j + 2));
    }
    return half(c, new Dur(k + 1, amount, u.code()));
  }

  /**
   * Whether the singular unit word at token k starts a date instead of closing an amount: عام or سنة
   * before a year, يوم before a weekday. A number before such a word is something else's (ربحية
   * السهم 1.78 ريال من 2.07 عام 2014؛ ارتفع إلى 1.5671 يوم الخميس), and a count before a singular
   * unit in a duration takes the accusative (15 عاما), which the date's noun does not.
   */
  private boolean startsDate(Ctx c, int k, TimeLexicon.Unit u) {
    return switch (u.code()) {
      case "Y" -> calendar.yearNumber(c, k + 1) != null;
      case "D" -> c.isWeekday(k + 1);
      default -> false; // 12 ساعة 1500 ريال: a price after the hours
    };
  }

  /** The unit token k is (its {@link WordBits#UNIT} bit read first: most words are none), or null. */
  private TimeLexicon.Unit unitAt(Ctx c, int k) {
    return c.has(k, WordBits.UNIT) ? c.unit(k) : null;
  }

  /** Whether a unit word (سنوات، أيام …) is among tokens {@code from..to}: cheap, before parsing a number. */
  private static boolean unitWithin(Ctx c, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (c.has(k, WordBits.UNIT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a unit word follows the number words from token {@code from} on (ثلاثة أيام، خمس وعشرين
   * سنة، ثلاثة آلاف عام), within the MAX_NUMBER_TOKENS tokens a number spans: a number written in
   * words is made of number words only (each of its words, scales and و-joined tens included, has the
   * {@link WordBits#NUMBER_WORD} bit), so the unit is the first token after them that is not one.
   */
  private static boolean unitAfterNumberWords(Ctx c, int from) {
    for (int k = from; k < from + MAX_NUMBER_TOKENS; k++) {
      if (c.has(k, WordBits.UNIT)) {
        return true;
      }
      if (!c.has(k, WordBits.NUMBER_WORD)) {
        return false;
      }
    }
    return false;
  }

  /** ونصف after a duration adds a half (خمس سنوات ونصف السنة، ساعة ونصف). */
  Dur half(Ctx c, Dur d) {
    if (!c.word(d.end()).equals(HALF)) {
      return d;
    }
    int end = d.end() + 1;
    String after = c.word(end);
    if (after.startsWith("ال") && lex.units.containsKey(after.substring(2))) {
      end++;
    }
    return new Dur(end, d.amount() + 0.5, d.unit());
  }

  Found durationRule(Ctx c, int i) {
    Clitics.Form pre = form(c, i, Lookup.DURATION_PREFIXES);
    Dur d = pre != null ? durationAt(c, i + 1, BARE_UNIT_PREFIXES.contains(pre.form())) : durationAt(c, i, false);
    if (d == null) {
      return null;
    }
    if (pre == null) {
      TimeLexicon.Unit own = unitAt(c, i);
      if (own != null && own.count() == 2 && c.word(i + 1).equals("الي")) {
        return null;
      }
    }
    return found(c, i, pre != null ? pre.prefix() : durationPrefix(c, i), d.end(), TimeType.DURATION, Timex.duration(d.amount(), d.unit()), TimeAnchor.ABSOLUTE);
  }

  int durationPrefix(Ctx c, int i) {
    if (!c.has(i, WordBits.NUMBER_WORD)) {
      return 0; // a number has a proclitic only in words (وثلاثة), and the parser reads one only in a number word
    }
    Optional<NumberMatch> m = c.numberAt(i);
    return m.map(x -> c.normPrefix(i, x.span().start())).orElse(0);
  }

  /** قبل 11 عاما (a past date); منذ ثلاثة أيام (past date) or منذ خمس سنوات after a state (duration). */
  Found agoRule(Ctx c, int i) {
    Clitics.Form ago = form(c, i, Lookup.AGO);
    if (ago == null) {
      return null;
    }
    int k = approximated(c, i + 1);
    Dur d = durationAt(c, k, true);
    if (d == null) {
      // منذ أشهر (طويلة)، منذ عدة سنوات: vague
      int q = k;
      if (c.isIn(q, WordSet.VAGUE_QUANTIFIERS)) {
        q++;
      }
      TimeLexicon.Unit u = unitAt(c, q);
      if (u == null || u.count() != 0) {
        return null;
      }
      int end = q + 1;
      if (VAGUE_TAILS.contains(c.word(end))) {
        end++;
      }
      if (ago.form().equals("منذ")) {
        return found(c, i, ago.prefix(), end, TimeType.DURATION, Timex.vagueDuration(u.code()), TimeAnchor.ABSOLUTE);
      }
      return found(c, i, ago.prefix(), end, TimeType.DATE, "PAST_REF", TimeAnchor.DCT);
    }
    // منذ عام 1999 is a year, not "a year ago"
    Found year = calendar.yearRule(c, k);
    if (year != null && year.endTok() > d.end()) {
      return null;
    }
    if (ago.form().equals("منذ") && continuingState(c, i)) {
      return found(c, i, ago.prefix(), d.end(), TimeType.DURATION, Timex.duration(d.amount(), d.unit()), TimeAnchor.ABSOLUTE);
    }
    if (c.dct == null) {
      return found(c, i, ago.prefix(), d.end(), TimeType.DATE, "PAST_REF", TimeAnchor.DCT);
    }
    String shifted = Timex.shiftedBy(c.dct, d.amount(), d.unit());
    return found(c, i, ago.prefix(), d.end(), TimeType.DATE, shifted == null ? "PAST_REF" : shifted, TimeAnchor.DCT);
  }

  /** One-word approximators before an amount (نحو عامين، حوالي 16 شهرا). */
  static final java.util.Set<String> ABOUT = java.util.Set.of("نحو", "حوالي", "قرابه", "زهاء");
  /** Two- and three-word ones: أكثر من، أقل من، ما يزيد على/عن، ما يقرب من، ما لا يقل عن. */
  private static final java.util.List<String[]> ABOUT_PHRASES = java.util.List.of(
      new String[] {"اكثر", "من"}, new String[] {"اقل", "من"}, new String[] {"ما", "يزيد", "علي"},
      new String[] {"ما", "يزيد", "عن"}, new String[] {"ما", "يقرب", "من"}, new String[] {"ما", "لا", "يقل", "عن"});

  /**
   * The token after an approximator at {@code k} (منذ أكثر من 16 شهرا، قبل نحو عامين: the amount is
   * still the one counted from; TIMEX keeps "more than" in a modifier, not in the value), else {@code k}.
   */
  static int approximated(Ctx c, int k) {
    if (c.isIn(k, WordSet.ABOUT)) {
      return k + 1;
    }
    for (String[] p : ABOUT_PHRASES) {
      int n = 0;
      while (n < p.length && c.word(k + n).equals(p[n])) {
        n++;
      }
      if (n == p.length) {
        return k + n;
      }
    }
    return k;
  }

  boolean continuingState(Ctx c, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      Tok t = c.tok(k);
      if (t.endsSentence()) {
        return false;
      }
      String w = t.text();
      if (Clitics.inWithOrWithoutWaw(w, lex.continuative)) {
        return true;
      }
    }
    return false;
  }

  /** الأيام الثلاثة الماضية، السنوات الـ6 الماضية، اليومين الماضيين: durations. */
  Found pastNRule(Ctx c, int i) {
    String w = c.word(i);
    Clitics.Form f = c.strip(i, Lookup.ARTICLE_UNITS);
    if (f == null) {
      return null;
    }
    TimeLexicon.Unit u = lex.units.get(f.form().substring(2));
    if (u == null) {
      return null;
    }
    int k = i + 1;
    double amount;
    if (u.count() == 2) {
      amount = 2;
    } else if (u.count() == 0) {
      if (c.word(k).equals("ال") && c.digits(k + 1) > 0) {
        k++;
      }
      if (!c.isNum(k) && !c.has(k, WordBits.NUMBER_WORD)) {
        return null; // the parser reads a number only in digits or a number word (الثلاثة: ال + one)
      }
      Optional<NumberMatch> m = c.isWord(k) && c.word(k).startsWith("ال") ? c.number(c.at(k, 2)) : c.numberAt(k);
      if (m.isEmpty() || m.get().ordinal() || m.get().value() <= 0) {
        return null;
      }
      amount = m.get().value();
      k = tokenEndingAt(c, k, m.get().span().end());
      if (k < 0) {
        return null;
      }
    } else {
      return null;
    }
    int rel = relOf(c.relative(k));
    if (rel != -1 && rel != 1) {
      return null;
    }
    return found(c, i, f.prefix(), k + 1, TimeType.DURATION, Timex.duration(amount, u.code()), TimeAnchor.ABSOLUTE);
  }

  /** يوميا، أسبوعيا، كل يوم، كل ثلاثة أشهر. */
  Found setRule(Ctx c, int i) {
    String w = c.word(i);
    Clitics.Form adverb = c.strip(i, Lookup.SETS);
    if (adverb != null) {
      return found(c, i, adverb.prefix(), i + 1, TimeType.SET, lex.sets.get(adverb.form()), TimeAnchor.ABSOLUTE);
    }
    Clitics.Form kul = c.strip(i, Lookup.KUL);
    if (kul == null) {
      return null;
    }
    Dur d = durationAt(c, i + 1, true);
    if (d == null) {
      return null;
    }
    return found(c, i, kul.prefix(), d.end(), TimeType.SET, Timex.duration(d.amount(), d.unit()), TimeAnchor.ABSOLUTE);
  }

}
