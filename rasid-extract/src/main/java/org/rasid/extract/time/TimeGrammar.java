package org.rasid.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeType;
import org.rasid.core.number.ArabicNumberParser;
import org.rasid.core.number.NumberMatch;
import org.rasid.extract.time.TimeTokens.Tok;

/**
 * The rules of the time tagger, tried at each token of a normalized text; the longest match at a
 * token wins and the scan goes on after it (so matches never overlap).
 *
 * <p>Rule families (each has a test in TimeTaggerTest):
 *
 * <ol>
 *   <li>Calendar dates: day + month (+ year), digits or ordinal day words (12 يوليو 2011، السادس من
 *       أكتوبر، الثاني من شهر نوفمبر/ تشرين الثاني من العام الماضي), months with or without a year
 *       or a relative adjective (مارس اذار، شهر مايو الماضي), paired month names of two naming
 *       sets (آذار/مارس، يوليو(تموز)), Hijri months converted with HijrahDate, numeric dates
 *       (25 / 7 / 2015 م، 9-10-1436هـ), years (عام 2015، 2015م، في 2011، 1436 هـ).
 *   <li>Weekdays (يوم الاثنين، الخميس المقبل) resolved against the dct: a following date wins, then
 *       an adjective (الماضي/المقبل), then the tense of the sentence (a future verb with س, سوف,
 *       المقرر … makes it the coming day; otherwise the latest such day up to the dct).
 *   <li>Deictic days (أمس، أمس الأول، اليوم، غدا، بعد غد) optionally followed by a weekday or date;
 *       "اليوم" followed by an adjective (اليوم التالي) is a noun, not today.
 *   <li>Parts of the day: a head (صباح، مساء، ليل) before a day; adverbs (صباحا، ليلا) after a date
 *       or alone (then anchored to the previous date of the sentence, else the dct); الليلة.
 *   <li>Clock times: الساعة + digits, H:MM or an hour word (العاشرة والنصف), a part of the day and
 *       a time zone (بتوقيت غرينتش).
 *   <li>Relative periods: هذا الأسبوع، الشهر الماضي، العام المقبل، العام الحالي 2015، seasons with a
 *       year or adjective; modifiers (منتصف، أواخر، بداية، نهاية) keep the inner value (TIMEX mod is
 *       not part of the value); في وقت سابق/لاحق من + a day; decades and centuries.
 *   <li>Durations: number (digits or words) + unit, duals (يومين، عامين), halves (ونصف), with
 *       لمدة/طيلة; "الأيام الثلاثة الماضية" and "السنوات الـ6 الماضية" are durations; قبل + duration
 *       is a past date; منذ + duration is a past date unless a continuing state precedes it
 *       (المستمرة منذ خمس سنوات = a duration).
 *   <li>Sets: يوميا، أسبوعيا، كل يوم، كل ثلاثة أشهر.
 *   <li>Vague references: الآن، حاليا، مؤخرا، قريبا، مستقبلا، في وقت سابق → PRESENT_REF, PAST_REF,
 *       FUTURE_REF.
 * </ol>
 *
 * <p>Without a dct, values that need one become a *_REF (deictic words), XXXX (a missing year) or
 * null (weekdays): never a guess.
 */
final class TimeGrammar {

