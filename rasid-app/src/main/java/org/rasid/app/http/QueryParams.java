package org.rasid.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to one request's query parameters; every problem is recorded in a {@link
 * FieldErrors} under the parameter's name instead of failing on the first.
 *
 * <p>Rules: blank means absent; integers must be plain decimal within the given bounds; dates are
 * {@code YYYY-MM-DD} and must exist on the calendar; a choice must be one of the listed values.
 */
final class QueryParams {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Context ctx;
  private final FieldErrors errors = new FieldErrors();

  QueryParams(Context ctx) {
    this.ctx = ctx;
  }

  /** The trimmed value, or null when absent or blank. */
  String string(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    return v.strip();
  }

  /** Every non-blank value of a repeatable parameter ({@code ?type=PER&type=ORG}), trimmed. */
  java.util.List<String> strings(String name) {
    return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).map(String::strip).toList();
  }

  /** Like {@link #strings} but every value must be one of {@code allowed}. */
  java.util.List<String> choices(String name, Set<String> allowed) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String v : strings(name)) {
      if (allowed.contains(v)) {
        out.add(v);
      } else {
        errors.add(name, "unknown value " + v + "; expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
    return out;
  }

  String string(String name, String fallback) {
    String v = string(name);
    return v == null ? fallback : v;
  }

  int integer(String name, int fallback, int min, int max) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        errors.add(name, "must be between " + min + " and " + max);
        return fallback;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(name, "must be an integer");
      return fallback;
    }
  }

  LocalDate date(String name) {
    return parseDate(string(name), name, errors);
  }

  String choice(String name, String fallback, Set<String> allowed) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    if (!allowed.contains(v)) {
      errors.add(name, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
      return fallback;
    }
    return v;
  }

  FieldErrors errors() {
    return errors;
  }

  /** Throws one 400 listing every bad parameter, if any. */
  void validate() {
    errors.throwIfAny("invalid query parameters");
  }

  /** Parses {@code YYYY-MM-DD}, recording an error under {@code field} when it is not one. */
  static LocalDate parseDate(String value, String field, FieldErrors errors) {
    if (value == null) {
      return null;
    }
    if (!ISO_DATE.matcher(value).matches()) {
      errors.add(field, "must be YYYY-MM-DD");
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(field, "must be a real calendar date (YYYY-MM-DD)");
      return null;
    }
  }
}
