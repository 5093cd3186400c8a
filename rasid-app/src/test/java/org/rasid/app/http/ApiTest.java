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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.app.schema.SchemaValidator;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Document;

/** Search, articles, entities and timeline against a real running server holding the five bundled samples. */
class ApiTest {

  private static final long LIMIT = 64 * 1024;
  private static final String SECURITY_COUNCIL = "مجلس الأمن";

  private static final SchemaValidator SCHEMA = SchemaValidator.analysisSchema();

  @TempDir static Path dataDir;
  private static RunningServer rs;

  @BeforeAll
  static void start() throws IOException {
    rs = RunningServer.withSamples(dataDir, LIMIT);
  }

  @AfterAll
  static void stop() throws IOException {
    if (rs != null) {
      rs.close();
    }
  }

  @Test
  void healthCountsTheIngestedArticles() throws Exception {
    HttpResponse<String> r = rs.get("/api/health");
    assertEquals(200, r.statusCode());
    JsonNode j = rs.json(r);
    assertEquals("ok", j.path("status").asText());
    assertEquals(5, j.path("articles").asInt());
  }

  // ------------------------------------------------------------------ search, articles, entities

  @Test
  void searchSecurityCouncilFindsAllFiveSamplesWithHighlightsAndFacets() throws Exception {
    HttpResponse<String> r = rs.get("/api/search?q=" + RunningServer.enc(SECURITY_COUNCIL));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = rs.json(r);
    assertEquals(5, j.path("total").asInt(), r.body());
    Set<String> ids = new HashSet<>();
    for (JsonNode hit : j.path("hits")) {
      ids.add(hit.path("id").asText());
      assertTrue(hit.path("snippet_html").asText().contains("<mark>"), hit.toString());
    }
    Set<String> expected = new HashSet<>();
    rs.samples.forEach(d -> expected.add(d.id()));
    assertEquals(expected, ids);
    assertTrue(j.path("facets").isObject());
  }

  @Test
  void searchSeparatedSpellingFindsGluedUnitedStates() throws Exception {
    HttpResponse<String> r = rs.get("/api/search?limit=10&q=" + RunningServer.enc("الولايات المتحدة"));
    assertEquals(200, r.statusCode(), r.body());
    Set<String> ids = new HashSet<>();
    rs.json(r).path("hits").forEach(h -> ids.add(h.path("id").asText()));
    Document glued =
        rs.samples.stream().filter(d -> d.text().contains("الولاياتالمتحدة")).findFirst().orElseThrow();
    assertTrue(ids.contains(glued.id()), "hits " + ids + " lack " + glued.id());
  }

