package org.rasid.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.DctSource;
import org.rasid.store.story.StoryIndex;
import org.rasid.store.story.StoryTracker;
import org.rasid.store.story.TermStatistics;

/** Runs a real server with the story routes over a small in-memory story set. */
class StoryRoutesTest {

  private static final LocalDate DAY = LocalDate.of(2015, 8, 10);
  private static final String BERLIN =
      "أكد وزير الخارجية عادل بن أحمد الجبير أن المملكة حريصة على تطوير علاقاتها مع إيران شرط أن تغير إيران سياستها "
          + "التي تكمن بالتدخل في شؤون الدول الخليجية وسوريا والعراق ولبنان. وقال الجبير في مؤتمر صحفي مع نظيره الألماني "
          + "في برلين إن امتناع إيران عن السماح للمفتشين بدخول منشآتها العسكرية يعني عزمها على تصنيع أسلحة نووية.";
  private static final String HEAT =
      "أعلنت وزارة الصحة المصرية وفاة 21 شخصا من كبار السن وإصابة 66 آخرين بالإجهاد الحراري نتيجة ارتفاع درجات الحرارة "
          + "في القاهرة والجيزة. وتوقعت هيئة الأرصاد استمرار موجة الحر حتى نهاية الأسبوع.";

  private final Map<String, Analysis> texts = new HashMap<>();
  private Javalin app;
  private StoryTracker tracker;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper om = new ObjectMapper();

  private void add(String id, String title, String text) {
    Analysis a = new Analysis(id, "test", title, DAY, DctSource.GIVEN, text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    texts.put(id, a);
    tracker.add(a, DAY, "test");
  }

  @BeforeEach
  void start() {
    tracker = StoryTracker.create(TermStatistics.bundled());
    add("a", "الجبير: حريصون على تطوير العلاقة مع إيران", "برلين واس\n" + BERLIN);
    add("b", "الجبير: المملكة حريصة على تطوير علاقاتها مع ايران", "عين اليوم\n" + BERLIN);
    add("c", "وفاة 21 مصريا بسبب الحر", HEAT);
    app = Javalin.create();
    StoryRoutes.register(app, new StoryIndex(tracker, id -> Optional.ofNullable(texts.get(id))));
    app.start(0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listsStoriesBySize() throws Exception {
    HttpResponse<String> r = get("/api/stories?order=size&limit=10");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode j = om.readTree(r.body());
    assertEquals(2, j.get("total").asInt());
    JsonNode first = j.get("stories").get(0);
    assertEquals(2, first.get("size").asInt());
    assertEquals(1, first.get("duplicateCounts").get("a").asInt());
    assertEquals("2015-08-10", first.get("from").asText());
  }

  @Test
  void showsOneStoryWithMembersSummaryAndTimeline() throws Exception {
    String id = tracker.clusterer().storyOf("a").orElseThrow();
    JsonNode j = om.readTree(get("/api/stories/" + id + "?summary=2").body());
    assertEquals(id, j.get("story").get("id").asText());
    assertEquals("a", j.get("members").get(0).get("id").asText());
    assertEquals("a", j.get("members").get(1).get("duplicateOf").asText());
    assertTrue(j.get("summary").size() >= 1 && j.get("summary").size() <= 2);
    JsonNode s = j.get("summary").get(0);
    String text = texts.get(s.get("articleId").asText()).text();
    assertEquals(s.get("text").asText(), text.substring(s.get("span").get("start").asInt(), s.get("span").get("end").asInt()));
    assertEquals("PUBLISHED", j.get("timeline").get(0).get("kind").asText());
  }

  @Test
  void unknownStoryIs404() throws Exception {
    HttpResponse<String> r = get("/api/stories/nope");
    assertEquals(404, r.statusCode());
    assertTrue(om.readTree(r.body()).get("error").asText().contains("nope"));
  }

  @Test
  void badParametersAre400WithEveryField() throws Exception {
    HttpResponse<String> r = get("/api/stories?limit=0&order=biggest&offset=x");
    assertEquals(400, r.statusCode());
    JsonNode fields = om.readTree(r.body()).get("fields");
    assertTrue(fields.has("limit") && fields.has("order") && fields.has("offset"), fields.toString());
    assertEquals(400, get("/api/stories/s1?summary=99").statusCode());
  }
}
