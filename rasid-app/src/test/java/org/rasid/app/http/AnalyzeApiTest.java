package org.rasid.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.app.schema.SchemaValidator;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Document;

/** Analyze, the OpenAPI document, the web page and error answers, against a real running server over an empty index. */
class AnalyzeApiTest {

  private static final long LIMIT = 64 * 1024;

  private static final SchemaValidator SCHEMA = SchemaValidator.analysisSchema();

  @TempDir static Path dataDir;
  private static RunningServer rs;

  @BeforeAll
  static void start() throws IOException {
    rs = RunningServer.empty(dataDir, LIMIT);
  }

  @AfterAll
  static void stop() throws IOException {
    if (rs != null) {
      rs.close();
    }
  }

  // ------------------------------------------------------------------ health, openapi, page

  @Test
  void openApiDocumentDescribesEveryEndpoint() throws Exception {
    HttpResponse<String> r = rs.get("/openapi.json");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode j = rs.json(r);
    assertEquals("3.1.0", j.path("openapi").asText());
    for (String path :
        new String[] {
          "/api/health", "/api/search", "/api/timeline", "/api/articles/{id}", "/api/articles/{id}/similar",
          "/api/entities", "/api/entities/{id}", "/api/analyze"
        }) {
      assertTrue(j.path("paths").has(path), "openapi.json lacks " + path);
    }
    assertTrue(j.path("paths").path("/api/analyze").has("post"));
  }

