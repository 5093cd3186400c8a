package org.rasid.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.app.http.ServerConfig;
import org.rasid.app.samples.SampleArticles;
import org.rasid.core.model.Document;
import org.rasid.extract.Analyzer;
import org.rasid.store.RasidStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid demo}: ingests the bundled sample articles into the embedded index ({@code
 * --data}, default {@code ./rasid-data}), prints the URL and serves the web page and API; with
 * {@code --print}, analyzes the samples and prints a readable summary of each instead.
 *
 * <p>The samples are read from the jar, so the demo works from any directory. Ingesting again is
 * harmless: an article is stored under its id, so a second run replaces the first.
 */
@Command(
    name = "demo",
    description = {
      "Ingest the bundled sample articles into the index, print the URL and serve the web page.",
      "With --print: analyze the samples and print a readable Arabic summary of each."
    },
    mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--print", description = "Print a summary of each sample's analysis instead of serving.")
  boolean print;

  @Mixin ServeCommand.Options options = new ServeCommand.Options();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // Bad options fail before the analyzer's resources are loaded.
    ServerConfig config = print ? null : options.config();
    Analyzer analyzer = Analyzer.create();
    List<Document> samples = SampleArticles.load();
    if (print) {
      for (Document doc : samples) {
        ArticleSummary.print(analyzer.analyze(doc), out);
      }
      return 0;
    }
    try (RasidStore store = options.openStore(analyzer)) {
      for (Document doc : samples) {
        store.ingestOne(doc);
      }
      out.println("أُضيفت إلى الفهرس " + options.data.toAbsolutePath() + ": " + ServeCommand.articles(samples.size()) + " نموذجية");
      ServeCommand.serveUntilStopped(store, analyzer, config, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }
}
