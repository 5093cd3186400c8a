package org.rasid.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasid eval}: parent of the evaluation commands; it only registers them. */
@Command(
    name = "eval",
    description = "Evaluations on shared data (skip with exit 2 when the data is absent).",
    mixinStandardHelpOptions = true,
    subcommands = {EvalGluedCommand.class, EvalCliticsCommand.class, EvalTimeCommand.class, EvalGoldCommand.class, EvalStoriesCommand.class})
public final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
