package org.rasid.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.rasid.core.model.Document;
import org.rasid.extract.Analyzer;
import org.rasid.store.IngestListener;
import org.rasid.store.IngestOptions;
import org.rasid.store.IngestSummary;
import org.rasid.store.RasidStore;
import org.rasid.store.SearchQuery;

/**
 * {@code rasid bench ingest} and {@code rasid bench search}: the store on SaudiNewsNet.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Ingest: the articles are written to one JSONL file (id, url, source, title, published, text)
 *       in a fresh temporary data directory before timing; the timed part is {@link
 *       RasidStore#ingest} of that file with {@code threads} analysis threads and the store's
 *       default batch of 1,000 articles per commit (analysis, dedup, indexing, commits). Goal: all
 *       articles in ≤ {@value #INGEST_GOAL_SECONDS} s on 2 cores.
 *   <li>Search: queries are drawn with a fixed seed from the ingested articles' titles — single
 *       words, quoted two-word phrases, a word within a date range of the corpus, a word with a
 *       source filter — in equal shares; {@link #SEARCH_WARMUP} unmeasured queries first, then each
 *       query timed alone on one thread (first page of 10 hits, facets included as the store
 *       computes them). Goal: p99 ≤ {@value #SEARCH_GOAL_P99_MS} ms.
 * </ul>
 */
public final class StoreBench {

  public static final int INGEST_GOAL_SECONDS = 60;
  /** Entries in SaudiNewsNet, and how many have a non-empty body (what the harness loads). */
  static final int SNN_ARTICLES = 31_030;
  static final int SNN_NON_EMPTY = 30_706;
  public static final int SEARCH_GOAL_P99_MS = 20;
  static final int SEARCH_WARMUP = 200;

  private StoreBench() {}

