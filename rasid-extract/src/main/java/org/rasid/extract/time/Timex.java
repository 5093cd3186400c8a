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

  static String week(LocalDate d) {
    return pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
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
