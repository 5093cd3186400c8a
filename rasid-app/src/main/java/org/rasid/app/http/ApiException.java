package org.rasid.app.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that cannot be answered as asked: carries the HTTP status, a one-line message for the
 * client and, for 400, the errors of each offending field. Turned into an {@link ErrorBody} by
 * {@link ErrorMapping}; never carries internals (paths, class names, stack traces).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Map<String, List<String>> fields;

  private ApiException(int status, String message, Map<String, List<String>> fields) {
    super(message, null, false, false);
    this.status = status;
    this.fields = fields;
  }

  static ApiException badRequest(String message, Map<String, List<String>> fields) {
    return new ApiException(400, message, copy(fields));
  }

  static ApiException badRequest(String field, String error) {
    return badRequest("invalid request", Map.of(field, List.of(error)));
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message, Map.of());
  }

  static ApiException tooLarge(long limit) {
    return new ApiException(413, "request body is larger than the limit of " + limit + " bytes", Map.of());
  }

  static ApiException unsupportedMediaType(String contentType) {
    return new ApiException(
        415, "unsupported content type " + contentType + "; send application/json or text/plain", Map.of());
  }

  int status() {
    return status;
  }

  Map<String, List<String>> fields() {
    return fields;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> fields) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }
}
