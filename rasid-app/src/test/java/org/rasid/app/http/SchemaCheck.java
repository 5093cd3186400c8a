package org.rasid.app.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates JSON against the output contract {@code analysis.schema.json} (a test resource). */
final class SchemaCheck {

  private final JsonSchema schema;

  private SchemaCheck(JsonSchema schema) {
    this.schema = schema;
  }

  static SchemaCheck analysisSchema() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream("/schema/analysis.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("test resource /schema/analysis.schema.json is missing");
      }
      ObjectNode node = (ObjectNode) new ObjectMapper().readTree(in);
      // The contract's $id is a relative name, which the validator rejects as a base URI; the
      // schema only refers to itself (#/$defs/...), so it needs none.
      node.remove("$id");
      return new SchemaCheck(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void assertValid(JsonNode json) {
    Set<ValidationMessage> errors = schema.validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
  }
}
