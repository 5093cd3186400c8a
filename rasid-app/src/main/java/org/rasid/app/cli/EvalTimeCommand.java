package org.rasid.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasid.app.eval.TimeEval;
import org.rasid.app.eval.TimeGold;
import org.rasid.core.model.TimeExpression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasid eval time --gold FILE --texts DIR [--json] [--errors] [--write-sys DIR]}: time
 * detection P/R/F, value accuracy (score_gold.py's rules) per document and overall, and dct-detector
 * accuracy on the documents whose date is written in the text. {@code --write-sys} also writes one
 * {@code <doc>.json} per gold doc (analysis.schema.json shape, times only) so that
 * {@code shared/tools/score_gold.py} can cross-check the figures. The tagger's speed is measured by
 * {@code rasid bench time}, not here.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Evaluate the time tagger and dct detector against gold annotations (score_gold.py rules).")
public final class EvalTimeCommand implements Callable<Integer> {

  @Option(names = "--gold", description = "Gold JSONL (score_gold.py format), e.g. eval/gold/seeds-times.jsonl")
  Path gold;

  @Option(names = "--texts", description = "Directory with the texts named in the gold 'file' fields")
  Path texts;

  @CommandLine.Mixin TimeReportOptions report;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (gold == null || texts == null) {
      throw new UserInputException("--gold and --texts are required (the tagger's speed: rasid bench time)");
    }
    return evaluate(gold, texts, report, spec.commandLine().getOut());
  }

  /**
   * Scores the time tagger and the dct detector on {@code gold} over {@code texts} and prints the
   * report to {@code out} (a table, or one JSON object); 0, or a {@link UserInputException} for a
   * missing or unreadable file. Shared with {@code rasid eval gold}.
   */
  static int evaluate(Path gold, Path texts, TimeReportOptions report, PrintWriter out) throws Exception {
    if (!Files.isRegularFile(gold)) {
      throw new UserInputException("gold file not found: " + gold);
    }
    if (!Files.isDirectory(texts)) {
      throw new UserInputException("texts directory not found: " + texts);
    }
    List<TimeGold> docs;
    try {
      docs = TimeGold.read(gold);
    } catch (RuntimeException e) {
      throw new UserInputException("cannot read gold " + gold + ": " + e.getMessage());
    }
    for (TimeGold g : docs) {
      if (!Files.isRegularFile(texts.resolve(g.file()))) {
        throw new UserInputException("text of gold doc " + g.doc() + " not found: " + texts.resolve(g.file()));
      }
    }
    TimeEval eval = TimeEval.create();
    TimeEval.Result r = eval.run(docs, texts);
    if (report.writeSys != null) {
      writeSystemOutputs(eval, docs, texts, report.writeSys);
    }
    if (report.json) {
      out.println(toJson(r));
    } else {
      print(out, r, report.errors);
    }
    out.flush();
    return 0;
  }

  private static void writeSystemOutputs(TimeEval eval, List<TimeGold> docs, Path texts, Path writeSys) throws Exception {
    Files.createDirectories(writeSys);
    ObjectMapper m = new ObjectMapper();
    for (TimeGold g : docs) {
      String text = Files.readString(texts.resolve(g.file()));
      ObjectNode o = m.createObjectNode();
      o.put("id", g.doc());
      o.put("dct", g.dct() == null ? null : g.dct().toString());
      o.put("dct_source", g.dct() == null ? "none" : "given");
      o.putArray("entities");
      ArrayNode times = o.putArray("times");
      for (TimeExpression t : eval.tag(text, g.dct())) {
        ObjectNode x = times.addObject();
        x.put("start", t.span().start()).put("end", t.span().end()).put("text", t.text());
        x.put("type", t.type().name()).put("value", t.value()).put("anchor", t.anchor().name().toLowerCase(Locale.ROOT));
      }
      o.putArray("quotes");
      o.putArray("events");
      Files.writeString(writeSys.resolve(g.doc() + ".json"), m.writeValueAsString(o));
    }
  }



  private static void print(PrintWriter out, TimeEval.Result r, boolean errors) {
    out.printf(Locale.ROOT, "%-34s %5s %5s %5s %6s %6s %6s %6s  %s%n", "doc", "gold", "sys", "found", "P", "R", "F", "value", "dct(detected/gold)");
    for (TimeEval.DocResult d : r.docs()) {
      TimeEval.Counts c = d.counts();
      out.printf(Locale.ROOT, "%-34s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f  %s/%s%s%n", d.doc(), c.gold(), c.system(), c.found(),
          c.precision(), c.recall(), c.f1(), c.valueAccuracy(), d.detectedDct(), d.goldDct(), d.dctInText() ? " (in text)" : "");
      if (errors) {
        d.misses().forEach(m -> out.printf("    miss  %s  gold=%s sys=%s%n", m.text(), m.goldValue(), m.systemValue()));
        d.spurious().forEach(s -> out.printf("    extra %s%n", s));
      }
    }
    TimeEval.Counts t = r.total();
    out.printf(Locale.ROOT, "%-34s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f%n", "TOTAL", t.gold(), t.system(), t.found(), t.precision(), t.recall(), t.f1(), t.valueAccuracy());
    out.printf(Locale.ROOT, "dct: %d/%d correct on docs with the date in the text (accuracy %.3f); detector returned a date on %d other docs%n",
        r.dctCorrect(), r.dctDocs(), r.dctAccuracy(), r.dctGuessesElsewhere());
  }

  private static String toJson(TimeEval.Result r) throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.set("times", counts(m, r.total()));
    ObjectNode dct = root.putObject("dct");
    dct.put("docs", r.dctDocs()).put("correct", r.dctCorrect()).put("accuracy", r.dctAccuracy()).put("guesses_elsewhere", r.dctGuessesElsewhere());
    ArrayNode docs = root.putArray("docs");
    for (TimeEval.DocResult d : r.docs()) {
      ObjectNode o = counts(m, d.counts());
      o.put("doc", d.doc());
      o.put("dct_detected", d.detectedDct() == null ? null : d.detectedDct().toString());
      docs.add(o);
    }
    return m.writeValueAsString(root);
  }

  private static ObjectNode counts(ObjectMapper m, TimeEval.Counts c) {
    ObjectNode o = m.createObjectNode();
    o.put("gold", c.gold()).put("system", c.system()).put("found", c.found()).put("value_ok", c.valueOk());
    o.put("P", c.precision()).put("R", c.recall()).put("F", c.f1()).put("value_acc", c.valueAccuracy());
    return o;
  }
}
