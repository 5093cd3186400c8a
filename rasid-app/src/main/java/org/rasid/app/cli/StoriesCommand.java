package org.rasid.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.extract.Analyzer;
import org.rasid.store.corpus.CorpusArticle;
import org.rasid.store.corpus.SaudiNewsNetCorpus;
import org.rasid.store.story.TermStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid stories}: story list and story views; see the options. */
@Command(name = "stories", description = "Stories: near-duplicate groups and story clusters of ingested articles.", mixinStandardHelpOptions = true)
public final class StoriesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--build-stats", paramLabel = "FILE", description = "count term document frequencies over the SaudiNewsNet training zips into FILE (gzip TSV) and exit")
  Path buildStats;

  @Option(names = "--corpus", description = "SaudiNewsNet zip directory for --build-stats (default ../shared/corpora/saudinewsnet)")
  Path corpus;

  @Option(names = "--min-df", defaultValue = "3", description = "with --build-stats: keep terms in at least this many articles (default ${DEFAULT-VALUE})")
  int minDf;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (buildStats != null) {
      return buildStats(out);
    }
    return 0;
  }

  private int buildStats(PrintWriter out) throws IOException {
    SaudiNewsNetCorpus all = SaudiNewsNetCorpus.open(LexiconCommand.corpusDir(corpus));
    SaudiNewsNetCorpus training = all.training();
    Analyzer analyzer = Analyzer.create();
    TermStatistics.Builder b = TermStatistics.builder();
    long t0 = System.nanoTime();
    try (Stream<CorpusArticle> s = training.articles()) {
      s.forEach(a -> {
        Analysis an = analyzer.analyze(new Document("x", a.content(), new DocumentMeta(a.source(), a.title(), a.url(), (LocalDate) null)));
        b.add(an);
      });
    }
    TermStatistics ts = b.build();
    if (buildStats.getParent() != null) {
      Files.createDirectories(buildStats.getParent());
    }
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(buildStats))) {
      ts.write(os, minDf);
    }
    out.printf("%d articles from %s (held out: %s), %d terms, kept df >= %d, %.1f s -> %s%n",
        ts.documents(), training.zips().stream().map(p -> p.getFileName().toString()).toList(),
        all.heldOut().zips().stream().map(p -> p.getFileName().toString()).toList(),
        ts.vocabularySize(), minDf, (System.nanoTime() - t0) / 1e9, buildStats);
    return 0;
  }
}
