package org.rasid.store.story;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;
import org.rasid.core.model.Analysis;

/**
 * Document frequencies of story terms, giving each term its inverse document frequency.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@code idf(t) = ln((N + 1) / (df(t) + 0.5))}: a term in every document weighs about 0.4, a
 *       term never seen weighs as if seen half a time (names and numbers new to the table count as
 *       the rarest, which is what a story signal usually is).
 *   <li>Terms are those of {@link ContentWords#terms} (normalized, article stripped), counted once
 *       per document.
 *   <li>{@link #empty()} gives every term the same weight (plain term frequency).
 *   <li>{@link #bundled()} is built by {@code rasid stories --build-stats} from the SaudiNewsNet
 *       training zips (the held-out zips 2015-08-10 and 2015-08-11 excluded), keeping terms seen in at
 *       least 3 documents.
 * </ul>
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}.
 */
public final class TermStatistics {

  /** Resource holding the bundled table (gzip, UTF-8 {@code term TAB df}, first line {@code #docs N}). */
  public static final String BUNDLED_RESOURCE = "/org/rasid/store/story/saudinewsnet-df.tsv.gz";

  private final Map<String, Integer> df;
  private final long docs;
  /** The same frequencies keyed by term fingerprint, for the hot {@link #idf} path. */
  private final LongIntMap fast;

  private TermStatistics(Map<String, Integer> df, long docs) {
    this.df = df;
    this.docs = docs;
    this.fast = new LongIntMap(df.size());
    df.forEach((t, n) -> fast.put(LongIntMap.fingerprint(t), n));
  }

  /** No statistics: every term weighs the same. */
  public static TermStatistics empty() {
    return new TermStatistics(Map.of(), 0);
  }

  /** The table bundled with Rasid (see class doc); fails loudly when the resource is missing. */
  public static TermStatistics bundled() {
    InputStream in = TermStatistics.class.getResourceAsStream(BUNDLED_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("bundled term statistics missing from the classpath: " + BUNDLED_RESOURCE);
    }
    try (InputStream gz = new GZIPInputStream(in)) {
      return read(gz);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
    }
  }

  /** Reads the format written by {@link #write}: {@code #docs N}, then {@code term TAB df} lines. */
  public static TermStatistics read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String first = r.readLine();
    if (first == null || !first.startsWith("#docs\t")) {
      throw new IOException("term statistics must start with '#docs<TAB>N', got: " + first);
    }
    long docs = Long.parseLong(first.substring(6).trim());
    Map<String, Integer> df = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException("bad term statistics line (want term<TAB>df): " + line);
      }
      df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
    }
    // a HashMap, not Map.copyOf: String keys cache their hash, lookups are the hot path
    return new TermStatistics(java.util.Collections.unmodifiableMap(df), docs);
  }

  /** Writes terms with {@code df >= minDf}, most frequent first (ties by term). */
  public void write(OutputStream out, int minDf) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write("#docs\t" + docs + "\n");
    var entries =
        df.entrySet().stream()
            .filter(e -> e.getValue() >= minDf)
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .toList();
    for (var e : entries) {
      w.write(e.getKey());
      w.write('\t');
      w.write(Integer.toString(e.getValue()));
      w.write('\n');
    }
    w.flush();
  }

  public double idf(String term) {
    return idf(LongIntMap.fingerprint(term));
  }

  /** The idf of the term with this {@link LongIntMap#fingerprint}. */
  double idf(long fingerprint) {
    return Math.log((docs + 1.0) / (fast.get(fingerprint, 0) + 0.5));
  }

  public long documents() {
    return docs;
  }

  public int documentFrequency(String term) {
    return df.getOrDefault(term, 0);
  }

  public int vocabularySize() {
    return df.size();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Counts document frequencies; thread-safe, so ingestion threads may share one. */
  public static final class Builder {
    private final ConcurrentHashMap<String, LongAdder> df = new ConcurrentHashMap<>();
    private final AtomicLong docs = new AtomicLong();

    private Builder() {}

    /** Counts the terms of one article (title and body). */
    public Builder add(Analysis a) {
      HashSet<String> seen = new HashSet<>(ContentWords.bodyTerms(a));
      if (a.title() != null) {
        java.util.List<String> t = new java.util.ArrayList<>();
        ContentWords.terms(a.title(), t);
        seen.addAll(t);
      }
      return addTerms(seen);
    }

    /** Counts one document's distinct terms. */
    public Builder addTerms(Collection<String> distinctTerms) {
      Objects.requireNonNull(distinctTerms, "distinctTerms");
      for (String t : distinctTerms) {
        df.computeIfAbsent(t, k -> new LongAdder()).increment();
      }
      docs.incrementAndGet();
      return this;
    }

    public TermStatistics build() {
      Map<String, Integer> m = new HashMap<>(df.size() * 2);
      df.forEach((k, v) -> m.put(k, (int) Math.min(Integer.MAX_VALUE, v.sum())));
      return new TermStatistics(java.util.Collections.unmodifiableMap(m), docs.get());
    }
  }
}
