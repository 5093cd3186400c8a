package org.rasid.app.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasid.app.samples.SampleArticles;
import org.rasid.app.schema.SchemaValidator;
import org.rasid.core.model.Document;
import org.rasid.extract.Analyzer;
import org.rasid.store.json.AnalysisJson;

/**
 * End-to-end golden tests: {@code rasid analyze --tokens --pretty} on each bundled sample must
 * validate against the schema, keep every span's text equal to its substring, and equal the
 * reviewed golden file in {@code src/test/resources/golden/}.
 *
 * <p>After an intended change, regenerate with {@code mvn -pl rasid-app -am test
 * -Dtest=TestSampleGolden -Drasid.golden.update=true -Dsurefire.failIfNoSpecifiedTests=false},
 * review the diff ({@code git diff rasid-app/src/test/resources/golden}) and commit it.
 */
class TestSampleGolden {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path GOLDEN_DIR = Path.of("src/test/resources/golden");
  private static Analyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = Analyzer.create();
  }

  static Stream<Document> samples() {
    return SampleArticles.load().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void matchesGoldenAndSchema(Document doc) throws IOException {
    String json =
        new AnalysisJson().toJson(analyzer.analyze(doc), new AnalysisJson.Options(true, true, true)) + "\n";
    assertEquals("", SchemaValidator.analysisSchema().errors(json), "schema violations");
    checkSpans(JSON.readTree(json));
    Path golden = GOLDEN_DIR.resolve(doc.id() + ".json");
    if (Boolean.getBoolean("rasid.golden.update")) {
      Files.writeString(golden, json, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "no golden file " + golden.toAbsolutePath() + " (run with -Drasid.golden.update=true)");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json, "output differs from " + golden);
  }

  /** Every span object anywhere in the output has text == text.substring(start, end). */
  private static void checkSpans(JsonNode root) {
    String text = root.get("text").asText();
    for (String kind : List.of("sentences", "tokens", "entities", "times", "quotes")) {
      for (JsonNode s : root.path(kind)) {
        assertSpan(text, s, kind);
        if (s.has("cue")) {
          assertSpan(text, s.get("cue"), kind + ".cue");
        }
      }
    }
    for (JsonNode e : root.path("events")) {
      assertSpan(text, e.get("trigger"), "events.trigger");
      for (String arg : List.of("actor", "target", "location")) {
        if (e.hasNonNull(arg)) {
          assertSpan(text, e.get(arg), "events." + arg);
        }
      }
    }
  }

  private static void assertSpan(String text, JsonNode s, String where) {
    int start = s.get("start").asInt();
    int end = s.get("end").asInt();
    assertTrue(0 <= start && start <= end && end <= text.length(), where + " span out of bounds: " + s);
    assertEquals(text.substring(start, end), s.get("text").asText(), where + " text differs from its substring");
  }
}
