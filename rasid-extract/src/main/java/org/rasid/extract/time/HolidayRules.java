package org.rasid.extract.time;

import static org.rasid.extract.time.RuleSupport.found;
import static org.rasid.extract.time.RuleSupport.relOf;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeType;
import org.rasid.extract.time.RuleSupport.Ctx;
import org.rasid.extract.time.RuleSupport.Found;
import org.rasid.extract.time.TimeLexicon.Holiday;

/**
 * Holidays fixed in a calendar (the lexicon's {@code holidays.txt}: عيد الفطر، عيد الأضحى، يوم عرفة،
 * رأس السنة الهجرية، المولد النبوي، عيد الميلاد المجيد …), resolved to the day:
 *
 * <ul>
 *   <li>which year: the one written after the name (عيد الفطر لعام 1436هـ، عيد الأضحى 2015), else the
 *       occurrence its adjective names (عيد الفطر الماضي: the last one before the dct; المقبل: the next
 *       one after it), else the occurrence nearest the dct (news about a feast is written around it);
 *       without a dct and a written year: no value;
 *   <li>a Hijri feast's Gregorian day comes from {@link java.time.chrono.HijrahDate} (Umm al-Qura);
 *   <li>an honorific after the name belongs to it (عيد الفطر المبارك، عيد الأضحى السعيد);
 *   <li>before the name, عشية (the eve) is the day before, and أول/ثاني/ثالث/رابع أيام the feast's
 *       first to fourth day.
 * </ul>
 */
final class HolidayRules {

  /** Words before a holiday's name that shift its day: the eve. */
  static final Set<String> EVE = Set.of("عشيه");

  /** The ordinal before أيام (أول أيام عيد الأضحى) → days after the feast's first day. */
  static final Map<String, Integer> DAY_OF = Map.of("اول", 0, "ثاني", 1, "ثالث", 2, "رابع", 3);

  private static final String DAYS = "ايام";

  private final TimeLexicon lex;
  private final CalendarRules calendar;

  HolidayRules(TimeLexicon lex, CalendarRules calendar) {
    this.lex = lex;
    this.calendar = calendar;
  }

  /** A holiday starting at token i, maybe after عشية or أول أيام; null if none. */
  Found holidayRule(Ctx c, int i) {
    int k = i;
    int shift = 0;
    int prefix = 0;
    Clitics.Form eve = c.strip(i, Lookup.HOLIDAY_EVE);
    Clitics.Form ordinal = eve == null ? c.strip(i, Lookup.HOLIDAY_DAY_OF) : null;
    if (eve != null) {
      shift = -1;
      prefix = eve.prefix();
      k = i + 1;
    } else if (ordinal != null) {
      if (!c.word(i + 1).equals(DAYS)) {
        return null;
      }
      shift = DAY_OF.get(ordinal.form());
      prefix = ordinal.prefix();
      k = i + 2;
    }
    PhraseTable.Hit<Holiday> hit = lex.holidays.match(c, k);
    if (hit == null || (k > i && hit.prefix() > 0)) {
      return null;
    }
    if (k == i) {
      prefix = hit.prefix();
    }
    int end = hit.end();
    if (c.isIn(end, WordSet.HONORIFICS)) {
      end++;
    }
    Holiday h = hit.value();
    CalendarRules.Year y = h.hijri() ? calendar.yearAfterHijri(c, end) : calendar.yearSpec(c, end);
    LocalDate day;
    TimeAnchor anchor;
    if (y != null && y.explicit()) {
      day = inYear(h, y);
      anchor = TimeAnchor.ABSOLUTE;
      end = y.end();
    } else {
      int rel = y != null ? y.rel() : relOf(c.relative(end));
      if (y == null && rel != -1 && rel != 1) {
        rel = Integer.MIN_VALUE; // only الماضي/المقبل and their kin name an occurrence
      }
      if (y == null && rel != Integer.MIN_VALUE) {
        end++; // عيد الفطر الماضي
      } else if (y != null) {
        end = y.end(); // عيد الفطر من العام الماضي: the feast of that year
      }
      // عيد الفطر من العام الماضي: the occurrence nearest the dct moved by that many years
      day = c.dct == null ? null : y != null ? occurrence(h, c.dct.plusYears(rel), Integer.MIN_VALUE)
          : occurrence(h, c.dct, rel);
      anchor = TimeAnchor.DCT;
    }
    String value = day == null ? null : Timex.day(day.plusDays(shift));
    return found(c, i, prefix, end, TimeType.DATE, value, anchor);
  }

  /** The holiday in the year written after it (a Hijri year for a Hijri feast, else Gregorian). */
  private static LocalDate inYear(Holiday h, CalendarRules.Year y) {
    if (h.hijri()) {
      if (y.hijri() || y.year() <= 1600) { // عيد الفطر لعام 1436: a Hijri year, as after a Hijri month
        return Timex.fromHijri(y.year(), h.month(), h.day());
      }
      // a Gregorian year: the feast's first occurrence in it
      int hy = Timex.hijriYearOf(LocalDate.of(y.year(), 1, 1));
      for (int k = 0; k <= 1 && hy > 0; k++) {
        LocalDate d = Timex.fromHijri(hy + k, h.month(), h.day());
        if (d != null && d.getYear() == y.year()) {
          return d;
        }
      }
      return null;
    }
    return y.hijri() ? null : Timex.date(y.year(), h.month(), h.day());
  }

  /**
   * The occurrence of {@code h} relative to {@code dct}: the last one before it ({@code rel} -1), the
   * first one after it (1), else the nearest (the earlier of two equally near).
   */
  private static LocalDate occurrence(Holiday h, LocalDate dct, int rel) {
    LocalDate best = null;
    for (LocalDate d : around(h, dct)) {
      if (d == null || (rel == -1 && !d.isBefore(dct)) || (rel == 1 && !d.isAfter(dct))) {
        continue;
      }
      if (best == null || distance(d, dct) < distance(best, dct)) {
        best = d;
      }
    }
    return best;
  }

  /** Days between, doubled, plus one for a day after the dct: of two equally near, the past one is nearer. */
  private static long distance(LocalDate d, LocalDate dct) {
    long days = ChronoUnit.DAYS.between(dct, d);
    return Math.abs(days) * 2 + (days > 0 ? 1 : 0);
  }

  /** The holiday's occurrences in the calendar year before, of and after {@code dct}'s. */
  private static LocalDate[] around(Holiday h, LocalDate dct) {
    LocalDate[] out = new LocalDate[3];
    if (h.hijri()) {
      int hy = Timex.hijriYearOf(dct);
      for (int k = -1; k <= 1 && hy > 0; k++) {
        out[k + 1] = Timex.fromHijri(hy + k, h.month(), h.day());
      }
    } else {
      for (int k = -1; k <= 1; k++) {
        out[k + 1] = Timex.date(dct.getYear() + k, h.month(), h.day());
      }
    }
    return out;
  }
}
