package org.rasid.app.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates JSON against the repository's copy of analysis.schema.json (draft 2020-12). */
public final class SchemaValidator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonSchema schema;

  private SchemaValidator(JsonSchema schema) {
    this.schema = schema;
  }

  public static SchemaValidator analysisSchema() {
    if (SchemaValidator.class.getResource("/schema/analysis.schema.json") == null) {
      throw new IllegalStateException("schema/analysis.schema.json missing from the test classpath");
    }
    // The schema's $id is relative ("rasid/analysis.schema.json"): load it by a classpath location
    // so the validator has a base IRI to resolve it against.
    return new SchemaValidator(
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:schema/analysis.schema.json")));
  }

  /** The validation errors of {@code json}, one per line; empty when valid. */
  public String errors(String json) {
    try {
      return errors(JSON.readTree(json));
    } catch (IOException e) {
      return "not JSON: " + e.getMessage();
    }
  }

  /** The validation errors of a parsed document, one per line; empty when valid. */
  public String errors(JsonNode json) {
    Set<ValidationMessage> msgs = schema.validate(json);
    return msgs.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
  }

  /** Fails the test with every violation when {@code json} does not fit the schema. */
  public void assertValid(JsonNode json) {
    String errors = errors(json);
    if (!errors.isEmpty()) {
      throw new AssertionError("schema violations:\n" + errors);
    }
  }
}