  /** Writes {@code docs} as the store's JSONL input format. */
  public static Path writeJsonl(List<Document> docs, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Document d : docs) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", d.id());
        o.put("url", d.meta().url());
        o.put("source", d.meta().source());
        o.put("title", d.meta().title());
        o.put("published", d.meta().published() == null ? null : d.meta().published().toString());
        o.put("text", d.text());
        w.write(mapper.writeValueAsString(o));
        w.newLine();
      }
    }
    return file;
  }

  /** Ingests {@code jsonl} into a new store in {@code dataDir}; prints the table. */
  public static IngestSummary ingest(Path dataDir, Path jsonl, int articles, int threads, boolean stories, PrintWriter progress,
      PrintWriter out) throws IOException {
    IngestListener listener = new IngestListener() {
      @Override
      public void onProgress(long done, long total, double perSecond) {
        progress.printf("  ingest: %,d articles, %.0f articles/s%n", done, perSecond);
        progress.flush();
      }
    };
    long c0 = System.nanoTime();
    IngestSummary s;
    try (RasidStore store = RasidStore.open(dataDir, Analyzer.create())) {
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      s = store.ingest(List.of(jsonl), new IngestOptions(threads, 1000, stories), listener);
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpuSecs = (processCpuNanos() - cpu0) / 1e9;
      out.printf("articles: %,d SaudiNewsNet articles in one JSONL file; %d ingest threads; %s%n%n", articles, threads,
          Machine.describe());
      out.println("| measure | value |");
      out.println("|---|---:|");
      out.printf("| ingested | %,d |%n| duplicates | %,d |%n| failed | %,d |%n", s.ingested(), s.duplicates(), s.failed());
      out.printf("| seconds (ingest call, wall) | %.1f |%n", secs);
      if (cpu0 >= 0) {
        out.printf("| CPU seconds (ingest call, all threads of the process) | %.1f |%n", cpuSecs);
      }
      out.printf("| articles/s | %,.0f |%n", (s.ingested() + s.duplicates()) / secs);
      out.printf("| store open (lexicons, index) s | %.1f |%n", (t0 - c0) / 1e9);
      double all = secs * SNN_ARTICLES / Math.max(1, articles);
      out.printf("%ngoal: all %,d SaudiNewsNet articles in <= %d s; %s: %.1f s (%s)%n", SNN_ARTICLES, INGEST_GOAL_SECONDS,
          articles >= SNN_NON_EMPTY ? "measured" : "projected at this rate", all, all <= INGEST_GOAL_SECONDS ? "met" : "NOT met");
    }
    out.flush();
    return s;
  }

  /**
   * CPU time of the whole process (every thread: ingest workers, reader, Lucene merges, GC, JIT),
   * or -1 when the JVM does not report it. On a shared machine it is steadier than wall time.
   */
  static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** Realistic queries from the articles' titles, with a fixed seed. */
  public static List<SearchQuery> queries(List<Document> docs, int n, long seed) {
    Random rnd = new Random(seed);
    LocalDate first = null;
    LocalDate last = null;
    List<String[]> titles = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (Document d : docs) {
      LocalDate p = d.meta().published();
      if (p != null) {
        first = first == null || p.isBefore(first) ? p : first;
        last = last == null || p.isAfter(last) ? p : last;
      }
      String[] words = Arrays.stream(d.meta().title() == null ? new String[0] : d.meta().title().split("\\s+"))
          .filter(StoreBench::isQueryWord).toArray(String[]::new);
      if (words.length >= 2) {
        titles.add(words);
        sources.add(d.meta().source());
      }
    }
    if (titles.isEmpty()) {
      throw new IllegalArgumentException("no titles with two words or more to draw queries from");
    }
    List<SearchQuery> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int k = rnd.nextInt(titles.size());
      String[] w = titles.get(k);
      int j = rnd.nextInt(w.length - 1);
      SearchQuery.Builder b = SearchQuery.builder().limit(10);
      switch (i % 4) {
        case 0 -> b.text(w[j]);
        case 1 -> b.text("\"" + w[j] + " " + w[j + 1] + "\"");
        case 2 -> {
          b.text(w[j]);
          if (first != null) {
            long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
            LocalDate from = first.plusDays(rnd.nextLong(span));
            b.from(from).to(from.plusDays(1 + rnd.nextInt(7)));
          }
        }
        default -> b.text(w[j]).source(sources.get(k));
      }
      out.add(b.build());
    }
    return out;
  }

  /** A query word: at least two letters and no quote or query-syntax characters. */
  private static boolean isQueryWord(String w) {
    if (w.length() < 2) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Times each query alone; prints percentiles. */
  public static void search(Path dataDir, List<SearchQuery> queries, PrintWriter progress, PrintWriter out)
      throws IOException {
    try (RasidStore store = RasidStore.openReadOnly(dataDir)) {
      long hits = 0;
      for (int i = 0; i < Math.min(SEARCH_WARMUP, queries.size()); i++) {
        hits += store.search(queries.get(i)).total();
      }
      progress.printf("  search: %d warm-up queries done%n", SEARCH_WARMUP);
      progress.flush();
      double[] ms = new double[queries.size()];
      long withHits = 0;
      for (int i = 0; i < queries.size(); i++) {
        long t0 = System.nanoTime();
        long total = store.search(queries.get(i)).total();
        ms[i] = (System.nanoTime() - t0) / 1e6;
        hits += total;
        withHits += total > 0 ? 1 : 0;
      }
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      out.printf("queries: %,d (words, quoted phrases, word + date range, word + source; equal shares; seed fixed),"
          + " %,d with hits, one thread, %d warm-up queries; index of %,d articles; %s%n%n", queries.size(), withHits,
          SEARCH_WARMUP, store.articleCount(), Machine.describe());
      out.println("| latency | ms |");
      out.println("|---|---:|");
      out.printf("| p50 | %.2f |%n| p90 | %.2f |%n| p99 | %.2f |%n| max | %.2f |%n| mean | %.2f |%n",
          percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1],
          Arrays.stream(ms).average().orElse(0));
      double p99 = percentile(sorted, 99);
      out.printf("%ngoal p99 <= %d ms: %s%n", SEARCH_GOAL_P99_MS, p99 <= SEARCH_GOAL_P99_MS ? "met" : "NOT met");
      out.flush();
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
