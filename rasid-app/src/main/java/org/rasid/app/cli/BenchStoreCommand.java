package org.rasid.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rasid.app.bench.BenchCorpus;
import org.rasid.app.bench.BenchDocuments;
import org.rasid.app.bench.StoreBench;
import org.rasid.core.model.Document;
import org.rasid.store.corpus.SaudiNewsNetCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasid bench ingest} and {@code rasid bench search}: the store on SaudiNewsNet, in a
 * temporary data directory that is deleted afterwards.
 */
final class BenchStoreCommand {

  private BenchStoreCommand() {}

  static Optional<List<Document>> load(Path corpusOption, int docs, PrintWriter err) {
    Path dir = BenchCorpus.locate(corpusOption, System.getenv("RASID_SHARED"));
    Optional<SaudiNewsNetCorpus> corpus = BenchCorpus.open(dir);
    if (corpus.isEmpty()) {
      err.println(BenchCorpus.skipMessage(dir));
      return Optional.empty();
    }
    return Optional.of(BenchDocuments.of(BenchCorpus.load(corpus.get(), docs, err)));
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Command(name = "ingest", description = "Ingest SaudiNewsNet into a temporary store: articles/s (goal: all in <= 60 s on 2 cores).")
  static final class Ingest implements Callable<Integer> {
    @Option(names = "--corpus", description = "SaudiNewsNet zip directory (default $RASID_SHARED/corpora/saudinewsnet, else ../shared/corpora/saudinewsnet)")
    Path corpus;

    @Option(names = "--docs", defaultValue = "0", description = "articles, 0 = all (default ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--threads", defaultValue = "2", description = "analysis threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--no-stories", description = "ingest without story tracking, to measure what stories cost")
    boolean noStories;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (threads < 1) {
        throw new UserInputException("--threads must be >= 1, got " + threads);
      }
      PrintWriter err = spec.commandLine().getErr();
      Optional<List<Document>> docsLoaded = load(corpus, docs, err);
      if (docsLoaded.isEmpty()) {
        return 2;
      }
      Path tmp = Files.createTempDirectory("rasid-bench-ingest");
      try {
        Path jsonl = StoreBench.writeJsonl(docsLoaded.get(), tmp.resolve("saudinewsnet.jsonl"));
        spec.commandLine().getOut().println("rasid bench ingest --docs " + docs + " --threads " + threads + (noStories ? " --no-stories" : ""));
        StoreBench.ingest(tmp.resolve("data"), jsonl, docsLoaded.get().size(), threads, !noStories, err, spec.commandLine().getOut());
      } finally {
        delete(tmp);
      }
      return 0;
    }
  }

  @Command(name = "search", description = "Search latency p50/p99 over realistic queries on a temporary SaudiNewsNet store (goal p99 <= 20 ms).")
  static final class Search implements Callable<Integer> {
    @Option(names = "--corpus", description = "SaudiNewsNet zip directory (default $RASID_SHARED/corpora/saudinewsnet, else ../shared/corpora/saudinewsnet)")
    Path corpus;

    @Option(names = "--docs", defaultValue = "0", description = "articles to index, 0 = all (default ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--queries", defaultValue = "1000", description = "measured queries (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--threads", defaultValue = "2", description = "ingest threads for building the index (default ${DEFAULT-VALUE})")
    int threads;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (queries < 1 || threads < 1) {
        throw new UserInputException("--queries and --threads must be >= 1");
      }
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter out = spec.commandLine().getOut();
      Optional<List<Document>> docsLoaded = load(corpus, docs, err);
      if (docsLoaded.isEmpty()) {
        return 2;
      }
      Path tmp = Files.createTempDirectory("rasid-bench-search");
      try {
        Path jsonl = StoreBench.writeJsonl(docsLoaded.get(), tmp.resolve("saudinewsnet.jsonl"));
        out.println("rasid bench search --docs " + docs + " --queries " + queries);
        out.println("(index built first:)");
        StoreBench.ingest(tmp.resolve("data"), jsonl, docsLoaded.get().size(), threads, true, err, out);
        out.println();
        StoreBench.search(tmp.resolve("data"), StoreBench.queries(docsLoaded.get(), queries, 42), err, out);
      } finally {
        delete(tmp);
      }
      return 0;
    }
  }
}
