package org.rasid.app.bench;

import java.io.PrintWriter;
import java.util.List;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Document;
import org.rasid.extract.Analyzer;

/**
 * {@code rasid bench analyze}: the whole {@link Analyzer#analyze(Document)} pipeline, one thread,
 * in articles/s, tokens/s and words/s.
 *
 * <p>Rules: documents are built before timing ({@link BenchDocuments}); the checksum of a round is
 * the number of tokens plus time expressions, entities, quotes and events produced, so tokens/s
 * counts Rasid's own tokens (after glued-word splitting) and later stages cannot be optimized away.
 */
public final class AnalyzeBench {

  private final java.util.function.Supplier<Analyzer> analyzers;
  private final Rounds rounds;

  /**
   * @param analyzers makes the analyzer; a fresh one starts every round so the text layer's word
   *     memo warms up within the round as in one real ingest, rather than replaying texts it saw
   */
  public AnalyzeBench(java.util.function.Supplier<Analyzer> analyzers, Rounds rounds) {
    this.analyzers = analyzers;
    this.rounds = rounds;
  }

  public void run(List<Document> docs, PrintWriter progress, PrintWriter out) {
    long words = 0;
    long chars = 0;
    for (Document d : docs) {
      words += WordCount.of(d.text());
      chars += d.text().length();
    }
    java.util.concurrent.atomic.AtomicReference<Analyzer> analyzer = new java.util.concurrent.atomic.AtomicReference<>();
    Measurement m = rounds.measure("Analyzer.analyze", docs.size(), docs.size(), i -> {
      if (i == 0) {
        analyzer.set(analyzers.get());
      }
      return produced(analyzer.get().analyze(docs.get(i)));
    }, progress);
    long tokens = 0;
    for (Document d : docs) {
      tokens += analyzer.get().analyze(d).tokens().size();
    }
    out.printf("documents: %,d SaudiNewsNet articles, %,d words (whitespace-separated), %,d chars, %,d Rasid tokens%n",
        docs.size(), words, chars, tokens);
    out.printf("single thread, %d warm-up + %d measured rounds; %s%n%n", rounds.warmup(), rounds.rounds(), Machine.describe());
    out.println("| measure | wall median | wall min | wall max | CPU median | CPU min | CPU max |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    RoundStats wall = m.time();
    RoundStats cpu = m.cpuTime();
    out.printf("| s/round | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", wall.median(), wall.min(), wall.max(), cpu.median(),
        cpu.min(), cpu.max());
    perSecond(out, "articles/s", docs.size(), wall, cpu);
    perSecond(out, "tokens/s", tokens, wall, cpu);
    perSecond(out, "words/s", words, wall, cpu);
    out.printf("| ms/article | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", 1000 * wall.median() / docs.size(),
        1000 * wall.min() / docs.size(), 1000 * wall.max() / docs.size(), 1000 * cpu.median() / docs.size(),
        1000 * cpu.min() / docs.size(), 1000 * cpu.max() / docs.size());
    out.flush();
  }

  /** A rate row: the fastest round (min seconds) gives the max rate. */
  private static void perSecond(PrintWriter out, String what, long units, RoundStats wall, RoundStats cpu) {
    out.printf("| %s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f |%n", what, units / wall.median(), units / wall.max(),
        units / wall.min(), units / cpu.median(), units / cpu.max(), units / cpu.min());
  }

  private static long produced(Analysis a) {
    return a.tokens().size() + a.sentences().size() + a.times().size() + a.entities().size() + a.quotes().size()
        + a.events().size();
  }
}
