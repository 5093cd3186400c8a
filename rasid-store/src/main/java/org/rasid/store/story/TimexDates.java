package org.rasid.store.story;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first calendar day a TIMEX3 value denotes: {@code 2015-08-10} (and with a time part),
 * {@code 2015-08}, {@code 2015}, {@code 2015-W33}, a quarter {@code 2015-Q3} (1 July) or a half year
 * {@code 2015-H2} (1 July). Anything else (durations, {@code PAST_REF}, seasons, sets) has no day. Where
 * timelines place a time: the story timeline and the archive's.
 */
public final class TimexDates {

  private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
  private static final Pattern PART = Pattern.compile("^(\\d{4})-([QH])([1-4])$");

  private TimexDates() {}

  /** The first day {@code value} denotes, or empty (null, not a calendar value, or no such day). */
  public static Optional<LocalDate> firstDay(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      Matcher m = DATE.matcher(value);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return Optional.of(LocalDate.of(y, mo, d));
      }
      Matcher p = PART.matcher(value);
      if (p.matches()) {
        int part = Integer.parseInt(p.group(3));
        int months = p.group(2).equals("Q") ? 3 : 6;
        if (part > 12 / months) {
          return Optional.empty();
        }
        return Optional.of(LocalDate.of(Integer.parseInt(p.group(1)), 1 + (part - 1) * months, 1));
      }
      Matcher w = WEEK.matcher(value);
      if (w.matches()) {
        LocalDate jan4 = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4);
        return Optional.of(jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(DayOfWeek.MONDAY));
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
