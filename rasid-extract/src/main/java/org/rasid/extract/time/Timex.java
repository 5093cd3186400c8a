package org.rasid.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;

/**
 * TIMEX3 value formatting and calendar arithmetic.
 *
 * <p>Conventions (see eval/gold/README.md): days YYYY-MM-DD, months YYYY-MM, years YYYY, ISO weeks
 * YYYY-Www, seasons YYYY-SU, decades YYY, centuries YY, times YYYY-MM-DDTHH:MM or a part of the day
 * YYYY-MM-DDTMO; durations P… (whole hours P48H as in analysis.schema.json, minutes PT30M); unknown
 * years XXXX. A Hijri month or year that has no Gregorian twin
 * is given as the Gregorian month (year) holding its middle day. Hijri dates are converted with
 * {@link HijrahDate} (Umm al-Qura).
 */
final class Timex {

  private Timex() {}

  static String day(LocalDate d) {
    return d.toString();
  }

  // The values are built in char arrays rather than by string concatenation: a tagged expression
  // makes one or two of them, and concatenation's method handles ran cold between documents.

  static String month(int y, int m) {
    if (y < 0 || y > 9999 || m < 0 || m > 99) {
      return pad(y, 4) + "-" + pad(m, 2);
    }
    char[] c = new char[7];
    digits(c, 0, y, 4);
    c[4] = '-';
    digits(c, 5, m, 2);
    return new String(c);
  }

  static String year(int y) {
    return pad(y, 4);
  }

  static String week(LocalDate d) {
    int y = d.get(IsoFields.WEEK_BASED_YEAR);
    int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    if (y < 0 || y > 9999) {
      return pad(y, 4) + "-W" + pad(w, 2);
    }
    char[] c = new char[8];
    digits(c, 0, y, 4);
    c[4] = '-';
    c[5] = 'W';
    digits(c, 6, w, 2);
    return new String(c);
  }

  /** {@code v} in decimal with leading zeros to {@code width} digits, as {@code %0<width>d} writes it. */
  static String pad(long v, int width) {
    if (v < 0) {
      return String.format("%0" + width + "d", v);
    }
    if (width <= 4 && v < POWERS[width]) {
      char[] c = new char[width];
      digits(c, 0, (int) v, width);
      return new String(c);
    }
    String s = Long.toString(v);
    if (s.length() >= width) {
      return s;
    }
    return "0".repeat(width - s.length()) + s;
  }

  private static final int[] POWERS = {1, 10, 100, 1000, 10000};

  /** Writes {@code v} (0 ≤ v < 10^width) into {@code c} at {@code at} as {@code width} digits. */
  private static void digits(char[] c, int at, int v, int width) {
    for (int k = at + width - 1; k >= at; k--) {
      c[k] = (char) ('0' + v % 10);
      v /= 10;
    }
  }

  /** A Gregorian date from a Hijri one, or null when out of the supported range or invalid. */
  static LocalDate fromHijri(int y, int m, int d) {
    try {
      return LocalDate.from(HijrahDate.of(y, m, d));
    } catch (DateTimeException e) {
      return null;
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
    try {
      return HijrahDate.from(d).get(ChronoField.YEAR);
    } catch (DateTimeException e) {
      return -1;
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
    boolean half = amount != Math.floor(amount);
    long whole = (long) Math.floor(amount);
    StringBuilder b = new StringBuilder(12).append('P');
    switch (unit) {
      case "Y":
        return half ? wholeThen(b, whole, 'Y').append("6M").toString() : b.append(whole).append('Y').toString();
      case "M":
        return half ? wholeThen(b, whole, 'M').append("15D").toString() : b.append(whole).append('M').toString();
      case "W":
        return half ? b.append(whole * 7 + 3).append("DT12H").toString() : b.append(whole).append('W').toString();
      case "D":
        return half ? wholeThen(b, whole, 'D').append("T12H").toString() : b.append(whole).append('D').toString();
      case "H":
        // whole hours as in the output contract's example (P48H); a half hour needs the T form
        return half ? wholeThen(b.append('T'), whole, 'H').append("30M").toString() : b.append(whole).append('H').toString();
      case "MIN":
        return half ? b.append('T').append(whole).append("M30S").toString() : b.append('T').append(whole).append('M').toString();
      case "SEC":
        return b.append('T').append(whole).append('S').toString();
      case "DE":
        return b.append(Math.round(amount * 10)).append('Y').toString();
      case "CE":
        return b.append(Math.round(amount * 100)).append('Y').toString();
      case "ML":
        return b.append(Math.round(amount * 1000)).append('Y').toString();
      default:
        throw new IllegalArgumentException("unknown duration unit " + unit);
    }
  }

  /** Appends {@code whole} and its unit letter unless it is 0 (half a year is P6M, not P0Y6M). */
  private static StringBuilder wholeThen(StringBuilder b, long whole, char unit) {
    return whole == 0 ? b : b.append(whole).append(unit);
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
