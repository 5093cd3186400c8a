package org.rasid.app.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the errors of one request's fields so that a client learns about all of them at once,
 * then fails with a single 400. One instance per request; never shared.
 */
final class FieldErrors {

  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  void add(String field, String error) {
    errors.computeIfAbsent(field, k -> new ArrayList<>()).add(error);
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws a 400 listing every field's errors when any were added. */
  void throwIfAny(String message) {
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(message, errors);
    }
  }
}