  private static final Set<String> MIN = Set.of("من");
  private static final Set<String> SHAHR = Set.of("شهر");
  private static final Set<String> YAWM = Set.of("يوم", "يومي");
  private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "السنه");
  private static final Set<String> YEAR_ARTICLE_WORDS = Set.of("العام", "السنه");
  private static final Set<String> GREGORIAN_SUFFIX = Set.of("م", "ميلادي", "ميلاديا", "ميلاديه", "للميلاد");
  private static final Set<String> HIJRI_SUFFIX = Set.of("ه", "هجري", "هجريا", "هجريه", "للهجره");
  private static final Set<String> YEAR_PREPOSITIONS = Set.of(
      "في", "منذ", "حتي", "خلال", "بحلول", "مطلع", "منتصف", "اواخر", "اوائل", "بدايه", "نهايه", "قبل", "بعد", "عام", "سنه", "العام");
  private static final Set<String> DURATION_PREFIXES = Set.of("لمده", "مده", "طيله", "طوال");
  private static final Set<String> BARE_UNIT_PREFIXES = Set.of("لمده", "طيله", "طوال", "خلال", "مده");
  private static final Set<String> AGO = Set.of("قبل", "منذ");
  private static final Set<String> VAGUE_QUANTIFIERS = Set.of("عده", "بضعه", "بضع");
  private static final Set<String> VAGUE_TAILS = Set.of("طويله", "عديده", "قليله", "طويل");
  private static final Set<String> ZONE = Set.of("بتوقيت");
  private static final String HALF = "ونصف";
  private static final char SEEN = '\u0633';

  private static final Set<String> YAWM_ONLY = Set.of("يوم");
  private static final Set<String> SAA = Set.of("الساعه");
  private static final Set<String> KUL = Set.of("كل");
  private static final Set<String> CENTURY = Set.of("القرن");

  /** Words that start some rule; other words are skipped with one look-up (the speed rule). */
  private static final Set<String> KEYWORDS = Set.of(
      "يوم", "يومي", "شهر", "عام", "سنه", "العام", "السنه", "الساعه", "في", "قبل", "منذ", "كل", "هذا", "هذه",
      "لمده", "مده", "طيله", "طوال", "نصف", "القرن", "الاسبوع", "الشهر", "منتصف", "اواسط", "اواخر", "اوائل",
      "مطلع", "بدايه", "بدايات", "نهايه", "اخر");

  private final TimeLexicon lex;
  private final ArabicNumberParser numbers = ArabicNumberParser.get();
  private final Set<String> triggers;

  TimeGrammar(TimeLexicon lex) {
    this.lex = lex;
    java.util.HashSet<String> t = new java.util.HashSet<>(KEYWORDS);
    t.addAll(lex.phraseHeads());
    t.addAll(lex.weekdays.keySet());
    t.addAll(lex.units.keySet());
    t.addAll(lex.dayPartHeads.keySet());
    t.addAll(lex.dayPartAdverbs.keySet());
    t.addAll(lex.tonight);
    t.addAll(lex.relative.keySet());
    t.addAll(lex.decades.keySet());
    t.addAll(lex.seasons.keySet());
    t.addAll(lex.sets.keySet());
    t.addAll(ARTICLE_UNITS);
    this.triggers = Set.copyOf(t);
  }

  /** Whether a word token can start any rule: a trigger word (maybe with proclitics) or a number word. */
  private boolean isTrigger(String w) {
    return triggers.contains(w) || Clitics.strip(w, triggers) != null || ArabicNumberParser.isNumberWord(w);
  }

  /** A found expression: normalized range, end token, type, value and anchor. */
  record Found(int nStart, int nEnd, int endTok, TimeType type, String value, TimeAnchor anchor) {}

  /** A resolved date-like core: token end, value, anchor and (when a single day) the day. */
  private record Val(int end, String value, TimeAnchor anchor, LocalDate day) {}

  /** The state of one scan. */
  private static final class Ctx {
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

  List<Found> scan(String normalized, List<Tok> toks, LocalDate dct) {
    List<Found> out = new ArrayList<>();
    Ctx c = new Ctx(normalized, toks, dct, out);
    int i = 0;
    while (i < toks.size()) {
      Found f = best(c, i);
      if (f != null) {
        out.add(f);
        i = f.endTok();
      } else {
        i++;
      }
    }
    return out;
  }

  private Found best(Ctx c, int i) {
    Tok t = c.tok(i);
    if (t.kind() == TimeTokens.Kind.PUNCT) {
      return null;
    }
    if (t.isWord() && !isTrigger(t.text())) {
      return null;
    }
    Found best = null;
    best = longer(best, dateRule(c, i));
    if (t.isWord()) {
      best = longer(best, weekdayRule(c, i));
      best = longer(best, deicticRule(c, i));
      best = longer(best, dayPartRule(c, i));
      best = longer(best, relativePeriodRule(c, i));
      best = longer(best, modifierRule(c, i));
      best = longer(best, earlierLaterRule(c, i));
      best = longer(best, referenceRule(c, i));
      best = longer(best, agoRule(c, i));
      best = longer(best, pastNRule(c, i));
      best = longer(best, setRule(c, i));
      best = longer(best, decadeRule(c, i));
    }
    best = longer(best, clockRule(c, i));
    best = longer(best, durationRule(c, i));
    best = longer(best, yearRule(c, i));
    return best;
  }

  private static Found longer(Found a, Found b) {
    if (b == null) {
      return a;
    }
    if (a == null || b.nEnd() > a.nEnd()) {
      return b;
    }
    return a;
  }

  private Found found(Ctx c, int startTok, int prefix, int endTok, TimeType type, String value, TimeAnchor anchor) {
    int s = c.tok(startTok).start() + prefix;
    int e = c.tok(endTok - 1).end();
    return new Found(s, e, endTok, type, value, anchor);
  }

  /** The proclitic length of token i's word when {@code form} is found in {@code set}; -1 if not. */
  private static Clitics.Form form(Ctx c, int i, Set<String> set) {
    String w = c.word(i);
    return w.isEmpty() ? null : Clitics.strip(w, set);
  }

  // ------------------------------------------------------------------ calendar dates

  private Found dateRule(Ctx c, int i) {
    int k = i;
    int prefix = 0;
    Clitics.Form yawm = form(c, i, YAWM_ONLY);
    if (yawm != null) {
      k = i + 1;
      prefix = yawm.prefix();
      if (dayAt(c, k) == null) {
        return null;
      }
    }
    Val v = dateCore(c, k);
    if (v == null) {
      return null;
    }
    if (yawm == null) {
      Clitics.Form f = firstForm(c, i);
      prefix = f == null ? 0 : f.prefix();
    }
    return withDayPart(c, i, prefix, v);
  }

  /** Proclitic length of a date's first word (وشهر، بشهر، في is a separate word). */
  private Clitics.Form firstForm(Ctx c, int i) {
    String w = c.word(i);
    if (w.isEmpty()) {
      return null;
    }
    if (lex.gregorianMonths.match(c.toks, i) != null) {
      return new Clitics.Form(w, lex.gregorianMonths.match(c.toks, i).prefix());
    }
    if (lex.hijriMonths.match(c.toks, i) != null) {
      return new Clitics.Form(w, lex.hijriMonths.match(c.toks, i).prefix());
    }
    Clitics.Form f = Clitics.strip(w, SHAHR);
    if (f != null) {
      return f;
    }
    Optional<NumberMatch> m = numbers.parseAt(c.n, c.tok(i).start());
    if (m.isPresent()) {
      return new Clitics.Form(w, m.get().span().start() - c.tok(i).start());
    }
    return null;
  }

  /** A calendar date starting at token j: day+month(+year), month(+year), or numeric. */
  private Val dateCore(Ctx c, int j) {
    Val best = null;
    best = longerVal(best, dayMonth(c, j));
    best = longerVal(best, monthYear(c, j));
    best = longerVal(best, numericDate(c, j));
    return best;
  }

  private static Val longerVal(Val a, Val b) {
    if (b == null) {
      return a;
    }
    return a == null || b.end() > a.end() ? b : a;
  }

  /** A day of the month: 1–31 in digits or an ordinal word (السادس، الحادي والعشرين). */
  private record Day(int end, int day) {}

  private Day dayAt(Ctx c, int j) {
    Tok t = c.tok(j);
    if (t == null) {
      return null;
    }
    if (t.isNum()) {
      int d = c.num(j);
      return c.digits(j) <= 2 && d >= 1 && d <= 31 ? new Day(j + 1, d) : null;
    }
    if (!t.isWord() || !t.text().contains("ال") || !ArabicNumberParser.isNumberWord(t.text())) {
      return null;
    }
    Optional<NumberMatch> m = numbers.parseAt(c.n, t.start());
    if (m.isEmpty() || !m.get().ordinal() || m.get().value() < 1 || m.get().value() > 31) {
      return null;
    }
    int end = tokenEndingAt(c, j, m.get().span().end());
    return end < 0 ? null : new Day(end, (int) m.get().value());
  }

  /** The index after the token that ends at normalized offset {@code nEnd}; -1 if none. */
  private static int tokenEndingAt(Ctx c, int from, int nEnd) {
    for (int k = from; k < c.toks.size() && k < from + 4; k++) {
      if (c.toks.get(k).end() == nEnd) {
        return k + 1;
      }
    }
    return -1;
  }

  /** A month name (Gregorian or Hijri), with an optional twin name of the other naming set. */
  private record Month(int end, int month, boolean hijri, boolean amb) {}

  private Month monthAt(Ctx c, int j) {
    if (c.tok(j) == null) {
      return null;
    }
    PhraseTable.Hit<Integer> g = lex.gregorianMonths.match(c.toks, j);
    PhraseTable.Hit<Integer> h = g == null ? lex.hijriMonths.match(c.toks, j) : null;
    if (g == null && h == null) {
      return null;
    }
    boolean hijri = g == null;
    PhraseTable.Hit<Integer> hit = hijri ? h : g;
    int end = hit.end();
    boolean amb = hit.amb();
    if (!hijri) {
      // twin name: آذار/مارس، مارس اذار، يوليو(تموز)، ايلول ( سبتمبر
      int k = end;
      boolean open = false;
      if (c.punct(k, "/") || c.punct(k, "-") || c.punct(k, "(") || c.punct(k, ",")) {
        open = c.punct(k, "(");
        k++;
      }
      PhraseTable.Hit<Integer> twin = c.tok(k) == null ? null : lex.gregorianMonths.match(c.toks, k);
      if (twin != null && twin.value().equals(hit.value()) && twin.prefix() == 0) {
        end = twin.end();
        amb = false;
        if (open && c.punct(end, ")")) {
          end++;
        }
      }
    }
    return new Month(end, hit.value(), hijri, amb);
  }

  /** A year after a date: [من] (عام|العام|سنة) NNNN [هـ|م], [من] NNNN, or من العام الماضي. */
  private record Year(int end, int year, boolean hijri, boolean explicit, int rel) {}

  private Year yearSpec(Ctx c, int j) {
    int k = j;
    if (c.word(k).equals("من")) {
      k++;
    }
    Clitics.Form yw = form(c, k, YEAR_WORDS);
    if (yw != null) {
      Year y = yearNumber(c, k + 1);
      if (y != null) {
        return y;
      }
      if (YEAR_ARTICLE_WORDS.contains(yw.form())) {
        String role = lex.relative.get(c.word(k + 1));
        int rel = relOf(role);
        if (rel != Integer.MIN_VALUE) {
          Year explicit = yearNumber(c, k + 2); // العام الحالي 2015م
          return explicit != null ? explicit : new Year(k + 2, 0, false, false, rel);
        }
      }
      return null;
    }
    if (c.word(k).equals("هذا") && YEAR_ARTICLE_WORDS.contains(c.word(k + 1))) {
      return new Year(k + 2, 0, false, false, 0);
    }
    return yearNumber(c, k);
  }

  /** NNNN with an optional calendar suffix (هـ or م). */
  private Year yearNumber(Ctx c, int k) {
    int d = c.digits(k);
    if (d < 3 || d > 4) {
      return null;
    }
    int y = c.num(k);
    int end = k + 1;
    boolean hijri = false;
    if (HIJRI_SUFFIX.contains(c.word(end))) {
      hijri = true;
      end++;
    } else if (GREGORIAN_SUFFIX.contains(c.word(end))) {
      end++;
    }
    if (hijri ? (y < 1 || y > 1600) : (y < 1000 || y > 2199)) {
      return null;
    }
    return new Year(end, y, hijri, true, 0);
  }

  private static int relOf(String role) {
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

  private Val dayMonth(Ctx c, int j) {
    Day day = dayAt(c, j);
    if (day == null) {
      return null;
    }
    int k = day.end();
    if (c.word(k).equals("من")) {
      k++;
    }
    if (form(c, k, SHAHR) != null) {
      k++;
    }
    Month m = monthAt(c, k);
    if (m == null) {
      // الخامس من الشهر الجاري/الماضي
      if (c.word(k).equals("الشهر") && c.dct != null) {
        int rel = relOf(lex.relative.get(c.word(k + 1)));
        if (rel != Integer.MIN_VALUE) {
          LocalDate base = c.dct.plusMonths(rel);
          LocalDate d = Timex.date(base.getYear(), base.getMonthValue(), day.day());
          return d == null ? null : new Val(k + 2, Timex.day(d), TimeAnchor.DCT, d);
        }
      }
      return null;
    }
    Year y = yearSpec(c, m.end());
    int end = y != null ? y.end() : m.end();
    if (m.hijri()) {
      int hy;
      TimeAnchor anchor;
      if (y != null && y.explicit()) {
        if (!y.hijri() && y.year() > 1600) {
          return null;
        }
        hy = y.year();
        anchor = TimeAnchor.ABSOLUTE;
      } else if (c.dct != null) {
        hy = Timex.hijriYearOf(c.dct) + (y != null ? y.rel() : 0);
        anchor = TimeAnchor.DCT;
      } else {
        return new Val(end, null, TimeAnchor.DCT, null);
      }
      LocalDate d = Timex.fromHijri(hy, m.month(), day.day());
      return new Val(end, d == null ? null : Timex.day(d), anchor, d);
    }
    if (y != null && y.explicit()) {
      if (y.hijri()) {
        return null;
      }
      LocalDate d = Timex.date(y.year(), m.month(), day.day());
      return d == null ? null : new Val(end, Timex.day(d), TimeAnchor.ABSOLUTE, d);
    }
    if (c.dct == null) {
      return new Val(end, String.format("XXXX-%02d-%02d", m.month(), day.day()), TimeAnchor.ABSOLUTE, null);
    }
    int yr = c.dct.getYear() + (y != null ? y.rel() : 0);
    LocalDate d = Timex.date(yr, m.month(), day.day());
    return d == null ? null : new Val(end, Timex.day(d), TimeAnchor.DCT, d);
  }

  private Val monthYear(Ctx c, int j) {
    int k = j;
    boolean shahr = false;
    if (form(c, k, SHAHR) != null) {
      k++;
      shahr = true;
    }
    Month m = monthAt(c, k);
    if (m == null) {
      return null;
    }
    Year y = yearSpec(c, m.end());
    int rel = Integer.MIN_VALUE;
    int end = m.end();
    if (y != null) {
      end = y.end();
    } else {
      rel = relOf(lex.relative.get(c.word(m.end())));
      if (rel != Integer.MIN_VALUE) {
        end = m.end() + 1;
        Year after = yearNumber(c, end);
        if (after != null) {
          y = after;
          end = after.end();
        }
      }
    }
    boolean context = shahr || y != null || rel != Integer.MIN_VALUE || YEAR_PREPOSITIONS.contains(c.word(j - 1))
        || c.word(j - 1).equals("الي") || c.word(j - 1).equals("من");
    if (m.amb() && !context) {
      return null;
    }
    if (m.hijri() && !(shahr || y != null || rel != Integer.MIN_VALUE)) {
      return null; // a bare رمضان or شوال is too often a name or a season of worship
    }
    if (m.hijri()) {
      if (y != null && y.explicit()) {
        if (!y.hijri() && y.year() > 1600) {
          return null;
        }
        return new Val(end, Timex.hijriMonth(y.year(), m.month()), TimeAnchor.ABSOLUTE, null);
      }
      if (c.dct == null) {
        return new Val(end, null, TimeAnchor.DCT, null);
      }
      int hy = Timex.hijriYearOf(c.dct) + (y != null ? y.rel() : 0);
      return new Val(end, Timex.hijriMonth(hy, m.month()), TimeAnchor.DCT, null);
    }
    if (y != null && y.explicit()) {
      if (y.hijri()) {
        return null;
      }
      return new Val(end, Timex.month(y.year(), m.month()), TimeAnchor.ABSOLUTE, null);
    }
    if (c.dct == null) {
      return new Val(end, String.format("XXXX-%02d", m.month()), TimeAnchor.ABSOLUTE, null);
    }
    int yr = c.dct.getYear();
    if (y != null) {
      yr += y.rel();
    } else if (rel == -1 && m.month() >= c.dct.getMonthValue()) {
      yr -= 1; // مايو الماضي said in March is last year's May
    } else if (rel == 1 && m.month() <= c.dct.getMonthValue()) {
      yr += 1;
    }
    return new Val(end, Timex.month(yr, m.month()), TimeAnchor.DCT, null);
  }

  /** D/M/YYYY, D-M-YYYY, D.M.YYYY (spaces allowed), YYYY-MM-DD; هـ or a year ≤ 1600 is Hijri. */
  private Val numericDate(Ctx c, int j) {
    if (c.digits(j) == 0) {
      return null;
    }
    Tok s1 = c.tok(j + 1);
    Tok s2 = c.tok(j + 3);
    if (s1 == null || s2 == null || c.digits(j + 2) == 0 || c.digits(j + 4) == 0) {
      return null;
    }
    String sep = s1.text();
    if (!(sep.equals("/") || sep.equals("-") || sep.equals(".")) || !s2.text().equals(sep)) {
      return null;
    }
    int a = c.num(j);
    int b = c.num(j + 2);
    int e = c.num(j + 4);
    int y;
    int m;
    int d;
    if (c.digits(j) == 4 && c.digits(j + 2) <= 2 && c.digits(j + 4) <= 2) {
      y = a;
      m = b;
      d = e;
    } else if (c.digits(j) <= 2 && c.digits(j + 2) <= 2 && c.digits(j + 4) == 4) {
      d = a;
      m = b;
      y = e;
    } else {
      return null;
    }
    int end = j + 5;
    boolean hijri = y <= 1600;
    if (HIJRI_SUFFIX.contains(c.word(end))) {
      hijri = true;
      end++;
    } else if (GREGORIAN_SUFFIX.contains(c.word(end))) {
      end++;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    LocalDate date = hijri ? Timex.fromHijri(y, m, d) : Timex.date(y, m, d);
    if (date == null) {
      return null;
    }
    return new Val(end, Timex.day(date), TimeAnchor.ABSOLUTE, date);
  }

  /** عام 2015، العام 2015، 2015م، 1436 هـ، and a bare 19xx/20xx after a time preposition. */
  private Found yearRule(Ctx c, int i) {
    Clitics.Form yw = form(c, i, YEAR_WORDS);
    Year y = null;
    int prefix = 0;
    if (yw != null) {
      y = yearNumber(c, i + 1);
      prefix = yw.prefix();
    } else if (c.digits(i) == 4 || c.digits(i) == 3) {
      Year bare = yearNumber(c, i);
      if (bare != null && (bare.end() > i + 1 || (c.digits(i) == 4 && bare.year() >= 1900 && bare.year() <= 2100
          && (YEAR_PREPOSITIONS.contains(c.word(i - 1)) || c.word(i - 1).equals("عامي"))
          && lex.units.get(c.word(i + 1)) == null))) {
        y = bare;
      }
    }
    if (y == null) {
      return null;
    }
    String value = y.hijri() ? Timex.hijriYear(y.year()) : Timex.year(y.year());
    return found(c, i, prefix, y.end(), TimeType.DATE, value, TimeAnchor.ABSOLUTE);
  }

  // ------------------------------------------------------------------ weekdays and deixis

  private Found weekdayRule(Ctx c, int i) {
    int k = i;
    int prefix = 0;
    Clitics.Form yawm = form(c, i, YAWM);
    if (yawm != null) {
      prefix = yawm.prefix();
      k = i + 1;
    }
    Clitics.Form wdForm = form(c, k, lex.weekdays.keySet());
    if (wdForm == null || (yawm != null && wdForm.prefix() > 0)) {
      return null;
    }
    if (yawm == null) {
      prefix = wdForm.prefix();
    }
    int wd = lex.weekdays.get(wdForm.form());
    int after = k + 1;
    int dateStart = c.punct(after, ",") ? after + 1 : after;
    Val date = dateCore(c, dateStart);
    if (date != null && date.value() != null) {
      return withDayPart(c, i, prefix, date);
    }
    String role = lex.relative.get(c.word(after));
    int rel = relOf(role);
    int end = after;
    boolean future;
    boolean strict = false;
    if (rel == -1 || rel == 1) {
      future = rel == 1;
      strict = true;
      end = after + 1;
    } else {
      future = isFutureSentence(c, i);
    }
    if (c.dct == null) {
      return withDayPart(c, i, prefix, new Val(end, null, TimeAnchor.DCT, null));
    }
    int today = c.dct.getDayOfWeek().getValue();
    LocalDate d;
    if (future) {
      int ahead = (wd - today + 7) % 7;
      d = c.dct.plusDays(ahead == 0 && strict ? 7 : ahead);
    } else {
      int back = (today - wd + 7) % 7;
      d = c.dct.minusDays(back == 0 && strict ? 7 : back);
    }
    return withDayPart(c, i, prefix, new Val(end, Timex.day(d), TimeAnchor.DCT, d));
  }

  /** A future verb (سيزور، ستعقد) or marker (سوف، المقرر) in the sentence around token i. */
  private boolean isFutureSentence(Ctx c, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
      Tok t = c.tok(k);
      if (t.endsSentence()) {
        break;
      }
      if (isFutureWord(t)) {
        return true;
      }
    }
    for (int k = i + 1; k < c.toks.size() && k <= i + 3; k++) {
      Tok t = c.tok(k);
      if (t.endsSentence()) {
        break;
      }
      if (isFutureWord(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean isFutureWord(Tok t) {
    if (!t.isWord()) {
      return false;
    }
    String w = t.text();
    if (w.length() > 4 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH) && w.charAt(1) == SEEN) {
      w = w.substring(1);
    }
    if (lex.futureMarkers.contains(w)) {
      return true;
    }
    return w.length() >= 4 && w.charAt(0) == SEEN && "يتنا".indexOf(w.charAt(1)) >= 0 && !lex.nonVerbs.contains(w);
  }

  private Found deicticRule(Ctx c, int i) {
    PhraseTable.Hit<Integer> hit = lex.deicticDays.match(c.toks, i);
    if (hit == null) {
      return null;
    }
    int end = hit.end();
    String next = c.word(end);
    boolean weekdayNext = lex.weekdays.containsKey(next);
    if (c.toks.get(end - 1).text().equals("اليوم") && next.startsWith("ال") && !weekdayNext) {
      return null; // اليوم التالي، اليوم الأخير: a noun with its adjective, not today
    }
    if (weekdayNext) {
      end++;
    }
    Val date = dateCore(c, end);
    if (date != null && date.value() != null) {
      return withDayPart(c, i, hit.prefix(), date);
    }
    int offset = hit.value();
    if (c.dct == null) {
      return found(c, i, hit.prefix(), end, TimeType.DATE, ref(offset), TimeAnchor.DCT);
    }
    LocalDate d = c.dct.plusDays(offset);
    return withDayPart(c, i, hit.prefix(), new Val(end, Timex.day(d), TimeAnchor.DCT, d));
  }

  private static String ref(int offset) {
    return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF";
  }

  /** A day value, extended by a following part-of-day adverb (الجمعة مساء) into a TIME. */
  private Found withDayPart(Ctx c, int i, int prefix, Val v) {
    TimeLexicon.DayPart part = lex.dayPartAdverbs.get(c.word(v.end()));
    if (part != null && v.day() != null) {
      return found(c, i, prefix, v.end() + 1, TimeType.TIME, Timex.day(v.day()) + "T" + part.code(), v.anchor());
    }
    return found(c, i, prefix, v.end(), TimeType.DATE, v.value(), v.anchor());
  }

  /** صباح اليوم، مساء أمس، ليل الاثنين، صباحا (anchored), الليلة. */
  private Found dayPartRule(Ctx c, int i) {
    Clitics.Form head = form(c, i, lex.dayPartHeads.keySet());
    if (head != null) {
      int k = i + 1;
      Val day = null;
      PhraseTable.Hit<Integer> deictic = lex.deicticDays.match(c.toks, k);
      if (deictic != null && c.dct != null) {
        LocalDate d = c.dct.plusDays(deictic.value());
        day = new Val(deictic.end(), Timex.day(d), TimeAnchor.DCT, d);
      } else if (deictic == null) {
        Found wd = weekdayRule(c, k);
        if (wd != null && wd.type() == TimeType.DATE && wd.value() != null && wd.value().length() == 10) {
          day = new Val(wd.endTok(), wd.value(), wd.anchor(), LocalDate.parse(wd.value()));
        } else {
          Val date = dateCore(c, k);
          if (date != null && date.day() != null) {
            day = date;
          }
        }
      }
      if (day != null) {
        String part = lex.dayPartHeads.get(head.form()).code();
        return found(c, i, head.prefix(), day.end(), TimeType.TIME, Timex.day(day.day()) + "T" + part, day.anchor());
      }
    }
    Clitics.Form tonight = form(c, i, lex.tonight);
    if (tonight != null && !c.word(i + 1).startsWith("ال")) {
      String v = c.dct == null ? "PRESENT_REF" : Timex.day(c.dct) + "TNI";
      return found(c, i, tonight.prefix(), i + 1, c.dct == null ? TimeType.DATE : TimeType.TIME, v, TimeAnchor.DCT);
    }
    String w = c.word(i);
    TimeLexicon.DayPart adverb = lex.dayPartAdverbs.get(w);
    if (adverb != null && !w.equals("مساء")) {
      LocalDate anchorDay = previousDayInSentence(c, i);
      if (anchorDay != null) {
        return found(c, i, 0, i + 1, TimeType.TIME, Timex.day(anchorDay) + "T" + adverb.code(), TimeAnchor.PREVIOUS);
      }
      if (c.dct != null) {
        return found(c, i, 0, i + 1, TimeType.TIME, Timex.day(c.dct) + "T" + adverb.code(), TimeAnchor.DCT);
      }
      return found(c, i, 0, i + 1, TimeType.TIME, null, TimeAnchor.DCT);
    }
    return null;
  }

  /** The day of the last expression found earlier in the same sentence, if it names one day. */
  private LocalDate previousDayInSentence(Ctx c, int i) {
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

  // ------------------------------------------------------------------ clock times

  private Found clockRule(Ctx c, int i) {
    Clitics.Form saa = form(c, i, SAA);
    int k = saa != null ? i + 1 : i;
    int hour;
    int minute = 0;
    if (c.digits(k) > 0) {
      int d = c.digits(k);
      int v = c.num(k);
      if (c.punct(k + 1, ":") && c.digits(k + 2) == 2) {
        hour = v;
        minute = c.num(k + 2);
        k += 3;
      } else if (saa != null && d == 4) {
        hour = v / 100;
        minute = v % 100;
        k += 1;
      } else if (saa != null && d <= 2) {
        hour = v;
        k += 1;
      } else {
        return null;
      }
    } else if (saa != null) {
      String w = c.word(k);
      if (w.equals("الواحده")) {
        hour = 1;
        k++;
      } else {
        Optional<NumberMatch> m = c.tok(k) == null ? Optional.empty() : numbers.parseAt(c.n, c.tok(k).start());
        if (m.isEmpty() || !m.get().ordinal() || m.get().value() > 12) {
          return null;
        }
        hour = (int) m.get().value();
        k = tokenEndingAt(c, k, m.get().span().end());
        if (k < 0) {
          return null;
        }
      }
      String fraction = c.word(k);
      if (fraction.equals("والنصف")) {
        minute = 30;
        k++;
      } else if (fraction.equals("والربع")) {
        minute = 15;
        k++;
      } else if (fraction.equals("الا") && c.word(k + 1).equals("ربعا") || fraction.equals("الا") && c.word(k + 1).equals("ربع")) {
        hour -= 1;
        minute = 45;
        k += 2;
      }
    } else {
      return null;
    }
    if (hour < 0 || hour > 24 || minute > 59) {
      return null;
    }
    TimeLexicon.DayPart part = lex.dayPartAdverbs.get(c.word(k));
    if (part != null) {
      k++;
      hour = to24(hour, part.code());
    }
    if (form(c, k, ZONE) != null && c.word(k + 1).length() > 0) {
      k += 2;
      if (c.word(k).startsWith("ال") && !lex.weekdays.containsKey(c.word(k))) {
        k++; // بتوقيت مكة المكرمة
      }
    }
    String date = c.dct == null ? "XXXX-XX-XX" : Timex.day(c.dct);
    TimeAnchor anchor = c.dct == null ? TimeAnchor.ABSOLUTE : TimeAnchor.DCT;
    LocalDate prev = previousDayInSentence(c, i);
    if (prev != null) {
      date = Timex.day(prev);
      anchor = TimeAnchor.PREVIOUS;
    }
    return found(c, i, saa != null ? saa.prefix() : 0, k, TimeType.TIME, String.format("%sT%02d:%02d", date, hour % 24, minute), anchor);
  }

  private static int to24(int hour, String part) {
    switch (part) {
      case "EV":
      case "AF":
        return hour < 12 ? hour + 12 : hour;
      case "NI":
        return hour >= 6 && hour < 12 ? hour + 12 : hour;
      case "MI":
        return hour < 6 ? hour + 12 : hour;
      default:
        return hour;
    }
  }

  // ------------------------------------------------------------------ relative periods

  /** هذا الأسبوع، الشهر الماضي، العام المقبل، العام الحالي 2015م، صيف 2015، هذا الصيف. */
  private Found relativePeriodRule(Ctx c, int i) {
    Val v = relativePeriod(c, i);
    if (v == null) {
      return null;
    }
    Clitics.Form f = Clitics.strip(c.word(i), PERIODS);
    if (f == null) {
      f = Clitics.strip(c.word(i), lex.seasons.keySet());
    }
    return found(c, i, f == null ? 0 : f.prefix(), v.end(), TimeType.DATE, v.value(), v.anchor());
  }

  private Val relativePeriod(Ctx c, int i) {
    int k = i;
    boolean thisWord = false;
    if (c.word(i).equals("هذا") || c.word(i).equals("هذه") || c.word(i).equals("وهذا")) {
      thisWord = true;
      k++;
    }
    String w = c.word(k);
    Clitics.Form periodForm = Clitics.strip(w, PERIODS);
    Clitics.Form seasonForm = periodForm == null ? Clitics.strip(w, lex.seasons.keySet()) : null;
    if (periodForm == null && seasonForm == null) {
      return null;
    }
    if (thisWord && (periodForm != null ? periodForm.prefix() : seasonForm.prefix()) > 0) {
      return null;
    }
    int rel;
    int end;
    if (thisWord) {
      rel = 0;
      end = k + 1;
    } else {
      rel = relOf(lex.relative.get(c.word(k + 1)));
      end = k + 2;
      if (rel == 1 && c.word(k + 1).isEmpty()) {
        return null;
      }
    }
    if (periodForm != null) {
      String unit = lex.relative.get(periodForm.form()).substring("period:".length());
      if (unit.equals("Y")) {
        Year explicit = yearNumber(c, rel == Integer.MIN_VALUE ? k + 1 : end);
        if (explicit != null && !explicit.hijri()) {
          return new Val(explicit.end(), Timex.year(explicit.year()), TimeAnchor.ABSOLUTE, null);
        }
      }
      if (rel == Integer.MIN_VALUE) {
        return null;
      }
      if (!thisWord && c.word(k + 1).equals("السابق")) {
        return null; // العام السابق is "the previous year" of some event, not of the dct
      }
      if (c.dct == null) {
        return new Val(end, rel < 0 ? "PAST_REF" : rel > 0 ? "FUTURE_REF" : "PRESENT_REF", TimeAnchor.DCT, null);
      }
      switch (unit) {
        case "W":
          return new Val(end, Timex.week(c.dct.plusWeeks(rel)), TimeAnchor.DCT, null);
        case "M": {
          LocalDate d = c.dct.plusMonths(rel);
          return new Val(end, Timex.month(d.getYear(), d.getMonthValue()), TimeAnchor.DCT, null);
        }
        default:
          return new Val(end, Timex.year(c.dct.getYear() + rel), TimeAnchor.DCT, null);
      }
    }
    String season = lex.seasons.get(seasonForm.form());
    Year explicit = yearNumber(c, k + 1);
    if (explicit != null && !explicit.hijri()) {
      return new Val(explicit.end(), Timex.year(explicit.year()) + "-" + season, TimeAnchor.ABSOLUTE, null);
    }
    if (rel == Integer.MIN_VALUE) {
      return null;
    }
    if (c.dct == null) {
      return new Val(end, rel < 0 ? "PAST_REF" : rel > 0 ? "FUTURE_REF" : "PRESENT_REF", TimeAnchor.DCT, null);
    }
    return new Val(end, Timex.year(c.dct.getYear() + rel) + "-" + season, TimeAnchor.DCT, null);
  }

  private static final Set<String> PERIODS = Set.of("الاسبوع", "الشهر", "العام", "السنه");

  /** منتصف آذار/مارس 2011، أواخر الأسبوع الماضي، بنهاية شهر مايو الماضي: the inner value. */
  private Found modifierRule(Ctx c, int i) {
    String w = c.word(i);
    Clitics.Form f = null;
    for (String key : MODIFIERS) {
      if (w.equals(key) || (w.endsWith(key) && w.length() <= key.length() + 2 && Clitics.isProclitic(w.charAt(0)))) {
        f = new Clitics.Form(key, w.length() - key.length());
        break;
      }
    }
    if (f == null) {
      return null;
    }
    int k = i + 1;
    Val inner = longerVal(dateCore(c, k), relativePeriod(c, k));
    Found year = yearRule(c, k);
    if (year != null && (inner == null || year.endTok() > inner.end())) {
      inner = new Val(year.endTok(), year.value(), year.anchor(), null);
    }
    if (inner == null) {
      Found wd = weekdayRule(c, k);
      if (wd != null) {
        inner = new Val(wd.endTok(), wd.value(), wd.anchor(), null);
      }
    }
    if (inner == null) {
      return null;
    }
    return found(c, i, f.prefix(), inner.end(), TimeType.DATE, inner.value(), inner.anchor());
  }

  private static final List<String> MODIFIERS = List.of("منتصف", "اواسط", "اواخر", "اوائل", "مطلع", "بدايه", "بدايات", "نهايه", "اخر");

  /** في وقت سابق/لاحق (من) + a day: the day; في وقت سابق alone is handled as PAST_REF. */
  private Found earlierLaterRule(Ctx c, int i) {
    if (!c.word(i).equals("في") && !c.word(i).equals("وفي")) {
      return null;
    }
    if (!c.word(i + 1).equals("وقت") || !(c.word(i + 2).equals("سابق") || c.word(i + 2).equals("لاحق"))) {
      return null;
    }
    int k = i + 3;
    if (c.word(k).equals("من")) {
      k++;
    }
    Found inner = null;
    inner = longer(inner, weekdayRule(c, k));
    inner = longer(inner, deicticRule(c, k));
    inner = longer(inner, relativePeriodRule(c, k));
    inner = longer(inner, dateRule(c, k));
    if (inner == null) {
      return null;
    }
    int prefix = c.word(i).equals("وفي") ? 1 : 0;
    return found(c, i, prefix, inner.endTok(), inner.type(), inner.value(), inner.anchor());
  }

  private Found referenceRule(Ctx c, int i) {
    PhraseTable.Hit<String> hit = lex.references.match(c.toks, i);
    if (hit == null) {
      return null;
    }
    return found(c, i, hit.prefix(), hit.end(), TimeType.DATE, hit.value(), TimeAnchor.DCT);
  }

  /** التسعينيات (من القرن الماضي)، القرن العشرين، القرن الماضي. */
  private Found decadeRule(Ctx c, int i) {
    Clitics.Form dec = form(c, i, lex.decades.keySet());
    if (dec != null) {
      int end = i + 1;
      if (c.word(end).equals("من") && c.word(end + 1).equals("القرن")) {
        end += 2;
        end += c.word(end).isEmpty() ? 0 : 1;
      }
      return found(c, i, dec.prefix(), end, TimeType.DATE, "19" + lex.decades.get(dec.form()), TimeAnchor.ABSOLUTE);
    }
    Clitics.Form century = form(c, i, CENTURY);
    if (century == null || c.tok(i + 1) == null) {
      return null;
    }
    int rel = relOf(lex.relative.get(c.word(i + 1)));
    if (rel != Integer.MIN_VALUE) {
      if (c.dct == null) {
        return found(c, i, century.prefix(), i + 2, TimeType.DATE, ref(rel), TimeAnchor.DCT);
      }
      int cent = (c.dct.getYear() - 1) / 100 + rel; // 2016 is in the 21st century, written "20"
      return found(c, i, century.prefix(), i + 2, TimeType.DATE, String.format("%02d", cent), TimeAnchor.DCT);
    }
    Optional<NumberMatch> m = numbers.parseAt(c.n, c.tok(i + 1).start());
    if (m.isEmpty() || !m.get().ordinal() || m.get().value() < 1 || m.get().value() > 30) {
      return null;
    }
    int end = tokenEndingAt(c, i + 1, m.get().span().end());
    if (end < 0) {
      return null;
    }
    return found(c, i, century.prefix(), end, TimeType.DATE, String.format("%02d", m.get().value() - 1), TimeAnchor.ABSOLUTE);
  }

  // ------------------------------------------------------------------ durations and sets

  /** An amount of a unit starting at token j. {@code amount} < 0 means vague (some years). */
  private record Dur(int end, double amount, String unit) {}

  private Dur durationAt(Ctx c, int j, boolean allowBareSingular) {
    Tok t = c.tok(j);
    if (t == null || t.kind() == TimeTokens.Kind.PUNCT) {
      return null;
    }
    if (t.isWord()) {
      TimeLexicon.Unit u = lex.units.get(t.text());
      if (u != null) {
        if (u.count() == 2) {
          return half(c, new Dur(j + 1, 2, u.code()));
        }
        if (u.count() == 1 && (allowBareSingular || u.code().equals("ML"))) {
          return half(c, new Dur(j + 1, 1, u.code()));
        }
        return null;
      }
      if (t.text().equals("نصف")) {
        TimeLexicon.Unit next = lex.units.get(c.word(j + 1));
        if (next != null && next.count() == 1) {
          return new Dur(j + 2, 0.5, next.code());
        }
        return null;
      }
    }
    if (t.isWord() && !ArabicNumberParser.isNumberWord(t.text())) {
      return null;
    }
    Optional<NumberMatch> m = numbers.parseAt(c.n, t.start());
    if (m.isEmpty() || m.get().ordinal() || m.get().value() <= 0 || m.get().value() > 10_000) {
      return null;
    }
    int k = tokenEndingAt(c, j, m.get().span().end());
    if (k < 0) {
      return null;
    }
    TimeLexicon.Unit u = lex.units.get(c.word(k));
    if (u == null || u.count() == 2) {
      return null;
    }
    return half(c, new Dur(k + 1, m.get().value(), u.code()));
  }

  /** ونصف after a duration adds a half (خمس سنوات ونصف السنة، ساعة ونصف). */
  private Dur half(Ctx c, Dur d) {
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

  private Found durationRule(Ctx c, int i) {
    Clitics.Form pre = form(c, i, DURATION_PREFIXES);
    Dur d = pre != null ? durationAt(c, i + 1, BARE_UNIT_PREFIXES.contains(pre.form())) : durationAt(c, i, false);
    if (d == null) {
      return null;
    }
    if (pre == null && lex.units.get(c.word(i)) != null && lex.units.get(c.word(i)).count() == 2 && c.word(i + 1).equals("الي")) {
      return null;
    }
    return found(c, i, pre != null ? pre.prefix() : durationPrefix(c, i), d.end(), TimeType.DURATION, Timex.duration(d.amount(), d.unit()), TimeAnchor.ABSOLUTE);
  }

  private int durationPrefix(Ctx c, int i) {
    Tok t = c.tok(i);
    if (!t.isWord()) {
      return 0;
    }
    Optional<NumberMatch> m = numbers.parseAt(c.n, t.start());
    return m.map(x -> x.span().start() - t.start()).orElse(0);
  }

  /** قبل 11 عاما (a past date); منذ ثلاثة أيام (past date) or منذ خمس سنوات after a state (duration). */
  private Found agoRule(Ctx c, int i) {
    Clitics.Form ago = form(c, i, AGO);
    if (ago == null) {
      return null;
    }
    int k = i + 1;
    Dur d = durationAt(c, k, true);
    if (d == null) {
      // منذ أشهر (طويلة)، منذ عدة سنوات: vague
      int q = k;
      if (VAGUE_QUANTIFIERS.contains(c.word(q))) {
        q++;
      }
      TimeLexicon.Unit u = lex.units.get(c.word(q));
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
    Found year = yearRule(c, k);
    if (year != null && year.endTok() > d.end()) {
      return null;
    }
    if (ago.form().equals("منذ") && continuingState(c, i)) {
      return found(c, i, ago.prefix(), d.end(), TimeType.DURATION, Timex.duration(d.amount(), d.unit()), TimeAnchor.ABSOLUTE);
    }
    if (c.dct == null) {
      return found(c, i, ago.prefix(), d.end(), TimeType.DATE, "PAST_REF", TimeAnchor.DCT);
    }
    String shifted = Timex.shifted(c.dct, Math.round(Math.floor(d.amount())), d.unit());
    return found(c, i, ago.prefix(), d.end(), TimeType.DATE, shifted == null ? "PAST_REF" : shifted, TimeAnchor.DCT);
  }

  private boolean continuingState(Ctx c, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      Tok t = c.tok(k);
      if (t.endsSentence()) {
        return false;
      }
      String w = t.text();
      if (lex.continuative.contains(w) || (w.length() > 3 && w.charAt(0) == Clitics.WAW && lex.continuative.contains(w.substring(1)))) {
        return true;
      }
    }
    return false;
  }

  /** الأيام الثلاثة الماضية، السنوات الـ6 الماضية، اليومين الماضيين: durations. */
  private Found pastNRule(Ctx c, int i) {
    String w = c.word(i);
    Clitics.Form f = Clitics.strip(w, ARTICLE_UNITS);
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
      Tok t = c.tok(k);
      if (t == null || t.kind() == TimeTokens.Kind.PUNCT) {
        return null;
      }
      int at = t.start();
      if (t.isWord() && t.text().startsWith("ال")) {
        at += 2;
      }
      Optional<NumberMatch> m = numbers.parseAt(c.n, at);
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
    int rel = relOf(lex.relative.get(c.word(k)));
    if (rel != -1 && rel != 1) {
      return null;
    }
    return found(c, i, f.prefix(), k + 1, TimeType.DURATION, Timex.duration(amount, u.code()), TimeAnchor.ABSOLUTE);
  }

  private static final Set<String> ARTICLE_UNITS = Set.of(
      "السنوات", "الاعوام", "الاشهر", "الشهور", "الاسابيع", "الايام", "الساعات", "الدقائق", "العقود",
      "السنتين", "العامين", "الشهرين", "الاسبوعين", "اليومين", "الساعتين", "العقدين");

  /** يوميا، أسبوعيا، كل يوم، كل ثلاثة أشهر. */
  private Found setRule(Ctx c, int i) {
    String w = c.word(i);
    Clitics.Form adverb = Clitics.strip(w, lex.sets.keySet());
    if (adverb != null) {
      return found(c, i, adverb.prefix(), i + 1, TimeType.SET, lex.sets.get(adverb.form()), TimeAnchor.ABSOLUTE);
    }
    Clitics.Form kul = Clitics.strip(w, KUL);
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
