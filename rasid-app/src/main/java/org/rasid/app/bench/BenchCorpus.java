package org.rasid.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rasid.store.corpus.CorpusArticle;
import org.rasid.store.corpus.SaudiNewsNetCorpus;

/**
 * Finds SaudiNewsNet for a benchmark and loads articles into memory before anything is timed.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Location: {@code --corpus DIR} if given; else {@code $RASID_SHARED/corpora/saudinewsnet};
 *       else {@code ../shared/corpora/saudinewsnet} relative to the working directory.
 *   <li>A directory that does not exist or holds no {@code .zip} is "not found": the caller prints
 *       a skip message (benchmarks need shared data the repository does not carry).
 *   <li>Loading reads all zips in date order (held-out zips included: speed, not accuracy, is
 *       measured) and stops after {@code docs} articles; articles with empty content are skipped
 *       since they measure nothing but call overhead.
 * </ul>
 */
public final class BenchCorpus {

  /** Print a progress line every this many loaded articles. */
  static final int PROGRESS_EVERY = 5000;

  private BenchCorpus() {}

  /** Where the corpus is expected (it may not exist). */
  public static Path locate(Path option, String rasidShared) {
    if (option != null) {
      return option;
    }
    return Path.of(rasidShared != null ? rasidShared : "../shared").resolve("corpora").resolve("saudinewsnet");
  }

  /** The corpus at {@code dir}, or empty when the directory is missing or holds no zip. */
  public static Optional<SaudiNewsNetCorpus> open(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SaudiNewsNetCorpus.open(dir));
    } catch (IllegalArgumentException noZips) {
      return Optional.empty();
    }
  }

  /** The one-line message printed when the corpus is absent. */
  public static String skipMessage(Path dir) {
    return "skipped: SaudiNewsNet corpus not found at " + dir.toAbsolutePath().normalize()
        + " (give --corpus DIR or set RASID_SHARED)";
  }

  /**
   * Loads up to {@code docs} non-empty articles ({@code docs <= 0}: all), printing progress on
   * {@code progress}.
   */
  public static List<CorpusArticle> load(SaudiNewsNetCorpus corpus, int docs, PrintWriter progress) {
    int limit = docs <= 0 ? Integer.MAX_VALUE : docs;
    List<CorpusArticle> out = new ArrayList<>();
    long chars = 0;
    long t0 = System.nanoTime();
    try (Stream<CorpusArticle> articles = corpus.articles()) {
      Iterator<CorpusArticle> it = articles.iterator();
      while (it.hasNext() && out.size() < limit) {
        CorpusArticle a = it.next();
        if (a.content().isBlank()) {
          continue;
        }
        out.add(a);
        chars += a.content().length();
        if (out.size() % PROGRESS_EVERY == 0) {
          progress.printf("  loading: %,d articles, %,d chars, %.1f s%n", out.size(), chars, (System.nanoTime() - t0) / 1e9);
          progress.flush();
        }
      }
    }
    progress.printf("  loaded %,d articles (%,d chars) from a %d-zip corpus in %.1f s%n",
        out.size(), chars, corpus.zips().size(), (System.nanoTime() - t0) / 1e9);
    progress.flush();
    return out;
  }

  /** The article bodies. */
  public static List<String> contents(List<CorpusArticle> articles) {
    return articles.stream().map(CorpusArticle::content).toList();
  }
}
