package org.rasid.app.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Set;

/**
 * The body of {@code POST /api/analyze}, validated.
 *
 * <p>Two forms: JSON {@code {"text": "...", "id": "...", "dct": "YYYY-MM-DD", "tokens": true}}
 * where only {@code text} is required, or a {@code text/plain} body that is the text itself, with
 * {@code id}, {@code dct} and {@code tokens} as query parameters. Rules: malformed JSON, a non-object
 * body, missing or non-string text, wrongly typed or unknown fields and impossible dates are each
 * reported under their field name; the empty text is valid (it has an empty analysis).
 *
 * @param text the article text, analyzed unchanged
 * @param id document id, {@code input} when not given
 * @param dct publication date given by the client, or null
 * @param tokens whether to include tokens in the answer
 */
record AnalyzeRequest(String text, String id, LocalDate dct, boolean tokens) {

  static final String DEFAULT_ID = "input";
  private static final Set<String> FIELDS = Set.of("text", "id", "dct", "tokens");

  static AnalyzeRequest fromJson(String body, ObjectMapper mapper) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON", java.util.Map.of("body", java.util.List.of(describe(e))));
    }
    FieldErrors errors = new FieldErrors();
    if (root == null || !root.isObject()) {
      errors.add("body", "must be a JSON object like {\"text\": \"...\"}");
      errors.throwIfAny("invalid request");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        errors.add(name, "unknown field; expected text, id, dct or tokens");
      }
    }
    String text = null;
    JsonNode t = root.get("text");
    if (t == null || t.isNull()) {
      errors.add("text", "is required");
    } else if (!t.isTextual()) {
      errors.add("text", "must be a string");
    } else {
      text = t.textValue();
    }
    String id = DEFAULT_ID;
    JsonNode i = root.get("id");
    if (i != null && !i.isNull()) {
      if (!i.isTextual() || i.textValue().isBlank()) {
        errors.add("id", "must be a non-empty string");
      } else {
        id = i.textValue();
      }
    }
    LocalDate dct = null;
    JsonNode d = root.get("dct");
    if (d != null && !d.isNull()) {
      if (!d.isTextual()) {
        errors.add("dct", "must be YYYY-MM-DD");
      } else {
        dct = QueryParams.parseDate(d.textValue(), "dct", errors);
      }
    }
    boolean tokens = false;
    JsonNode k = root.get("tokens");
    if (k != null && !k.isNull()) {
      if (!k.isBoolean()) {
        errors.add("tokens", "must be true or false");
      } else {
        tokens = k.booleanValue();
      }
    }
    errors.throwIfAny("invalid request");
    return new AnalyzeRequest(text, id, dct, tokens);
  }

  /** A text/plain body; options come from the query parameters. */
  static AnalyzeRequest fromPlainText(String body, QueryParams params) {
    String id = params.string("id", DEFAULT_ID);
    LocalDate dct = params.date("dct");
    String tokens = params.choice("tokens", "false", Set.of("true", "false"));
    params.validate();
    return new AnalyzeRequest(body, id, dct, Boolean.parseBoolean(tokens));
  }

  /** Jackson's message without the excerpt of the body it quotes, plus where it happened. */
  private static String describe(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    int nl = msg == null ? -1 : msg.indexOf('\n');
    String first = msg == null ? "unreadable JSON" : nl < 0 ? msg : msg.substring(0, nl);
    JsonLocation at = e.getLocation();
    return at == null ? first : first + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }
}
