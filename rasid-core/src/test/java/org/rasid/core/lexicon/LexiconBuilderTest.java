package org.rasid.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconBuilderTest {

  static WordLexicon build(int minCount, List<String> texts) {
    return new LexiconBuilder(minCount, 1, 1, LexiconBuilder.Progress.NONE).build(texts.iterator(), List.of("# test"));
  }

  @Test
  void countsNormalizedWords() {
    WordLexicon lex = build(1, List.of("قال الأمين العام للأمم المتحدة", "وقال الامين العام، إن الأمم المتحدة"));
    assertEquals(2, lex.count("الامين")); // الأمين and الامين normalize alike
    assertEquals(2, lex.count("المتحده")); // ة → ه
    assertEquals(11, lex.total());
    assertTrue(lex.contains("قال"));
    assertEquals(0, lex.count("غير"));
  }

  @Test
  void thresholdDropsRareFormsButKeepsTotal() {
    WordLexicon lex = build(2, List.of("في في من", "في عن"));
    assertEquals(3, lex.count("في"));
    assertFalse(lex.contains("من"));
    assertEquals(5, lex.total());
    assertEquals(1, lex.size());
  }

  @Test
  void bigramsOnlyAcrossWhitespace() {
    WordLexicon lex = build(1, List.of("الأمم المتحدة. الأمم، المتحدة"));
    assertEquals(1, lex.bigramCount("الامم", "المتحده"));
  }

  @Test
  void diacriticsAndTatweelStayInsideTheWord() {
    WordLexicon lex = build(1, List.of("الأُمَمُ المتـحدة 2015 abc"));
    assertEquals(1, lex.count("الامم"));
    assertEquals(1, lex.count("المتحده"));
    assertEquals(2, lex.total());
  }

  @Test
  void emptyInput() {
    WordLexicon lex = build(1, List.of(""));
    assertEquals(0, lex.total());
    assertEquals(0, lex.size());
  }

  @Test
  void progressIsReported() {
    List<long[]> seen = new ArrayList<>();
    new LexiconBuilder(1, 1, 1, (t, w) -> seen.add(new long[] {t, w}))
        .build(List.of("في البيت", "من").iterator(), List.of());
    assertEquals(1, seen.get(0)[0]);
    assertEquals(2, seen.get(0)[1]);
  }

  @Test
  void roundTripsThroughGzipTsv() throws IOException {
    WordLexicon lex = build(1, List.of("الأمم المتحدة الأمم"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lex.writeTo(out);
    WordLexicon back = WordLexicon.load(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(2, back.count("الامم"));
    assertEquals(1, back.bigramCount("الامم", "المتحده"));
    assertEquals(3, back.total());
    assertEquals(lex.logProb("الامم"), back.logProb("الامم"), 1e-12);
    assertTrue(back.logProb("غير") < back.logProb("الامم"));
  }

  @Test
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> new LexiconBuilder(0, 1, 1, LexiconBuilder.Progress.NONE));
    assertThrows(IOException.class, () -> WordLexicon.load(new ByteArrayInputStream(gz("x\t1\n"))));
  }

  @Test
  void bundledLexiconLoads() {
    WordLexicon lex = WordLexicon.bundled();
    assertTrue(lex.size() > 100_000);
    assertTrue(lex.count("في") > lex.count("المتحده"));
    assertTrue(lex.bigramCount("الامم", "المتحده") > 100);
  }

  static byte[] gz(String s) {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(b)) {
        g.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return b.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
