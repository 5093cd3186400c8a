package org.rasid.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.rasid.core.model.Document;
import org.rasid.store.IngestFailure;

class TestReaders {

  @TempDir Path tmp;

  static Path fixture(String name) {
    try {
      return Path.of(TestReaders.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static final class Collect implements ArticleSink {
    final List<Document> docs = new ArrayList<>();
    final List<IngestFailure> failures = new ArrayList<>();

    @Override
    public void accept(Document doc) {
      docs.add(doc);
    }

    @Override
    public void fail(IngestFailure failure) {
      failures.add(failure);
    }
  }

  private static Collect read(Path file) {
    Collect c = new Collect();
    ArticleReaders.standard().read(file, c);
    return c;
  }

  @Test
  void htmlKeepsArticleAndDropsMenusShareButtonsCommentsAndFooter() {
    Collect c = read(fixture("page.html"));
    assertEquals(1, c.docs.size(), c.failures.toString());
    Document d = c.docs.get(0);
    String text = d.text();
    assertTrue(text.startsWith("طالبت فرنسا الثلاثاء"), text);
    assertTrue(text.contains("وقال برنار فاليرو"), text);
    assertTrue(text.contains("غير مقبول & يجب"), "entities decoded: " + text);
    for (String boiler : new String[] {"الرئيسية", "أخبار محلية", "شارك", "تعليق من قارئ", "جميع الحقوق", "الأكثر قراءة",
        "خبر جانبي", "tracking", "اكتب تعليقك"}) {
      assertFalse(text.contains(boiler), "boilerplate '" + boiler + "' left in: " + text);
    }
    assertEquals(3, text.split("\n\n").length, "one paragraph per <p>: " + text);
    assertEquals("page", d.id());
    assertEquals("فرنسا تطالب بعقد اجتماع لمجلس الأمن", d.meta().title());
    assertEquals("صحيفة الراصد", d.meta().source());
    assertEquals(LocalDate.of(2011, 7, 12), d.meta().published());
    assertEquals("https://example.com/news/2011/07/12/france-un", d.meta().url());
  }

  @Test
  void rssItemsWithDatesAndAnItemWithoutTextReported() {
    Collect c = read(fixture("feed.rss"));
    assertEquals(2, c.docs.size());
    assertEquals(1, c.failures.size());
    assertTrue(c.failures.get(0).reason().contains("without text"));
    Document first = c.docs.get(0);
    assertEquals("وصل وزير الخارجية إلى دمشق اليوم في زيارة رسمية.\n\nوبحث مع نظيره العلاقات الثنائية.", first.text());
    assertEquals("وكالة الأنباء التجريبية", first.meta().source());
    assertEquals("وزير الخارجية يزور دمشق", first.meta().title());
    assertEquals(LocalDate.of(2011, 7, 12), first.meta().published());
    assertEquals(Ids.ofUrl("https://news.example.org/1"), first.id());
    assertEquals(LocalDate.of(2011, 7, 14), c.docs.get(1).meta().published());
    assertEquals("عقد اجتماع في بيروت لبحث الأوضاع الإقليمية.", c.docs.get(1).text());
  }

  @Test
  void atomEntriesUsePublishedElseUpdatedAndContentElseSummary() {
    Collect c = read(fixture("feed.atom"));
    assertEquals(2, c.docs.size(), c.failures.toString());
    Document a = c.docs.get(0);
    assertEquals("عقدت المعارضة السورية مؤتمرا في إسطنبول.", a.text());
    assertEquals(LocalDate.of(2011, 7, 15), a.meta().published());
    assertEquals("مدونة الأخبار", a.meta().source());
    assertEquals("https://blog.example.net/2011/07/opposition", a.meta().url());
    Document b = c.docs.get(1);
    assertEquals("اختتم المؤتمر أعماله ببيان ختامي.", b.text());
    assertEquals(LocalDate.of(2011, 7, 17), b.meta().published());
    assertNull(b.meta().url());
  }

  @Test
  void jsonlBadLinesReportedWithLineNumbersAndTheRestRead() {
    Collect c = read(fixture("articles.jsonl"));
    assertEquals(2, c.docs.size());
    assertEquals(3, c.failures.size(), c.failures.toString());
    assertTrue(c.failures.get(0).path().endsWith("articles.jsonl:2"), c.failures.get(0).path());
    assertTrue(c.failures.get(0).reason().startsWith("not JSON"));
    assertTrue(c.failures.get(1).path().endsWith(":4"));
    assertEquals("no text or html", c.failures.get(1).reason());
    assertTrue(c.failures.get(2).path().endsWith(":6"));
    Document j1 = c.docs.get(0);
    assertEquals("j1", j1.id());
    assertEquals("الحياة", j1.meta().source());
    assertEquals(LocalDate.of(2012, 3, 5), j1.meta().published());
    Document html = c.docs.get(1);
    assertEquals(Ids.ofUrl("https://x.example/4"), html.id());
    assertEquals("افتتح المعرض الدولي للكتاب أبوابه للزوار في العاصمة.", html.text());
    assertEquals(LocalDate.of(2012, 3, 7), html.meta().published());
  }

  @Test
  void warcResponsesBecomeArticlesOtherRecordsSkipped() throws IOException {
    Path warc = tmp.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      String page = "<html><head><meta name=\"pubdate\" content=\"2013-01-20\"><title>خبر</title></head><body>"
          + "<nav>قائمة التنقل</nav><div><p>أعلنت وزارة الصحة تسجيل حالات جديدة في عدة مدن.</p></div></body></html>";
      w.write(response("https://news.example.com/a", 200, "text/html; charset=utf-8", page, Instant.parse("2013-01-21T10:00:00Z")));
      w.write(response("https://news.example.com/img.png", 200, "image/png", "PNG", Instant.parse("2013-01-21T10:00:00Z")));
      w.write(response("https://news.example.com/gone", 404, "text/html", "<p>not found</p>", Instant.parse("2013-01-21T10:00:00Z")));
      String undated = "<html><body><p>خبر بلا تاريخ نشر في الصفحة لكنه ملتقط في يوم معروف.</p></body></html>";
      w.write(response("https://news.example.com/b", 200, "text/html", undated, Instant.parse("2013-02-02T23:00:00Z")));
    }
    Collect c = read(warc);
    assertEquals(2, c.docs.size(), c.failures.toString());
    assertTrue(c.failures.isEmpty());
    Document a = c.docs.get(0);
    assertEquals("أعلنت وزارة الصحة تسجيل حالات جديدة في عدة مدن.", a.text());
    assertEquals(LocalDate.of(2013, 1, 20), a.meta().published());
    assertEquals("https://news.example.com/a", a.meta().url());
    assertEquals("news.example.com", a.meta().source());
    assertEquals(LocalDate.of(2013, 2, 2), c.docs.get(1).meta().published(), "WARC-Date when the page has none");
  }

  private static WarcResponse response(String uri, int status, String type, String body, Instant date) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), bytes)
        .build();
    return new WarcResponse.Builder(uri).date(date).body(http).build();
  }

  @Test
  void invalidUtf8AndBinaryFilesReportedNotCrashed() {
    Collect bad = read(fixture("broken.txt"));
    assertTrue(bad.docs.isEmpty());
    assertEquals(1, bad.failures.size());
    assertTrue(bad.failures.get(0).reason().contains("UTF-8"), bad.failures.get(0).reason());
    Collect bin = read(fixture("binary.txt"));
    assertTrue(bin.docs.isEmpty());
    assertTrue(bin.failures.get(0).reason().contains("binary") || bin.failures.get(0).reason().contains("UTF-8"));
  }

  @Test
  void notAFeedAndNotAWarcAreFailuresOfTheWholeFile() throws IOException {
    Path xml = tmp.resolve("x.xml");
    Files.writeString(xml, "<root><a>b</a></root>");
    assertEquals("not an RSS or Atom feed", read(xml).failures.get(0).reason());
    Path warc = tmp.resolve("x.warc");
    Files.writeString(warc, "this is not a warc file at all");
    Collect c = read(warc);
    assertTrue(c.docs.isEmpty());
    assertEquals(1, c.failures.size());
  }

  @Test
  void txtIsOneArticleNamedAfterTheFileAndEmptyFileFails() throws IOException {
    Path t = tmp.resolve("خبر-1.txt");
    Files.writeString(t, "\uFEFFسطر أول\r\nسطر ثان", StandardCharsets.UTF_8);
    Collect c = read(t);
    assertEquals("خبر-1", c.docs.get(0).id());
    assertEquals("سطر أول\nسطر ثان", c.docs.get(0).text(), "BOM dropped, CRLF → LF");
    Path empty = tmp.resolve("empty.txt");
    Files.writeString(empty, "  \n");
    assertEquals("empty file", read(empty).failures.get(0).reason());
  }

  @Test
  void directoriesWalkedKnownKindsOnlyMissingPathsReported() throws IOException {
    Files.writeString(tmp.resolve("a.txt"), "نص");
    Files.writeString(tmp.resolve("b.pdf"), "x");
    Files.createDirectories(tmp.resolve("sub"));
    Files.writeString(tmp.resolve("sub/c.txt"), "نص آخر");
    Collect c = new Collect();
    List<Path> files = ArticleReaders.standard().files(List.of(tmp, tmp.resolve("missing.txt"), tmp.resolve("b.pdf")), c);
    assertEquals(List.of(tmp.resolve("a.txt"), tmp.resolve("sub/c.txt")), files);
    assertEquals(2, c.failures.size());
    assertEquals("no such file or directory", c.failures.get(0).reason());
    assertTrue(c.failures.get(1).reason().startsWith("unknown file kind"));
  }

  @Test
  void datesFromIsoRfc1123AndGarbage() {
    assertEquals(LocalDate.of(2011, 7, 12), Dates.parse("2011-07-12"));
    assertEquals(LocalDate.of(2011, 7, 12), Dates.parse("2011-07-12T23:30:00-05:00"));
    assertEquals(LocalDate.of(2011, 7, 12), Dates.parse("2011/7/12"));
    assertEquals(LocalDate.of(2011, 7, 12), Dates.parse("Tue, 12 Jul 2011 09:30:00 GMT"));
    assertEquals(LocalDate.of(2011, 7, 12), Dates.parse("12 Jul 2011 09:30 +0300"));
    assertNull(Dates.parse("أمس"));
    assertNull(Dates.parse(""));
    assertNull(Dates.parse("2011-13-45"));
    assertNotNull(Dates.parse(" 2011-07-12 "));
  }
}
