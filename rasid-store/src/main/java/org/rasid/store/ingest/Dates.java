package org.rasid.store.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from metadata strings.
 *
 * <p>Rules, first match wins: an ISO date or date-time (2011-07-12, 2011-07-12T09:30:00+03:00,
 * 2011/07/12) → its date as written (the publisher's local date); RFC 1123 (RSS pubDate: Tue, 12
 * Jul 2011 09:30:00 GMT) → its date; anything else → null.
 */
public final class Dates {

  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final DateTimeFormatter RFC_1123_LENIENT =
      DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] [Z][z][O]", Locale.ENGLISH);

  private Dates() {}

  public static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    String t = s.trim();
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      // fall through to the lenient form
    }
    try {
      return OffsetDateTime.parse(t, RFC_1123_LENIENT).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return ZonedDateTime.parse(t, RFC_1123_LENIENT).toLocalDate();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
