package org.rasid.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rasid.app.bench.BenchCorpus;
import org.rasid.app.bench.BenchDocuments;
import org.rasid.app.bench.BenchOptions;
import org.rasid.app.bench.Rounds;
import org.rasid.app.bench.TimeBench;
import org.rasid.extract.time.TimeTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasid bench time}: time tagging cost relative to the text layer on SaudiNewsNet, one thread. */
@Command(name = "time", description = "TimeTagger.tag time as a share of the text layer's, same texts, one thread.")
public final class BenchTimeCommand implements Callable<Integer> {

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
    TimeBench bench = new TimeBench(BenchSetup.freshTextLayers(), TimeTagger.create(), rounds);
    var docs = BenchDocuments.of(BenchCorpus.load(setup.get().corpus(), options.docs(), err));
    out.println("rasid bench time --docs " + options.docs() + " --rounds " + rounds.rounds() + " --warmup " + rounds.warmup());
    bench.run(docs, err, out);
    return 0;
  }
}
