package org.rasid.store.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaudiNewsNetCorpusTest {

  @TempDir Path dir;

  static void zip(Path file, String entry, String json) throws IOException {
    try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(json.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
  }

  static String article(String source, String title, String content) {
    return "{\"source\":\"" + source + "\",\"url\":\"http://x/" + source + "\",\"date_extracted\":\"2015-08-11 13:44:43\","
        + "\"title\":\"" + title + "\",\"author\":\"\",\"content\":\"" + content + "\",\"extra\":{\"a\":[1,2]}}";
  }

  @Test
  void readsArticlesInZipOrder() throws IOException {
    zip(dir.resolve("2015-08-01.zip"), "2015-08-01.json", "[" + article("okaz", "عنوان", "قال الوزير") + "]");
    zip(dir.resolve("2015-08-02.zip"), "2015-08-02.json",
        "[" + article("was", "خبر", "الأمم المتحدة") + "," + article("sabq", "", "نص\\nثان") + "]");
    SaudiNewsNetCorpus c = SaudiNewsNetCorpus.open(dir);
    List<CorpusArticle> all;
    try (Stream<CorpusArticle> s = c.articles()) {
      all = s.toList();
    }
    assertEquals(3, all.size());
    assertEquals(new CorpusArticle("okaz", "http://x/okaz", "2015-08-11 13:44:43", "عنوان", "", "قال الوزير"), all.get(0));
    assertEquals("نص\nثان", all.get(2).content());
  }

  @Test
  void heldOutZipsAreTheNewest() throws IOException {
    for (String d : List.of("2015-07-21", "2015-08-10", "2015-08-11", "2015-08-01")) {
      zip(dir.resolve(d + ".zip"), d + ".json", "[" + article("okaz", d, "نص") + "]");
    }
    SaudiNewsNetCorpus c = SaudiNewsNetCorpus.open(dir);
    assertEquals(List.of("2015-07-21.zip", "2015-08-01.zip"), names(c.training()));
    assertEquals(List.of("2015-08-10.zip", "2015-08-11.zip"), names(c.heldOut()));
    assertEquals(List.of("2015-08-10.zip"), names(c.dev()));
    assertEquals(List.of("2015-08-11.zip"), names(c.test()));
  }

  @Test
  void nullFieldsBecomeEmpty() throws IOException {
    zip(dir.resolve("a.zip"), "a.json", "[{\"source\":null,\"content\":\"x\"}]");
    try (Stream<CorpusArticle> s = SaudiNewsNetCorpus.open(dir).articles()) {
      CorpusArticle a = s.findFirst().orElseThrow();
      assertEquals("", a.source());
      assertEquals("", a.title());
      assertEquals("x", a.content());
    }
  }

  @Test
  void emptyDirectoryIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SaudiNewsNetCorpus.open(dir));
    assertTrue(e.getMessage().contains("no .zip"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SaudiNewsNetCorpus.open(dir.resolve("missing")));
  }

  static List<String> names(SaudiNewsNetCorpus c) {
    return c.zips().stream().map(p -> p.getFileName().toString()).toList();
  }
}
