package org.rasid.app.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.rasid.core.normalize.ArabicNormalizer;
import org.rasid.extract.time.TimeTagger;

/**
 * Throughput harness for the time tagger: characters per second of (a) the normalized view alone
 * (the part of the text layer the tagger builds on) and (b) normalized view + time tagging, over
 * real articles (a SaudiNewsNet zip or a directory of .txt files), after a warm-up pass. Wall-clock
 * on one thread; repeat runs to judge noise.
 */
public final class TimeThroughput {

  /** Measured figures. */
  public record Figures(int docs, long chars, double normalizeCharsPerSec, double tagCharsPerSec, long times) {}

  private TimeThroughput() {}

  /** Up to {@code maxDocs} article texts from a SaudiNewsNet zip (JSON array) or a .txt directory. */
  public static List<String> load(Path corpus, int maxDocs) {
    List<String> out = new ArrayList<>();
    try {
      if (Files.isDirectory(corpus)) {
        try (Stream<Path> files = Files.list(corpus)) {
          for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            if (out.size() >= maxDocs) {
              break;
            }
            out.add(Files.readString(p, StandardCharsets.UTF_8));
          }
        }
        return out;
      }
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(corpus))) {
        ZipEntry e;
        ObjectMapper json = new ObjectMapper();
        while ((e = zip.getNextEntry()) != null && out.size() < maxDocs) {
          if (!e.getName().endsWith(".json")) {
            continue;
          }
          readArticles(json, zip, out, maxDocs);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + corpus, e);
    }
    return out;
  }

  private static void readArticles(ObjectMapper json, InputStream in, List<String> out, int maxDocs) throws IOException {
    JsonParser p = json.getFactory().createParser(in);
    if (p.nextToken() != JsonToken.START_ARRAY) {
      return;
    }
    while (p.nextToken() == JsonToken.START_OBJECT && out.size() < maxDocs) {
      JsonNode a = json.readTree(p);
      String content = a.path("content").asText("");
      if (!content.isBlank()) {
        out.add(content);
      }
    }
  }

  public static Figures measure(List<String> texts, TimeTagger tagger, int rounds) {
    long chars = texts.stream().mapToLong(String::length).sum();
    LocalDate dct = LocalDate.of(2015, 7, 21);
    long sink = 0;
    for (String t : texts) { // warm-up
      sink += ArabicNormalizer.get().view(t).length();
      sink += tagger.tag(t, dct).size();
    }
    long normNanos = Long.MAX_VALUE;
    long tagNanos = Long.MAX_VALUE;
    long times = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (String t : texts) {
        sink += ArabicNormalizer.get().view(t).length();
      }
      long t1 = System.nanoTime();
      times = 0;
      for (String t : texts) {
        times += tagger.tag(t, dct).size();
      }
      long t2 = System.nanoTime();
      normNanos = Math.min(normNanos, t1 - t0);
      tagNanos = Math.min(tagNanos, t2 - t1);
    }
    if (sink == 42) {
      System.err.print(""); // keeps the JIT from dropping the warm-up work
    }
    return new Figures(texts.size(), chars, chars * 1e9 / normNanos, chars * 1e9 / tagNanos, times);
  }
}
