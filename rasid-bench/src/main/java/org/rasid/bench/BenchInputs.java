package org.rasid.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.rasid.app.bench.BenchCorpus;
import org.rasid.app.bench.BenchTexts;
import org.rasid.app.samples.SampleArticles;
import org.rasid.core.model.Document;
import org.rasid.store.corpus.SaudiNewsNetCorpus;

/**
 * The texts a JMH benchmark runs over.
 *
 * <p>Rules: with an empty {@code corpus} parameter, the sample articles bundled in rasid-app
 * ({@link SampleArticles#load()}), so the benchmarks run without /work/shared; with {@code -p
 * corpus=DIR}, the first {@code docs} non-empty SaudiNewsNet article bodies of DIR, and a missing
 * DIR fails the setup with the skip message (JMH then reports the benchmark as failed, not as fast).
 */
final class BenchInputs {

  private BenchInputs() {}

  static BenchTexts load(String corpus, int docs) {
    if (corpus == null || corpus.isBlank()) {
      return BenchTexts.of(SampleArticles.load().stream().map(Document::text).toList());
    }
    Path dir = Path.of(corpus);
    SaudiNewsNetCorpus c = BenchCorpus.open(dir).orElseThrow(() -> new IllegalStateException(BenchCorpus.skipMessage(dir)));
    StringWriter progress = new StringWriter();
    List<String> texts = BenchCorpus.contents(BenchCorpus.load(c, docs, new PrintWriter(progress)));
    return BenchTexts.of(texts);
  }
}
