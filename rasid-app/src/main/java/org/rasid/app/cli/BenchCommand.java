package org.rasid.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasid bench}: parent of the throughput benchmarks; it only registers them. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks on SaudiNewsNet: text layer, analyzer, time tagger (one thread), ingest and search (skip with exit 2 when the corpus is absent).",
    subcommands = {BenchTextCommand.class, BenchAnalyzeCommand.class, BenchTimeCommand.class,
      BenchStoreCommand.Ingest.class, BenchStoreCommand.Search.class})
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