  @Test
  void hostileQueryTextNeverFailsTheServer() throws Exception {
    String[] queries = {
      "\"", "\"مجلس", "(", ")", "*", "?", "AND", "OR NOT", "مجلس~", "\\", "[1 TO", "{", "/", "+-!",
      "title:مجلس", "مجلس^", "&&", "ـــ", "\u200f\u200e", "الأمن ".repeat(100), "<script>alert(1)</script>"
    };
    for (String q : queries) {
      for (String path : new String[] {"/api/search?q=", "/api/timeline?q=", "/api/entities?name="}) {
        HttpResponse<String> r = rs.get(path + RunningServer.enc(q));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, path + q + " -> " + r.statusCode() + " " + r.body());
        assertNoInternals(r.body().replace("org.rasid.app", ""));
      }
    }
  }

  @Test
  void concurrentRequestsAllSucceed() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      String[] paths = {
        "/api/search?q=" + RunningServer.enc(SECURITY_COUNCIL), "/api/articles/" + rs.samples.get(2).id(),
        "/api/timeline", "/api/entities?name=" + RunningServer.enc("سوريا"), "/api/health"
      };
      for (int i = 0; i < 60; i++) {
        String path = paths[i % paths.length];
        answers.add(pool.submit(() -> rs.get(path).statusCode()));
      }
      for (java.util.concurrent.Future<Integer> a : answers) {
        assertEquals(200, a.get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void overlongUriIsJson414() throws Exception {
    HttpResponse<String> r = rs.get("/api/search?q=" + RunningServer.enc("الأمن".repeat(2000)));
    assertEquals(414, r.statusCode());
    assertTrue(rs.json(r).has("error"), r.body());
    assertEquals(200, rs.get("/api/health").statusCode());
  }

  @Test
  void badSearchParametersAreAllReported() throws Exception {
    HttpResponse<String> r = rs.get("/api/search?limit=0&from=2011-13-01&sort=best&type=PERSON&offset=x");
    assertEquals(400, r.statusCode());
    JsonNode f = rs.json(r).path("fields");
    for (String field : new String[] {"limit", "from", "sort", "type", "offset"}) {
      assertTrue(f.has(field), "no error for " + field + ": " + r.body());
    }
  }

  @Test
  void fromAfterToIs400() throws Exception {
    HttpResponse<String> r = rs.get("/api/search?from=2016-01-01&to=2011-01-01");
    assertEquals(400, r.statusCode());
    assertTrue(rs.json(r).path("fields").has("from"));
  }

  @Test
  void articleHasItsFullAnalysisWithSacredOffsets() throws Exception {
    Document doc = rs.samples.get(0);
    HttpResponse<String> r = rs.get("/api/articles/" + doc.id());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = rs.json(r);
    assertEquals(doc.id(), j.path("id").asText());
    JsonNode a = j.path("analysis");
    assertEquals(doc.text(), a.path("text").asText());
    for (String kind : new String[] {"sentences", "entities", "times", "quotes"}) {
      for (JsonNode span : a.path(kind)) {
        assertEquals(
            span.path("text").asText(),
            doc.text().substring(span.path("start").asInt(), span.path("end").asInt()),
            kind + " span " + span);
      }
    }
    assertSchemaValid(a);
  }

  @Test
  void unknownArticleIs404() throws Exception {
    HttpResponse<String> r = rs.get("/api/articles/no-such-article");
    assertEquals(404, r.statusCode());
    assertTrue(rs.json(r).path("error").asText().contains("no-such-article"));
    assertEquals(404, rs.get("/api/articles/no-such-article/similar").statusCode());
  }

  @Test
  void similarArticlesExcludeTheArticleItself() throws Exception {
    String id = rs.samples.get(1).id();
    HttpResponse<String> r = rs.get("/api/articles/" + id + "/similar?limit=3");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode arts = rs.json(r).path("articles");
    assertTrue(arts.size() <= 3);
    arts.forEach(a -> assertFalse(a.path("id").asText().equals(id)));
  }

  @Test
  void entityLookupNeedsAName() throws Exception {
    HttpResponse<String> r = rs.get("/api/entities");
    assertEquals(400, r.statusCode());
    assertEquals("is required", rs.json(r).path("fields").path("name").get(0).asText());
  }

  @Test
  void entityLookupAnswersAList() throws Exception {
    HttpResponse<String> r = rs.get("/api/entities?name=" + RunningServer.enc("الاسد"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode j = rs.json(r);
    assertEquals("الاسد", j.path("name").asText());
    assertTrue(j.path("entities").isArray());
    for (JsonNode e : j.path("entities")) {
      HttpResponse<String> p = rs.get("/api/entities/" + RunningServer.enc(e.path("entity_id").asText()));
      assertEquals(200, p.statusCode(), p.body());
      assertTrue(rs.json(p).path("over_time").isArray());
    }
  }

  @Test
  void unknownEntityIs404() throws Exception {
    HttpResponse<String> r = rs.get("/api/entities/no-such-entity");
    assertEquals(404, r.statusCode());
    assertNoInternals(r.body());
  }

  @Test
  void timelineListsDatedItems() throws Exception {
    HttpResponse<String> r = rs.get("/api/timeline");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode items = rs.json(r).path("items");
    assertTrue(items.isArray());
    for (JsonNode item : items) {
      assertTrue(item.has("value") && item.has("article_id"), item.toString());
    }
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
