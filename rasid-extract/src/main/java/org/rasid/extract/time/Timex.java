package org.rasid.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;

/**
 * TIMEX3 value formatting and calendar arithmetic.
 *
 * <p>Conventions (see eval/gold/README.md): days YYYY-MM-DD, months YYYY-MM, years YYYY, ISO weeks
 * YYYY-Www, seasons YYYY-SU, decades YYY, centuries YY, times YYYY-MM-DDTHH:MM or a part of the day
 * YYYY-MM-DDTMO; durations P… (whole hours P48H as in analysis.schema.json, minutes PT30M, a half
 * in the next finer unit P1Y6M, other fractions as a decimal of the unit written P2.3Y, PT16.7S); unknown
 * years XXXX. A Hijri month or year that has no Gregorian twin
 * is given as the Gregorian month (year) holding its middle day. Hijri dates are converted with
 * {@link HijrahDate} (Umm al-Qura).
 */
final class Timex {

  private Timex() {}

  /**
   * YYYY-MM-DD, as {@link LocalDate#toString} writes it; the years 1000–9999 (all news dates) are
   * written digit by digit into a Latin-1 string, which costs a tenth of the general formatting (a
   * day value is made for most expressions the tagger tries).
   */
  static String day(LocalDate d) {
    int y = d.getYear();
    if (y < 1000 || y > 9999) {
      return d.toString(); // a sign or a fifth digit
    }
    int m = d.getMonthValue();
    int dd = d.getDayOfMonth();
    byte[] b = {
      digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10), '-',
      digit(m / 10), digit(m % 10), '-', digit(dd / 10), digit(dd % 10)
    };
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static byte digit(int v) {
    return (byte) ('0' + v);
  }

  static String month(int y, int m) {
    return pad(y, 4) + "-" + pad(m, 2);
  }

  static String year(int y) {
    return pad(y, 4);
  }

  /**
   * The ISO week of {@code d}, YYYY-Www: the week-based year and week are those of the week's
   * Thursday (ISO 8601: week 1 holds the year's first Thursday), read by arithmetic on the date, the
   * same as {@link IsoFields#WEEK_BASED_YEAR} and {@link IsoFields#WEEK_OF_WEEK_BASED_YEAR} give at a
   * fifth of their cost.
   */
  static String week(LocalDate d) {
    LocalDate thursday = d.plusDays(4 - d.getDayOfWeek().getValue());
    return pad(thursday.getYear(), 4) + "-W" + pad((thursday.getDayOfYear() - 1) / 7 + 1, 2);
  }

