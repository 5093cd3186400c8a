package org.rasid.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.rasid.app.bench.BenchCorpus;
import org.rasid.app.bench.BenchOptions;
import org.rasid.app.bench.Rounds;
import org.rasid.store.corpus.SaudiNewsNetCorpus;

/**
 * What every corpus benchmark command checks before it measures: the corpus is there (else the
 * skip message, and the caller exits 2) and the rounds are valid (else a usage error, exit 2).
 */
record BenchSetup(SaudiNewsNetCorpus corpus, Rounds rounds) {

  /** The setup, or empty after printing the skip message on {@code err}. */
  static Optional<BenchSetup> of(BenchOptions options, PrintWriter err) {
    Path dir = options.corpusDir();
    Optional<SaudiNewsNetCorpus> corpus = BenchCorpus.open(dir);
    if (corpus.isEmpty()) {
      err.println(BenchCorpus.skipMessage(dir));
      return Optional.empty();
    }
    Rounds rounds;
    try {
      rounds = options.rounds();
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    return Optional.of(new BenchSetup(corpus.get(), rounds));
  }
}
