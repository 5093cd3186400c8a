package org.rasid.app.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of every error answer: {@code {"error": "...", "fields": {"dct": ["must be
 * YYYY-MM-DD"]}}}. {@code fields} is left out when no single field is to blame.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ErrorBody(String error, Map<String, List<String>> fields) {

  ErrorBody {
    fields = fields == null ? Map.of() : fields;
  }

  static ErrorBody of(String error) {
    return new ErrorBody(error, Map.of());
  }
}
