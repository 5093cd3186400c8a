package org.rasid.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rasid.app.samples.SampleArticles;
import org.rasid.core.model.Document;
import org.rasid.extract.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid demo}: analyzes the bundled sample articles and prints a readable summary of each. */
@Command(
    name = "demo",
    description = "Analyze the bundled sample articles and print a readable Arabic summary of each.",
    mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Analyzer analyzer = Analyzer.create();
    for (Document doc : SampleArticles.load()) {
      ArticleSummary.print(analyzer.analyze(doc), out);
    }
    return 0;
  }
}
