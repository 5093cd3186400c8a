package org.rasid.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasid eval gold [--gold FILE] [--texts DIR] [--json] [--errors] [--write-sys DIR]}: Rasid
 * against the shared hand annotations of the sample articles ({@code data/gold/seeds.jsonl}, the
 * format {@code shared/tools/score_gold.py} reads). It scores what Rasid extracts today, the
 * publication date and the time expressions, with the rules of {@code rasid eval time}, and names the
 * annotated areas it does not extract yet (entities, quotations, events) with their counts instead of
 * scoring them as zeros. Defaults: {@code $RASID_SHARED} (else {@code ../shared}) {@code
 * /data/gold/seeds.jsonl} and {@code /samples/seeds}. Exits 2 with a message when the annotations are
 * absent (they are shared data, not in the repository; the repository's own annotations of the same
 * five texts and of eight held-out ones are scored by {@code rasid eval time}).
 */
@Command(name = "gold", mixinStandardHelpOptions = true,
    description = "Score Rasid against the shared gold annotations of the samples (publication dates, time expressions).")
public final class EvalGoldCommand implements Callable<Integer> {

  @Option(names = "--gold", description = "Gold JSONL (default $RASID_SHARED/data/gold/seeds.jsonl, else ../shared/data/gold/seeds.jsonl)")
  Path gold;

  @Option(names = "--texts", description = "Directory with the texts named in the gold 'file' fields (default $RASID_SHARED/samples/seeds, else ../shared/samples/seeds)")
  Path texts;

  @CommandLine.Mixin TimeReportOptions report;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path shared = sharedDir(System.getenv("RASID_SHARED"));
    Path goldFile = gold != null ? gold : shared.resolve("data").resolve("gold").resolve("seeds.jsonl");
    Path textDir = texts != null ? texts : shared.resolve("samples").resolve("seeds");
    if (!Files.isRegularFile(goldFile)) {
      throw new UserInputException("gold annotations not found: " + goldFile.toAbsolutePath().normalize()
          + " (shared data, not in the repository; give --gold FILE. The repository's own annotations: "
          + "rasid eval time --gold eval/gold/seeds-times.jsonl --texts samples)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Unscored unscored = Unscored.of(goldFile);
    if (!report.json) {
      out.printf("gold: %s; scored: publication dates and time expressions%n", goldFile);
      if (unscored.any()) {
        out.printf("not scored, not extracted yet: %d entities, %d quotations, %d events annotated%n",
            unscored.entities(), unscored.quotes(), unscored.events());
      }
      out.println();
    }
    return EvalTimeCommand.evaluate(goldFile, textDir, report, out);
  }

  /** {@code $RASID_SHARED} if set, else {@code ../shared}. */
  static Path sharedDir(String env) {
    return Path.of(env != null && !env.isBlank() ? env : "../shared");
  }

  /** How many annotations of each area Rasid does not extract yet the gold holds. */
  record Unscored(int entities, int quotes, int events) {
    boolean any() {
      return entities + quotes + events > 0;
    }

    static Unscored of(Path jsonl) {
      ObjectMapper json = new ObjectMapper();
      int entities = 0;
      int quotes = 0;
      int events = 0;
      try {
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).isBlank()) {
            continue;
          }
          JsonNode n;
          try {
            n = json.readTree(lines.get(i));
          } catch (IOException e) {
            throw new UserInputException("cannot read gold " + jsonl + ":" + (i + 1) + ": " + e.getMessage());
          }
          entities += n.path("entities").size();
          quotes += n.path("quotes").size();
          events += n.path("events").size();
        }
      } catch (IOException e) {
        throw new UserInputException("cannot read gold " + jsonl + ": " + e.getMessage());
      }
      return new Unscored(entities, quotes, events);
    }
  }
}
