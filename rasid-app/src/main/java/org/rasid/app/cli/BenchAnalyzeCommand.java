package org.rasid.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rasid.app.bench.AnalyzeBench;
import org.rasid.app.bench.BenchCorpus;
import org.rasid.app.bench.BenchDocuments;
import org.rasid.app.bench.BenchOptions;
import org.rasid.app.bench.Rounds;
import org.rasid.extract.Analyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasid bench analyze}: full-pipeline throughput on SaudiNewsNet, one thread. */
@Command(name = "analyze", description = "Analyzer.analyze throughput (articles/s, tokens/s) on SaudiNewsNet, one thread.")
public final class BenchAnalyzeCommand implements Callable<Integer> {

  @CommandLine.Mixin BenchOptions options;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Optional<BenchSetup> setup = BenchSetup.of(options, err);
    if (setup.isEmpty()) {
      return 2;
    }
    Rounds rounds = setup.get().rounds();
    java.util.function.Supplier<org.rasid.core.TextLayer> layers = BenchSetup.freshTextLayers();
    org.rasid.extract.time.TimeTagger tagger = org.rasid.extract.time.TimeTagger.create();
    AnalyzeBench bench = new AnalyzeBench(() -> new Analyzer(layers.get(), tagger), rounds);
    var docs = BenchDocuments.of(BenchCorpus.load(setup.get().corpus(), options.docs(), err));
    out.println("rasid bench analyze --docs " + options.docs()
        + " --rounds " + rounds.rounds() + " --warmup " + rounds.warmup());
    bench.run(docs, err, out);
    return 0;
  }
}