  /**
   * The day a value starts with, YYYY-MM-DD in ASCII digits (a day, or a time of it), read as {@link
   * LocalDate#parse} reads those ten characters; null when the value does not start with a day that
   * exists. Reads the digits itself: the formatter's parse cost a micro-second a call.
   */
  static LocalDate dayOf(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    for (int k = 0; k < 10; k++) {
      char ch = value.charAt(k);
      if (k == 4 || k == 7 ? ch != '-' : ch < '0' || ch > '9') {
        return null;
      }
    }
    return date(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10), Integer.parseInt(value, 8, 10, 10));
  }

  /** {@code v} in decimal with leading zeros to {@code width} digits, as {@code %0<width>d} writes it. */
  static String pad(long v, int width) {
    if (v < 0) {
      return String.format("%0" + width + "d", v);
    }
    String s = Long.toString(v);
    if (s.length() >= width) {
      return s;
    }
    return "0".repeat(width - s.length()) + s;
  }

  /**
   * A Gregorian date from a Hijri one, or null when out of the supported range or invalid: what
   * {@code LocalDate.from(HijrahDate.of(y, m, d))} gives, read from {@link HijriMonths} in the
   * years it holds.
   */
  static LocalDate fromHijri(int y, int m, int d) {
    if (HijriMonths.holds(y)) {
      if (m < 1 || m > 12) {
        return null;
      }
      long start = HijriMonths.start(y, m);
      return d < 1 || d > HijriMonths.start(y, m + 1) - start ? null : LocalDate.ofEpochDay(start + d - 1);
    }
    try {
      return LocalDate.from(HijrahDate.of(y, m, d));
    } catch (DateTimeException | ArrayIndexOutOfBoundsException e) {
      return null; // JDK 17 reads past its month table for some dates just after its last year (1601)
    }
  }

  /** The Gregorian month holding the middle of a Hijri month, as YYYY-MM; null out of range. */
  static String hijriMonth(int y, int m) {
    LocalDate first = fromHijri(y, m, 1);
    if (first == null) {
      return null;
    }
    LocalDate mid = first.plusDays(14);
    return month(mid.getYear(), mid.getMonthValue());
  }

  /** The Gregorian year holding the middle of a Hijri year; null out of range. */
  static String hijriYear(int y) {
    LocalDate first = fromHijri(y, 1, 1);
    if (first == null) {
      return null;
    }
    return year(first.plusDays(177).getYear());
  }

  /** The Hijri year a Gregorian date falls in; -1 out of range. */
  static int hijriYearOf(LocalDate d) {
    int year = HijriMonths.yearOf(d.toEpochDay());
    if (year != HijriMonths.OUTSIDE) {
      return year;
    }
    try {
      return HijrahDate.from(d).get(ChronoField.YEAR);
    } catch (DateTimeException | ArrayIndexOutOfBoundsException e) {
      return -1;
    }
  }

  /**
   * The Umm al-Qura calendar of {@link HijrahChronology#INSTANCE} as a table of the epoch day each
   * month starts on, made once from the chronology: converting a Hijri date (Saudi news dates most
   * events by the Hijri calendar too: رمضان، عيد الأضحى، 1436هـ) is then one array read instead of
   * the chronology's checks and look-ups. It holds the whole years from the chronology's first on
   * that convert month by month (1300–1600 on JDK 17); {@link Timex} asks the chronology itself
   * outside them. The test compares both on every day of the range.
   */
  static final class HijriMonths {
    /** {@link #yearOf} of a day outside the table. */
    static final int OUTSIDE = Integer.MIN_VALUE;
    private static final int FIRST_YEAR;
    /** Per month from FIRST_YEAR's first, the epoch day of its first day; then the day after the last month. */
    private static final long[] STARTS;

    static {
      int first = (int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMinimum();
      int last = (int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMaximum();
      long[] starts = new long[(last - first + 1) * 12 + 1];
      int months = 0;
      long end = 0;
      try {
        for (int y = first; y <= last; y++) {
          long[] year = new long[12];
          long yearEnd = 0;
          for (int m = 1; m <= 12; m++) {
            HijrahDate d = HijrahDate.of(y, m, 1);
            year[m - 1] = d.toEpochDay();
            yearEnd = year[m - 1] + d.lengthOfMonth();
          }
          System.arraycopy(year, 0, starts, months, 12);
          months += 12;
          end = yearEnd;
        }
      } catch (DateTimeException e) {
        // the year that does not convert and those after it stay with the chronology
      }
      starts[months] = end;
      FIRST_YEAR = first;
      STARTS = java.util.Arrays.copyOf(starts, months + 1);
    }

    private HijriMonths() {}

    /** Whether the table holds Hijri year {@code y}. */
    static boolean holds(int y) {
      return y >= FIRST_YEAR && y < FIRST_YEAR + (STARTS.length - 1) / 12;
    }

    /** The epoch day month {@code m} (1–13: 13 is the next year's first) of held year {@code y} starts on. */
    static long start(int y, int m) {
      return STARTS[(y - FIRST_YEAR) * 12 + m - 1];
    }

    /** The Hijri year of epoch day {@code epochDay}, or {@link #OUTSIDE} when the table does not hold it. */
    static int yearOf(long epochDay) {
      if (STARTS.length == 1 || epochDay < STARTS[0] || epochDay >= STARTS[STARTS.length - 1]) {
        return OUTSIDE;
      }
      int at = java.util.Arrays.binarySearch(STARTS, epochDay);
      int month = at >= 0 ? at : -at - 2; // the last month starting on or before the day
      return FIRST_YEAR + month / 12;
    }
  }

  /** A Gregorian date, or null when the day does not exist. */
  static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A duration value: amount (may end in .5) of a unit (Y, M, W, D, H, MIN, SEC, DE, CE, ML). */
  static String duration(double amount, String unit) {
    if (amount * 2 != Math.floor(amount * 2) || amount != Math.floor(amount) && unit.equals("SEC")) {
      return decimalDuration(amount, unit);
    }
    boolean half = amount != Math.floor(amount);
    long whole = (long) Math.floor(amount);
    switch (unit) {
      case "Y":
        return half ? "P" + (whole == 0 ? "" : whole + "Y") + "6M" : "P" + whole + "Y";
      case "M":
        return half ? "P" + (whole == 0 ? "" : whole + "M") + "15D" : "P" + whole + "M";
      case "W":
        return half ? "P" + (whole * 7 + 3) + "D" + "T12H" : "P" + whole + "W";
      case "D":
        return half ? "P" + (whole == 0 ? "" : whole + "D") + "T12H" : "P" + whole + "D";
      case "H":
        // whole hours as in the output contract's example (P48H); a half hour needs the T form
        return half ? "PT" + (whole == 0 ? "" : whole + "H") + "30M" : "P" + whole + "H";
      case "MIN":
        return half ? "PT" + whole + "M30S" : "PT" + whole + "M";
      case "SEC":
        return "PT" + whole + "S";
      case "DE":
        return "P" + Math.round(amount * 10) + "Y";
      case "CE":
        return "P" + Math.round(amount * 100) + "Y";
      case "ML":
        return "P" + Math.round(amount * 1000) + "Y";
      default:
        throw new IllegalArgumentException("unknown duration unit " + unit);
    }
  }

  /**
   * An amount with a fraction other than a half (2.3 years, 16.7 seconds): ISO 8601's decimal
   * fraction of the one unit written, P2.3Y, PT16.7S (decades, centuries and millennia as years).
   */
  private static String decimalDuration(double amount, String unit) {
    return switch (unit) {
      case "Y", "M", "W", "D" -> "P" + decimal(amount, 0) + unit;
      case "H" -> "PT" + decimal(amount, 0) + "H";
      case "MIN" -> "PT" + decimal(amount, 0) + "M";
      case "SEC" -> "PT" + decimal(amount, 0) + "S";
      case "DE" -> "P" + decimal(amount, 1) + "Y";
      case "CE" -> "P" + decimal(amount, 2) + "Y";
      case "ML" -> "P" + decimal(amount, 3) + "Y";
      default -> throw new IllegalArgumentException("unknown duration unit " + unit);
    };
  }

  /**
   * {@code amount} times ten to the {@code shift} as written in decimal, without trailing zeros
   * (2.30 → 2.3; 2.3 decades with shift 1 → 23, exactly: the point is moved, not multiplied in
   * binary floating point).
   */
  private static String decimal(double amount, int shift) {
    return java.math.BigDecimal.valueOf(amount).movePointRight(shift).stripTrailingZeros().toPlainString();
  }

  /** A vague duration (some years, months …): PXY, PXM, PXW, PXD, PTXH, PXDE, PXCE. */
  static String vagueDuration(String unit) {
    switch (unit) {
      case "H":
        return "PXH";
      case "MIN":
        return "PTXM";
      case "SEC":
        return "PTXS";
      default:
        return "PX" + unit;
    }
  }

  /**
   * Same as {@link #shifted} for an amount that may have a half (منذ نصف قرن، منذ عام ونصف): a part
   * of a unit is counted in the next finer one (half a century = 50 years, a year and a half = 18
   * months, a month and a half = 45 days, given as their month).
   */
  static String shiftedBy(LocalDate dct, double amount, String unit) {
    long whole = (long) Math.floor(amount);
    if (amount == whole) {
      return shifted(dct, whole, unit);
    }
    switch (unit) {
      case "CE":
        return shifted(dct, Math.round(amount * 100), "Y");
      case "DE":
        return shifted(dct, Math.round(amount * 10), "Y");
      case "ML":
        return shifted(dct, Math.round(amount * 1000), "Y");
      case "Y":
        return shifted(dct, Math.round(amount * 12), "M");
      case "M": {
        LocalDate d = dct.minusDays(Math.round(amount * 30));
        return month(d.getYear(), d.getMonthValue());
      }
      case "W":
        return shifted(dct, Math.round(amount * 7), "D");
      default:
        return shifted(dct, whole, unit);
    }
  }

  /**
   * The date {@code amount} units before (negative: after) {@code dct}, at the unit's granularity;
   * null when that falls before year 1 (قبل 2011 عاما in a 1990 text is not a date).
   */
  static String shifted(LocalDate dct, long amount, String unit) {
    long years = unit.equals("CE") ? amount * 100 : unit.equals("DE") ? amount * 10 : unit.equals("Y") ? amount : 0;
    if (dct.getYear() - years < 1) {
      return null;
    }
    switch (unit) {
      case "Y":
        return year(dct.minusYears(amount).getYear());
      case "DE":
        return year(dct.minusYears(amount * 10).getYear());
      case "CE":
        return year(dct.minusYears(amount * 100).getYear());
      case "M": {
        LocalDate d = dct.minusMonths(amount);
        return month(d.getYear(), d.getMonthValue());
      }
      case "W":
        return week(dct.minusWeeks(amount));
      case "D":
        return day(dct.minusDays(amount));
      default:
        return day(dct); // hours, minutes: the day itself
    }
  }
}
