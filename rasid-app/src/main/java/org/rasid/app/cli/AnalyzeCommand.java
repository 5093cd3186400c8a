package org.rasid.app.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Document;
import org.rasid.extract.Analyzer;
import org.rasid.store.json.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid analyze}: one JSON object per input (analysis.schema.json); JSON Lines for several.
 *
 * <p>A bad input (invalid UTF-8, binary, too large, missing) is reported on stderr as one line and
 * the others are still analyzed; the exit code is then 2.
 */
@Command(
    name = "analyze",
    description = "Analyze Arabic text files (or - for stdin) and print JSON per analysis.schema.json.",
    mixinStandardHelpOptions = true)
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files (UTF-8), or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--dct", paramLabel = "YYYY-MM-DD", description = "Publication date (wins over any date found in the text).")
  LocalDate dct;

  @Option(names = "--id", description = "Document id (one input only; default: file name without extension).")
  String id;

  @Option(names = "--tokens", description = "Include tokens with their normalized form and clitic parts.")
  boolean tokens;

  @Option(names = "--no-text", description = "Omit the original text from the output.")
  boolean noText;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes = InputFiles.DEFAULT_MAX_BYTES;

  /** Standard input; replaced in tests. */
  java.io.InputStream stdin = System.in;

  @Override
  public Integer call() {
    if (id != null && inputs.size() > 1) {
      throw new UserInputException("--id applies to one input, got " + inputs.size());
    }
    Analyzer analyzer = Analyzer.create();
    AnalysisJson json = new AnalysisJson();
    AnalysisJson.Options options = new AnalysisJson.Options(!noText, tokens, pretty);
    PrintWriter err = spec.commandLine().getErr();
    int failures = 0;
    Writer out = spec.commandLine().getOut();
    try {
      for (String input : inputs) {
        String text;
        try {
          text = InputFiles.read(input, stdin, maxBytes);
        } catch (UserInputException e) {
          err.println("rasid: " + e.getMessage());
          err.flush();
          failures++;
          continue;
        }
        Analysis a = analyzer.analyze(new Document(id != null ? id : InputFiles.idOf(input), text), dct);
        json.write(a, options, out);
        out.write('\n');
        out.flush();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return failures == 0 ? 0 : 2;
  }
}
