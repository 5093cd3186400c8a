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

  private final Analyzer analyzer;
  private final Rounds rounds;

  public AnalyzeBench(Analyzer analyzer, Rounds rounds) {
    this.analyzer = analyzer;
    this.rounds = rounds;
  }

  public void run(List<Document> docs, PrintWriter progress, PrintWriter out) {
    long words = 0;
    long chars = 0;
    for (Document d : docs) {
      words += WordCount.of(d.text());
      chars += d.text().length();
    }
    long tokens = 0;
    for (Document d : docs.subList(0, Math.min(docs.size(), 1))) {
      tokens += analyzer.analyze(d).tokens().size(); // class loading before the first round
    }
    Measurement m = rounds.measure("Analyzer.analyze", docs.size(), docs.size(), i -> produced(analyzer.analyze(docs.get(i))), progress);
    tokens = 0;
    for (Document d : docs) {
      tokens += analyzer.analyze(d).tokens().size();
    }
    RoundStats time = m.time();
    out.printf("documents: %,d SaudiNewsNet articles, %,d words (whitespace-separated), %,d chars, %,d Rasid tokens%n",
        docs.size(), words, chars, tokens);
    out.printf("single thread, %d warm-up + %d measured rounds; %s%n%n", rounds.warmup(), rounds.rounds(), Machine.describe());
    out.println("| measure | median | min | max |");
    out.println("|---|---:|---:|---:|");
    out.printf("| s/round | %.3f | %.3f | %.3f |%n", time.median(), time.min(), time.max());
    out.printf("| articles/s | %,.0f | %,.0f | %,.0f |%n", docs.size() / time.median(), docs.size() / time.max(), docs.size() / time.min());
    out.printf("| tokens/s | %,.0f | %,.0f | %,.0f |%n", tokens / time.median(), tokens / time.max(), tokens / time.min());
    out.printf("| words/s | %,.0f | %,.0f | %,.0f |%n", words / time.median(), words / time.max(), words / time.min());
    out.printf("| ms/article | %.3f | %.3f | %.3f |%n", 1000 * time.median() / docs.size(), 1000 * time.min() / docs.size(),
        1000 * time.max() / docs.size());
    out.flush();
  }

  private static long produced(Analysis a) {
    return a.tokens().size() + a.sentences().size() + a.times().size() + a.entities().size() + a.quotes().size()
        + a.events().size();
  }
}
