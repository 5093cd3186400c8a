package org.rasid.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.rasid.app.bench.BenchCorpus;
import org.rasid.app.bench.BenchOptions;
import org.rasid.app.bench.Rounds;
import org.rasid.core.TextLayer;
import org.rasid.core.glued.GluedWordSplitter;
import org.rasid.core.lexicon.WordLexicon;
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

  /**
   * Fresh text layers for the rounds of a benchmark: the bundled lexicon and glued-word models are
   * loaded once, here, and every call builds a new layer around them (an empty word memo), so a round
   * neither pays the loading nor replays what an earlier round memoized.
   */
  static Supplier<TextLayer> freshTextLayers() {
    GluedWordSplitter splitter = GluedWordSplitter.bundled(WordLexicon.bundled());
    return () -> TextLayer.create(splitter);
  }
}
