package org.rasid.app.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options shared by the corpus benchmarks ({@code rasid bench text|analyze|time}), as a picocli
 * mixin.
 */
public final class BenchOptions {

  @Option(names = "--corpus", description = "SaudiNewsNet zip directory (default $RASID_SHARED/corpora/saudinewsnet,"
      + " else ../shared/corpora/saudinewsnet)")
  Path corpus;

  @Option(names = "--docs", defaultValue = "10000", description = "articles to load, 0 = all 31,030 (default ${DEFAULT-VALUE}: a full run stays under 3 minutes on 2 idle cores)")
  int docs;

  @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--warmup", defaultValue = "1", description = "unmeasured warm-up rounds (default ${DEFAULT-VALUE})")
  int warmup;

  /** Where the corpus is expected, after {@code --corpus} and {@code RASID_SHARED}. */
  public Path corpusDir() {
    return BenchCorpus.locate(corpus, System.getenv("RASID_SHARED"));
  }

  public int docs() {
    return docs;
  }

  public Rounds rounds() {
    return new Rounds(warmup, rounds);
  }
}
