package org.rasid.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasid.core.model.Document;

/**
 * The web page in real headless Chromium, driven by Selenium, against a real server holding the
 * bundled samples. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; override with {@code -Drasid.chromium=} and {@code
 * -Drasid.chromedriver=}); skipped with a message when they are missing. {@code .ci/run} installs
 * them. Both paths are given explicitly so Selenium Manager never looks for (or downloads) a driver.
 */
class BrowserTest {

  private static final String CHROMIUM = System.getProperty("rasid.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("rasid.chromedriver", "/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);
  // Selenium warns that it has no DevTools (CDP) bindings for this Chromium; the test uses plain
  // WebDriver only. Held in a field because java.util.logging keeps loggers weakly.
  private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
  private static final java.util.logging.Logger CHROMIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.chromium");

  @TempDir static Path dataDir;
  @TempDir static Path profileDir;
  private static RunningServer rs;
  private static ChromeDriver driver;
  private static ChromeDriverService service;

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    String skipped = "BrowserTest skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
        + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
    if (!present) {
      // Surefire counts a class skipped in @BeforeAll as 0 tests run; say why on the console.
      System.err.println(skipped);
    }
    Assumptions.assumeTrue(present, skipped);
    CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    CHROMIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    rs = RunningServer.withSamples(dataDir, ServerConfig.DEFAULT_MAX_BODY_BYTES);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,1100", "--lang=ar",
        "--user-data-dir=" + profileDir.toAbsolutePath());
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (rs != null) {
      rs.close();
    }
  }

  @Test
  void searchSecurityCouncilListsAllFiveSamples() throws IOException {
    open("#/search?q=" + RunningServer.enc("مجلس الأمن"));
    waitForResults("مجلس الأمن");
    Set<String> shown = hitIds();
    Set<String> expected = new HashSet<>();
    rs.samples.forEach(d -> expected.add(d.id()));
    assertEquals(expected, shown);
    assertFalse(driver.findElements(By.cssSelector("#results .snippet mark")).isEmpty(), "no highlighted match");
    assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
    assertTrue(fontLoaded(), "bundled Noto Naskh Arabic did not load");
    // Facets sit at the start of the line: on the right in a right-to-left page.
    WebElement facets = driver.findElement(By.cssSelector(".facets"));
    WebElement results = driver.findElement(By.id("results"));
    assertTrue(facets.getRect().getX() > results.getRect().getX(), "facet sidebar is not on the right");
    screenshot("search-security-council");
  }

  @Test
  void clickingAFacetFiltersTheResults() throws Exception {
    JsonNode facets = rs.json(rs.get("/api/search?q=" + RunningServer.enc("مجلس الأمن"))).path("facets");
    String name = null;
    JsonNode first = null;
    for (String candidate : new String[] {"year", "entity_type", "entity", "source", "event_type"}) {
      if (facets.path(candidate).size() > 0) {
        name = candidate;
        first = facets.path(candidate).get(0);
        break;
      }
    }
    Assumptions.assumeTrue(name != null, "facet click not checked: the samples have no facet values yet");
    open("#/search?q=" + RunningServer.enc("مجلس الأمن"));
    waitForResults("مجلس الأمن");
    String before = driver.getCurrentUrl();
    driver.findElement(By.cssSelector(".facet[data-facet='" + name + "'] li")).click();
    new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().equals(before)
        && !d.findElements(By.cssSelector("#results .chip")).isEmpty());
    assertEquals(first.path("count").asInt(), driver.findElements(By.cssSelector("#results .hit")).size(),
        "facet " + name + "=" + first.path("value").asText());
    assertTrue(driver.findElement(By.cssSelector(".facet[data-facet='" + name + "'] li.on")).isDisplayed());
    screenshot("search-facet-" + name);
  }

  @Test
  void typedSeparatedSpellingFindsGluedUnitedStates() throws IOException {
    open("#/");
    WebElement box = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("q")));
    box.clear();
    box.sendKeys("الولايات المتحدة");
    driver.findElement(By.cssSelector("#search-form button")).click();
    waitForResults("الولايات المتحدة");
    Document glued = rs.samples.stream().filter(d -> d.text().contains("الولاياتالمتحدة")).findFirst().orElseThrow();
    assertTrue(hitIds().contains(glued.id()), "hits " + hitIds() + " lack the glued spelling in " + glued.id());
    screenshot("search-united-states");
  }

  @Test
  void articlePageColorsEverySpanOfItsAnalysis() throws Exception {
    // The sample whose analysis has the most spans, so the check covers as many kinds as exist.
    Document best = null;
    JsonNode bestAnalysis = null;
    int bestCount = -1;
    for (Document d : rs.samples) {
      JsonNode a = rs.json(rs.get("/api/articles/" + d.id())).path("analysis");
      int n = expectedSpans(a).size();
      if (n > bestCount) {
        best = d;
        bestAnalysis = a;
        bestCount = n;
      }
    }
    open("#/article/" + best.id());
    WebElement text = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".article-text")));
    assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
    assertEquals("rtl", text.getAttribute("dir"));
    // Nothing of the original text is lost or changed by the spans.
    assertEquals(best.text(), js("return document.querySelector('.article-text').textContent;"));
    for (Map<String, Object> span : expectedSpans(bestAnalysis)) {
      String css = ".article-text .span[data-kind='" + span.get("kind") + "'][data-start='" + span.get("start") + "']";
      List<WebElement> found = driver.findElements(By.cssSelector(css));
      assertFalse(found.isEmpty(), "span not drawn: " + span);
      assertColored(found.get(0));
    }
    if (bestCount == 0) {
      System.err.println("BrowserTest: the analyses of the samples have no entity/time/quote/event spans yet;"
          + " the article page was checked for text and direction only");
    }
    screenshot("article-" + best.id());
  }

  @Test
  void analyzeFormPostsTheTextAndShowsItsAnalysis() throws IOException {
    open("#/analyze");
    WebElement area = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("analyze-text")));
    String text = "وقال نشطاء إن قوات مدرعة توغلت في مدينة حمص اليوم.\nوانسحب سفراء فرنسا وبريطانيا.";
    area.sendKeys(text);
    driver.findElement(By.cssSelector("#view button")).click();
    WebElement out = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("#analyze-out .article-text")));
    assertEquals(text, out.getAttribute("textContent"));
    assertFalse(driver.findElements(By.cssSelector("#analyze-out .side")).isEmpty(), "no side lists");
  }

  /**
   * Draws a hand-made analysis of a real sample sentence with every kind of span (an entity
   * inside a quote, a time, an event trigger) through the page's own renderer.
   */
  @Test
  void spanRendererNestsAndColorsEveryKind() throws IOException {
    open("#/analyze");
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("analyze-text")));
    String text = "وقال فاليرو للصحفيين \"نأمل ان يدين مجلس الامن الهجوم\" يوم الثلاثاء 12 يوليو 2011.";
    String quoted = "نأمل ان يدين مجلس الامن الهجوم";
    int q = text.indexOf(quoted);
    int ent = text.indexOf("مجلس الامن");
    int trig = text.indexOf("يدين");
    int time = text.indexOf("الثلاثاء 12 يوليو 2011");
    String analysis = new ObjectMapper().writeValueAsString(Map.of(
        "text", text,
        "entities", List.of(Map.of("start", ent, "end", ent + "مجلس الامن".length(), "text", "مجلس الامن",
            "type", "ORG", "canonical", "مجلس الأمن", "entity_id", "org-unsc")),
        "times", List.of(Map.of("start", time, "end", time + "الثلاثاء 12 يوليو 2011".length(),
            "text", "الثلاثاء 12 يوليو 2011", "type", "DATE", "value", "2011-07-12")),
        "quotes", List.of(Map.of("start", q, "end", q + quoted.length(), "text", quoted, "direct", true,
            "speaker", Map.of("text", "فاليرو", "canonical", "برنار فاليرو"),
            "cue", Map.of("start", 0, "end", 4, "text", "وقال"))),
        "events", List.of(Map.of("type", "CONDEMN", "trigger", Map.of("start", trig, "end", trig + 4, "text", "يدين")))));
    js("var a = JSON.parse(arguments[0]); var out = document.getElementById('analyze-out');"
        + "out.appendChild(window.RasidView.renderSpans(a.text, window.RasidView.spansOf(a)));", analysis);
    assertEquals(text, js("return document.querySelector('#analyze-out .article-text').textContent;"));
    WebElement entity = driver.findElement(By.cssSelector("#analyze-out .quote .ent.ent-ORG"));
    assertEquals("مجلس الامن", entity.getText());
    assertTrue(entity.getAttribute("title").contains("مجلس الأمن"), entity.getAttribute("title"));
    WebElement timeSpan = driver.findElement(By.cssSelector("#analyze-out .time"));
    assertTrue(timeSpan.getAttribute("title").contains("2011-07-12"));
    WebElement quote = driver.findElement(By.cssSelector("#analyze-out .quote"));
    assertEquals(quoted, quote.getText());
    assertTrue(quote.getAttribute("title").contains("برنار فاليرو"));
    assertEquals("يدين", driver.findElement(By.cssSelector("#analyze-out .quote .trigger")).getText());
    WebElement cue = driver.findElement(By.cssSelector("#analyze-out .cue"));
    assertEquals("وقال", cue.getText());
    for (WebElement e : List.of(entity, timeSpan, quote, cue)) {
      assertColored(e);
    }
    assertNotEquals(
        entity.getCssValue("background-color"), timeSpan.getCssValue("background-color"), "entity and time look the same");
    screenshot("spans-rendered");
  }

  @Test
  void timelineShowsEveryDatedItemOfTheApi() throws Exception {
    int items = rs.json(rs.get("/api/timeline")).path("items").size();
    open("#/timeline");
    new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector(".timeline, #view .empty")).isEmpty());
    assertEquals(items, driver.findElements(By.cssSelector(".timeline > li")).size());
    screenshot("timeline");
  }

  @Test
  void entityPageShowsChartQuotesAndNeighbours() throws Exception {
    JsonNode found = rs.json(rs.get("/api/entities?name=" + RunningServer.enc("مجلس الأمن"))).path("entities");
    Assumptions.assumeTrue(found.size() > 0,
        "entity page not checked: the samples' analyses have no entities yet (named-entity stage not merged)");
    String id = found.get(0).path("entity_id").asText();
    JsonNode profile = rs.json(rs.get("/api/entities/" + RunningServer.enc(id)));
    open("#/entity/" + RunningServer.enc(id));
    WebElement title = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("#view h1")));
    assertTrue(title.getText().contains(profile.path("canonical").asText()), title.getText());
    long dated = 0;
    for (JsonNode p : profile.path("over_time")) {
      dated += p.path("date").isNull() ? 0 : 1;
    }
    if (dated > 0) {
      assertFalse(driver.findElements(By.cssSelector(".chart svg rect.bar")).isEmpty(), "no chart bars");
    }
    assertEquals(profile.path("quotes").size(), driver.findElements(By.cssSelector("#view blockquote")).size());
    screenshot("entity");
  }

  @Test
  void unknownArticleShowsAnErrorNotAStackTrace() throws IOException {
    open("#/article/no-such-article");
    WebElement error = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".error")));
    assertTrue(error.getText().contains("no-such-article"), error.getText());
    assertFalse(driver.getPageSource().contains("Exception"));
  }

  // ------------------------------------------------------------------ helpers

  private static void open(String hash) {
    driver.get(rs.uri("/").toString() + hash);
  }

  private static void waitForResults(String query) {
    new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "var r = document.getElementById('results'); return !!r && r.getAttribute('data-q') === arguments[0];", query)));
  }

  private static Set<String> hitIds() {
    Set<String> ids = new HashSet<>();
    for (WebElement hit : driver.findElements(By.cssSelector("#results .hit"))) {
      ids.add(hit.getAttribute("data-id"));
    }
    return ids;
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static boolean fontLoaded() {
    Object ok = ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "document.fonts.load('16px \"Noto Naskh Arabic\"', 'مجلس').then(function () {"
            + "  done(document.fonts.check('16px \"Noto Naskh Arabic\"', 'مجلس')); }, function () { done(false); });");
    return Boolean.TRUE.equals(ok);
  }

  private static void assertColored(WebElement e) {
    String bg = e.getCssValue("background-color");
    String color = e.getCssValue("color");
    boolean transparent = bg == null || bg.equals("rgba(0, 0, 0, 0)") || bg.equals("transparent");
    assertTrue(!transparent || !color.equals("rgba(29, 35, 48, 1)"), "span has no color of its own: " + e.getAttribute("outerHTML"));
  }

  /** Every span the page must color, from the article's analysis JSON. */
  private static List<Map<String, Object>> expectedSpans(JsonNode a) {
    List<Map<String, Object>> out = new ArrayList<>();
    a.path("entities").forEach(s -> out.add(Map.of("kind", "entity", "start", s.path("start").asInt())));
    a.path("times").forEach(s -> out.add(Map.of("kind", "time", "start", s.path("start").asInt())));
    a.path("quotes").forEach(s -> {
      out.add(Map.of("kind", "quote", "start", s.path("start").asInt()));
      out.add(Map.of("kind", "cue", "start", s.path("cue").path("start").asInt()));
    });
    a.path("events").forEach(s -> out.add(Map.of("kind", "event", "start", s.path("trigger").path("start").asInt())));
    return out;
  }

  private static void screenshot(String name) throws IOException {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
