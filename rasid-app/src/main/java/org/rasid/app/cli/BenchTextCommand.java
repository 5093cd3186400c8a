package org.rasid.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rasid.app.bench.BenchCorpus;
import org.rasid.app.bench.BenchOptions;
import org.rasid.app.bench.BenchTexts;
import org.rasid.app.bench.TextBench;
import org.rasid.core.lexicon.WordLexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rasid bench text}: words/s of Rasid's text layer and of Lucene's ArabicAnalyzer on the same
 * SaudiNewsNet texts, one thread, with the cost of each text-layer stage.
 */
@Command(name = "text", description = "Rasid text layer vs Lucene ArabicAnalyzer, words/s on SaudiNewsNet, one thread.")
public final class BenchTextCommand implements Callable<Integer> {

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
    TextBench bench = new TextBench(WordLexicon.bundled(), setup.get().rounds());
    List<String> texts = BenchCorpus.contents(BenchCorpus.load(setup.get().corpus(), options.docs(), err));
    out.println("rasid bench text --docs " + options.docs()
        + " --rounds " + options.rounds().rounds() + " --warmup " + options.rounds().warmup());
    bench.run(BenchTexts.of(texts), err).print(out);
    return 0;
  }

}
