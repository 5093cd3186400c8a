package org.rasid.extract.time;

import static org.rasid.extract.time.RuleSupport.*;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeType;
import org.rasid.core.number.NumberMatch;
import org.rasid.extract.time.TimeTokens.Tok;
import org.rasid.extract.time.RuleSupport.Ctx;
import org.rasid.extract.time.RuleSupport.Found;
import org.rasid.extract.time.RuleSupport.Val;

/**
 * Calendar dates: day + month (+ year) in digits or ordinal words, months with a year or a relative
 * adjective, twin month names of two naming sets (آذار/مارس، يوليو(تموز)), Hijri months (HijrahDate),
 * numeric dates (25 / 7 / 2015 م، 9-10-1436هـ), years (عام 2015، 2015م، في 2011، 1436 هـ), decades
 * and centuries. Ambiguous month names (مارس، آب) need a day, شهر, a year, a twin or a time
 * preposition; a bare Hijri month (رمضان) needs شهر or a year.
 */
final class CalendarRules {

  private final TimeLexicon lex;

  CalendarRules(TimeLexicon lex) {
    this.lex = lex;
  }
  Found dateRule(Ctx c, int i) {
    int k = i;
    int prefix = 0;
    Clitics.Form yawm = form(c, i, Lookup.YAWM_ONLY);
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
  Clitics.Form firstForm(Ctx c, int i) {
    String w = c.word(i);
    if (w.isEmpty()) {
      return null;
    }
    if (lex.gregorianMonths.match(c, i) != null) {
      return new Clitics.Form(w, lex.gregorianMonths.match(c, i).prefix());
    }
    if (lex.hijriMonths.match(c, i) != null) {
      return new Clitics.Form(w, lex.hijriMonths.match(c, i).prefix());
    }
    Clitics.Form f = c.strip(i, Lookup.SHAHR);
    if (f != null) {
      return f;
    }
    Optional<NumberMatch> m = c.number(c.tok(i).start());
    if (m.isPresent()) {
      return new Clitics.Form(w, c.normPrefix(i, m.get().span().start()));
    }
    return null;
  }

  /** A calendar date starting at token j: day+month(+year), month(+year), or numeric. */
  Val dateCore(Ctx c, int j) {
    Val best = null;
    best = longerVal(best, dayMonth(c, j));
    best = longerVal(best, monthYear(c, j));
    best = longerVal(best, numericDate(c, j));
    return best;
  }

  /**
   * The first of two days joined by و before one month (12 و13 يوليو، 4 و5 رمضان): that day of the
   * second's month, resolved as the second is (the same number of days before it); null if no
   * resolved day and month follow the و. {@code k} is the token after the first day.
   */
  private Val firstOfTwoDays(Ctx c, Day first, int k) {
    if (!c.word(k).equals("و")) {
      return null;
    }
    Day second = dayAt(c, k + 1);
    if (second == null || second.day() <= first.day()) {
      return null;
    }
    Val v = dayMonth(c, k + 1);
    if (v == null || v.day() == null) {
      return null;
    }
    LocalDate d = v.day().minusDays(second.day() - first.day());
    return new Val(first.end(), Timex.day(d), v.anchor(), d);
  }

  /** A day of the month: 1–31 in digits or an ordinal word (السادس، الحادي والعشرين). */
  record Day(int end, int day) {}

  Day dayAt(Ctx c, int j) {
    Tok t = c.tok(j);
    if (t == null) {
      return null;
    }
    if (t.isNum()) {
      int d = c.num(j);
      return c.digits(j) <= 2 && d >= 1 && d <= 31 ? new Day(j + 1, d) : null;
    }
    if (!t.isWord() || !c.has(j, WordBits.NUMBER_WORD) || !t.text().contains("ال")) {
      return null;
    }
    Optional<NumberMatch> m = c.numberAt(j);
    if (m.isEmpty() || !m.get().ordinal() || m.get().value() < 1 || m.get().value() > 31) {
      return null;
    }
    int end = tokenEndingAt(c, j, m.get().span().end());
    return end < 0 ? null : new Day(end, (int) m.get().value());
  }

  /**
   * Whether a month name or الشهر starts at one of tokens {@code from..to}: cheap, before parsing
   * (each word's {@link WordBits#MONTH} bit was set when the tokens were made).
   */
  private static boolean monthWithin(Ctx c, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (c.has(k, WordBits.MONTH)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A month name (Gregorian or Hijri), with an optional twin name of the other naming set or, for a
   * Hijri month, an honorific adjective after it ({@code honored}: رمضان المبارك).
   */
  record Month(int end, int month, boolean hijri, boolean amb, boolean honored) {}

  Month monthAt(Ctx c, int j) {
    if (!c.has(j, WordBits.MONTH)) {
      return null; // no month name starts here
    }
    PhraseTable.Hit<Integer> g = lex.gregorianMonths.match(c, j);
    PhraseTable.Hit<Integer> h = g == null ? lex.hijriMonths.match(c, j) : null;
    if (g == null && h == null) {
      return null;
    }
    boolean hijri = g == null;
    PhraseTable.Hit<Integer> hit = hijri ? h : g;
    int end = hit.end();
    boolean amb = hit.amb();
    boolean honored = hijri && c.isIn(end, WordSet.HONORIFICS);
    if (honored) {
      end++; // شهر رمضان المبارك، محرم الحرام: the adjective belongs to the name, which it marks as a month
      amb = false;
    }
    if (!hijri) {
      // twin name: آذار/مارس، مارس اذار، يوليو(تموز)، ايلول ( سبتمبر
      int k = end;
      boolean open = false;
      if (c.punct(k, "/") || c.punct(k, "-") || c.punct(k, "(") || c.punct(k, ",")) {
        open = c.punct(k, "(");
        k++;
      }
      PhraseTable.Hit<Integer> twin = c.tok(k) == null ? null : lex.gregorianMonths.match(c, k);
      if (twin != null && twin.value().equals(hit.value()) && twin.prefix() == 0) {
        end = twin.end();
        amb = false;
        if (open && c.punct(end, ")")) {
          end++;
        }
      }
    }
    return new Month(end, hit.value(), hijri, amb, honored);
  }

  /** A year after a date: [من] (عام|العام|سنة) NNNN [هـ|م], [من] NNNN, or من العام الماضي. */
  record Year(int end, int year, boolean hijri, boolean explicit, int rel) {}

  Year yearSpec(Ctx c, int j) {
    int k = j;
    if (c.word(k).equals("من")) {
      k++;
    }
    Clitics.Form yw = form(c, k, Lookup.YEAR_WORDS);
    if (yw != null) {
      Year y = yearNumber(c, k + 1);
      if (y != null) {
        return y;
      }
      if (YEAR_ARTICLE_WORDS.contains(yw.form())) {
        String role = c.relative(k + 1);
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

  /**
   * {@link #yearSpec} after a Hijri month or feast, where a count often follows the name (خلال شهر
   * رمضان المبارك 1550 بلاغا): a bare number (no عام before it, no هـ or م after it) is a year only
   * in the years news writes, 1300–1500 (Hijri) or 1900–2100 (Gregorian).
   */
  Year yearAfterHijri(Ctx c, int j) {
    Year y = yearSpec(c, j);
    if (y == null || !y.explicit() || y.hijri()) {
      return y;
    }
    int k = c.word(j).equals("من") ? j + 1 : j;
    boolean bare = c.digits(k) > 0 && y.end() == k + 1;
    boolean plausible = (y.year() >= 1300 && y.year() <= 1500) || (y.year() >= 1900 && y.year() <= 2100);
    return bare && !plausible ? null : y;
  }

  /** NNNN with an optional calendar suffix (هـ or م). */
  Year yearNumber(Ctx c, int k) {
    int d = c.digits(k);
    if (d < 3 || d > 4) {
      return null;
    }
    int y = c.num(k);
    int end = k + 1;
    boolean hijri = false;
    if (c.isIn(end, WordSet.HIJRI_SUFFIX)) {
      hijri = true;
      end++;
    } else if (c.isIn(end, WordSet.GREGORIAN_SUFFIX)) {
      end++;
    }
    if (hijri ? (y < 1 || y > 1600) : (y < 1000 || y > 2199)) {
      return null;
    }
    return new Year(end, y, hijri, true, 0);
  }

  /** Nouns an ordinal after them belongs to (الأسبوع الأول من الشهر المقبل is a week, not the 1st). */
  static final Set<String> ORDINAL_NOUNS = Set.of("الاسبوع", "الاسابيع", "الشهر", "الربع", "النصف", "الثلث",
      "الفصل", "العام", "السنه", "العقد", "الجزء", "الشوط", "الدور", "الجوله", "المرحله");

  Val dayMonth(Ctx c, int j) {
    if (!monthWithin(c, j + 1, j + MAX_NUMBER_TOKENS + 2)) {
      return null; // a day needs a month after it (day, من, شهر, month): no number parse
    }
    if (c.has(j, WordBits.NUMBER_WORD) && c.isIn(j - 1, WordSet.ORDINAL_NOUNS)) {
      return null; // an ordinal adjective of the noun before it
    }
    Day day = dayAt(c, j);
    if (day == null) {
      return null;
    }
    int k = day.end();
    Val pair = firstOfTwoDays(c, day, k);
    if (pair != null) {
      return pair;
    }
    if (c.word(k).equals("من")) {
      k++;
    }
    if (form(c, k, Lookup.SHAHR) != null) {
      k++;
    }
    Month m = monthAt(c, k);
    if (m == null) {
      // الخامس من الشهر الجاري/الماضي
      if (c.word(k).equals("الشهر") && c.dct != null) {
        int rel = relOf(c.relative(k + 1));
        if (rel != Integer.MIN_VALUE) {
          LocalDate base = c.dct.plusMonths(rel);
          LocalDate d = Timex.date(base.getYear(), base.getMonthValue(), day.day());
          return d == null ? null : new Val(k + 2, Timex.day(d), TimeAnchor.DCT, d);
        }
      }
      return null;
    }
    Year y = m.hijri() ? yearAfterHijri(c, m.end()) : yearSpec(c, m.end());
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
      return new Val(end, "XXXX-" + Timex.pad(m.month(), 2) + "-" + Timex.pad(day.day(), 2), TimeAnchor.ABSOLUTE, null);
    }
    int yr = c.dct.getYear() + (y != null ? y.rel() : 0);
    LocalDate d = Timex.date(yr, m.month(), day.day());
    return d == null ? null : new Val(end, Timex.day(d), TimeAnchor.DCT, d);
  }

  Val monthYear(Ctx c, int j) {
    int k = j;
    boolean shahr = false;
    if (form(c, k, Lookup.SHAHR) != null) {
      k++;
      shahr = true;
    }
    Month m = monthAt(c, k);
    if (m == null) {
      return null;
    }
    Year y = m.hijri() ? yearAfterHijri(c, m.end()) : yearSpec(c, m.end());
    int rel = Integer.MIN_VALUE;
    int end = m.end();
    if (y != null) {
      end = y.end();
    } else {
      rel = relOf(c.relative(m.end()));
      if (rel != Integer.MIN_VALUE) {
        end = m.end() + 1;
        Year after = yearNumber(c, end);
        if (after != null) {
          y = after;
          end = after.end();
        }
      }
    }
    boolean context = shahr || y != null || rel != Integer.MIN_VALUE || c.isIn(j - 1, WordSet.YEAR_PREPOSITIONS)
        || c.word(j - 1).equals("الي") || c.word(j - 1).equals("من");
    if (m.amb() && !context) {
      return null;
    }
    if (m.hijri() && !(shahr || m.honored() || y != null || rel != Integer.MIN_VALUE)) {
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
      return new Val(end, "XXXX-" + Timex.pad(m.month(), 2), TimeAnchor.ABSOLUTE, null);
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
  Val numericDate(Ctx c, int j) {
    if (c.digits(j) == 0 || c.digits(j + 2) == 0 || c.digits(j + 4) == 0) {
      return null;
    }
    String sep = c.punct(j + 1, "/") ? "/" : c.punct(j + 1, "-") ? "-" : c.punct(j + 1, ".") ? "." : null;
    if (sep == null || !c.punct(j + 3, sep)) {
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
    if (c.isIn(end, WordSet.HIJRI_SUFFIX)) {
      hijri = true;
      end++;
    } else if (c.isIn(end, WordSet.GREGORIAN_SUFFIX)) {
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
  Found yearRule(Ctx c, int i) {
    Clitics.Form yw = form(c, i, Lookup.YEAR_WORDS);
    Year y = null;
    int prefix = 0;
    if (yw != null) {
      y = yearNumber(c, i + 1);
      prefix = yw.prefix();
    } else if (c.digits(i) == 4 || c.digits(i) == 3) {
      Year bare = yearNumber(c, i);
      if (bare != null && (bare.end() > i + 1 || (c.digits(i) == 4 && bare.year() >= 1900 && bare.year() <= 2100
          && (c.isIn(i - 1, WordSet.YEAR_PREPOSITIONS) || c.word(i - 1).equals("عامي") || afterYearAnd(c, i)
              || rangeStart(c, i))
          && !c.has(i + 1, WordBits.UNIT)))) {
        y = bare;
      }
    }
    if (y == null) {
      return null;
    }
    String value = y.hijri() ? Timex.hijriYear(y.year()) : Timex.year(y.year());
    return found(c, i, prefix, y.end(), TimeType.DATE, value, TimeAnchor.ABSOLUTE);
  }

  /**
   * Whether token i, a number, follows و (or إلى، حتى) right after a year just found and comes after
   * that year, within a century (عامي 2011 و2013، في 2014 و 2015، عام 2011 إلى 2014): the second year of
   * a pair is a year as the first is. A smaller number is a count (في عام 2011 و2000 شخص).
   */
  private static boolean afterYearAnd(Ctx c, int i) {
    Found last = c.lastFound();
    if (last == null || !c.isIn(i - 1, WordSet.YEAR_LINKS)) {
      return false;
    }
    String v = last.value();
    if (last.endTok() != i - 1 || last.type() != TimeType.DATE || v == null || v.length() != 4
        || !Character.isDigit(v.charAt(0)) || !Character.isDigit(v.charAt(3))) {
      return false;
    }
    return isLaterYear(Integer.parseInt(v), c.num(i));
  }

  /** What joins two years of a list or a range: و، إلى (من 2011 إلى 2014)، حتى. */
  static final Set<String> YEAR_LINKS = Set.of("و", "الي", "حتي");

  /** Whether {@code second} can be the later year of a pair that starts with {@code first}. */
  private static boolean isLaterYear(int first, int second) {
    return second > first && second - first <= 100;
  }

  /**
   * Whether the 4-digit number at token i starts a range of years, told by the later year after it:
   * من 2011 إلى 2014، من 2011 حتى 2014، بين 2011 و2014 (a number alone after من or بين is a count).
   */
  private static boolean rangeStart(Ctx c, int i) {
    String before = c.word(i - 1);
    String link = c.word(i + 1);
    boolean range = before.equals("من") && (link.equals("الي") || link.equals("حتي")) || before.equals("بين") && link.equals("و");
    return range && c.digits(i + 2) == 4 && isLaterYear(c.num(i), c.num(i + 2));
  }

  /** التسعينيات (من القرن الماضي)، القرن العشرين، القرن الماضي. */
  Found decadeRule(Ctx c, int i) {
    Clitics.Form dec = form(c, i, Lookup.DECADES);
    if (dec != null) {
      int end = i + 1;
      if (c.word(end).equals("من") && c.word(end + 1).equals("القرن")) {
        end += 2;
        end += c.word(end).isEmpty() ? 0 : 1;
      }
      return found(c, i, dec.prefix(), end, TimeType.DATE, "19" + lex.decades.get(dec.form()), TimeAnchor.ABSOLUTE);
    }
    Clitics.Form century = form(c, i, Lookup.CENTURY);
    if (century == null || c.tok(i + 1) == null) {
      return null;
    }
    int rel = relOf(c.relative(i + 1));
    if (rel != Integer.MIN_VALUE) {
      if (c.dct == null) {
        return found(c, i, century.prefix(), i + 2, TimeType.DATE, ref(rel), TimeAnchor.DCT);
      }
      int cent = (c.dct.getYear() - 1) / 100 + rel; // 2016 is in the 21st century, written "20"
      return found(c, i, century.prefix(), i + 2, TimeType.DATE, Timex.pad(cent, 2), TimeAnchor.DCT);
    }
    Optional<NumberMatch> m = c.number(c.tok(i + 1).start());
    if (m.isEmpty() || !m.get().ordinal() || m.get().value() < 1 || m.get().value() > 30) {
      return null;
    }
    int end = tokenEndingAt(c, i + 1, m.get().span().end());
    if (end < 0) {
      return null;
    }
    return found(c, i, century.prefix(), end, TimeType.DATE, Timex.pad(m.get().value() - 1, 2), TimeAnchor.ABSOLUTE);
  }

  /** A day value, extended by a following part-of-day adverb (الجمعة مساء) into a TIME. */
  Found withDayPart(Ctx c, int i, int prefix, Val v) {
    TimeLexicon.DayPart part = c.dayPartAdverb(v.end());
    if (part != null && v.day() != null) {
      return found(c, i, prefix, v.end() + 1, TimeType.TIME, Timex.day(v.day()) + "T" + part.code(), v.anchor());
    }
    return found(c, i, prefix, v.end(), TimeType.DATE, v.value(), v.anchor());
  }

}