  @Test
  void webPageIsServedArabicRightToLeft() throws Exception {
    HttpResponse<String> r = rs.get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<html lang=\"ar\" dir=\"rtl\">"), r.body());
    assertEquals(RasidServer.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertFalse(r.body().contains("http://") || r.body().contains("https://"), "the page must not load anything remote");
    HttpResponse<String> font = rs.get("/fonts/NotoNaskhArabic-Regular.ttf");
    assertEquals(200, font.statusCode());
    assertTrue(font.headers().firstValue("Content-Type").orElse("").startsWith("font/ttf"));
    assertEquals(200, rs.get("/fonts/OFL.txt").statusCode());
    assertEquals(200, rs.get("/app.js").statusCode());
    assertEquals(200, rs.get("/app.css").statusCode());
  }

  @Test
  void unknownEndpointIsJson404() throws Exception {
    HttpResponse<String> r = rs.get("/api/nope");
    assertEquals(404, r.statusCode());
    assertTrue(rs.json(r).path("error").asText().contains("/api/nope"));
  }

  // ------------------------------------------------------------------ analyze

  @Test
  void analyzeJsonAnswersSchemaValidAnalysis() throws Exception {
    String text = "قال وزير الخارجية الفرنسي أمس إن مجلس الأمن سيجتمع.";
    HttpResponse<String> r =
        rs.postJson("/api/analyze", "{\"text\": \"" + text + "\", \"id\": \"a1\", \"dct\": \"2016-10-05\", \"tokens\": true}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = rs.json(r);
    assertEquals("a1", j.path("id").asText());
    assertEquals(text, j.path("text").asText());
    assertEquals("2016-10-05", j.path("dct").asText());
    assertEquals("given", j.path("dct_source").asText());
    assertTrue(j.has("tokens"));
    assertSchemaValid(j);
  }

  @Test
  void analyzePlainTextBodyTakesOptionsFromQuery() throws Exception {
    String text = "دمشق : سقط 50 قتيلا اليوم الأربعاء.";
    HttpResponse<String> r =
        rs.post("/api/analyze?id=p1&dct=2012-02-08", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = rs.json(r);
    assertEquals("p1", j.path("id").asText());
    assertEquals(text, j.path("text").asText());
    assertEquals("2012-02-08", j.path("dct").asText());
    assertFalse(j.has("tokens"));
    assertSchemaValid(j);
  }

  @Test
  void analyzeEmptyTextIsValid() throws Exception {
    HttpResponse<String> r = rs.postJson("/api/analyze", "{\"text\": \"\"}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = rs.json(r);
    assertEquals("", j.path("text").asText());
    assertEquals("input", j.path("id").asText());
    assertEquals(0, j.path("entities").size());
    assertSchemaValid(j);
  }

  @Test
  void malformedJsonIs400WithBodyFieldError() throws Exception {
    HttpResponse<String> r = rs.postJson("/api/analyze", "{\"text\": \"مجلس");
    assertEquals(400, r.statusCode());
    JsonNode j = rs.json(r);
    assertEquals("malformed JSON", j.path("error").asText());
    assertTrue(j.path("fields").path("body").get(0).asText().contains("line 1"), r.body());
    assertNoInternals(r.body());
  }

  @Test
  void badFieldsAreAllReportedAtOnce() throws Exception {
    HttpResponse<String> r =
        rs.postJson("/api/analyze", "{\"text\": 5, \"dct\": \"05/10/2016\", \"tokens\": \"yes\", \"lang\": \"ar\"}");
    assertEquals(400, r.statusCode());
    JsonNode f = rs.json(r).path("fields");
    assertEquals("must be a string", f.path("text").get(0).asText());
    assertEquals("must be YYYY-MM-DD", f.path("dct").get(0).asText());
    assertEquals("must be true or false", f.path("tokens").get(0).asText());
    assertTrue(f.has("lang"));
  }

  @Test
  void impossibleDateAndMissingTextAre400() throws Exception {
    HttpResponse<String> r = rs.postJson("/api/analyze", "{\"dct\": \"2016-02-30\"}");
    assertEquals(400, r.statusCode());
    JsonNode f = rs.json(r).path("fields");
    assertEquals("is required", f.path("text").get(0).asText());
    assertTrue(f.path("dct").get(0).asText().contains("calendar"));
  }

  @Test
  void nonObjectJsonIs400() throws Exception {
    HttpResponse<String> r = rs.postJson("/api/analyze", "[\"مجلس الأمن\"]");
    assertEquals(400, r.statusCode());
    assertTrue(rs.json(r).path("fields").has("body"));
    HttpResponse<String> deep = rs.postJson("/api/analyze", "[".repeat(5000) + "]".repeat(5000));
    assertEquals(400, deep.statusCode(), deep.body());
    assertTrue(rs.json(deep).path("fields").has("body"));
    HttpResponse<String> empty = rs.postJson("/api/analyze", "");
    assertEquals(400, empty.statusCode(), empty.body());
  }

  @Test
  void invalidUtf8Is400() throws Exception {
    HttpResponse<String> r = rs.post("/api/analyze", "text/plain", new byte[] {(byte) 0xD9, 0x20, (byte) 0xFF});
    assertEquals(400, r.statusCode());
    assertTrue(rs.json(r).path("fields").has("body"));
  }

  @Test
  void bodyOverTheLimitIs413() throws Exception {
    byte[] big = "م".repeat((int) LIMIT).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = rs.post("/api/analyze", "text/plain", big);
    assertEquals(413, r.statusCode());
    assertTrue(rs.json(r).path("error").asText().contains(String.valueOf(LIMIT)));
    // and the server keeps answering
    assertEquals(200, rs.get("/openapi.json").statusCode());
  }

  @Test
  void chunkedBodyOverTheLimitIs413() throws Exception {
    byte[] big = "م".repeat((int) LIMIT).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = rs.postChunked("/api/analyze", "text/plain", big);
    assertEquals(413, r.statusCode());
    HttpResponse<String> ok = rs.postChunked("/api/analyze", "text/plain", "مجلس الأمن".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("مجلس الأمن", rs.json(ok).path("text").asText());
  }

  @Test
  void unsupportedContentTypeIs415() throws Exception {
    HttpResponse<String> r = rs.post("/api/analyze", "application/xml", "<text/>".getBytes(StandardCharsets.UTF_8));
    assertEquals(415, r.statusCode());
    assertTrue(rs.json(r).has("error"));
  }

  // ------------------------------------------------------------------ helpers

  private static void assertNoInternals(String body) {
    assertFalse(body.contains("Exception"), body);
    assertFalse(body.contains("\tat "), body);
    assertFalse(body.contains("org.rasid"), body);
  }

  private static void assertSchemaValid(JsonNode analysis) {
    SCHEMA.assertValid(analysis);
  }
}
