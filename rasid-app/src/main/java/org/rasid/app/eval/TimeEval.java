package org.rasid.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasid.core.TextLayer;
import org.rasid.core.model.TimeExpression;
import org.rasid.extract.time.DctDetector;
import org.rasid.extract.time.TimeTagger;

/**
 * Evaluates the time tagger and the dct detector against gold annotations.
 *
 * <p>For each gold document the tagger runs with dct = the gold dct over the text layer's tokens
 * (exactly as {@code rasid analyze --dct} does), and times are scored with {@link TimeMatching} — the rules of score_gold.py: a gold time
 * is found when some system time overlaps it, its value is right when one of those has the gold
 * value; a system time is a hit when it overlaps some gold time. P = hits / system, R = found /
 * gold, value accuracy = right values / gold. The detector runs on the text alone and is scored on
 * the documents whose gold line says {@code dct_in_text}.
 */
public final class TimeEval {

  private final TextLayer textLayer;
  private final TimeTagger tagger;
  private final DctDetector detector;

  public TimeEval(TextLayer textLayer, TimeTagger tagger, DctDetector detector) {
    this.textLayer = textLayer;
    this.tagger = tagger;
    this.detector = detector;
  }

  public static TimeEval create() {
    TimeTagger tagger = TimeTagger.create();
    return new TimeEval(TextLayer.create(), tagger, DctDetector.using(tagger));
  }

  /** Counts of one document or of a whole set. */
  public record Counts(int gold, int found, int valueOk, int system, int systemHit) {
    Counts plus(Counts o) {
      return new Counts(gold + o.gold, found + o.found, valueOk + o.valueOk, system + o.system, systemHit + o.systemHit);
    }

    public double precision() {
      return system == 0 ? 0 : (double) systemHit / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Right values over gold times (score_gold.py's value_acc: max(1, gold) below). */
    public double valueAccuracy() {
      return (double) valueOk / Math.max(1, gold);
    }
  }

  /** A gold time the system missed or valued differently (for error analysis). */
  public record Miss(String text, String goldValue, String systemValue) {}

  /** The result of one document. */
  public record DocResult(String doc, Counts counts, LocalDate goldDct, boolean dctInText, LocalDate detectedDct,
      List<Miss> misses, List<String> spurious) {}

  /** The result of a gold set. */
  public record Result(List<DocResult> docs, Counts total, int dctDocs, int dctCorrect, int dctGuessesElsewhere) {
    public double dctAccuracy() {
      return dctDocs == 0 ? 0 : (double) dctCorrect / dctDocs;
    }
  }

  public Result run(List<TimeGold> gold, Path textDir) {
    List<DocResult> docs = new ArrayList<>();
    Counts total = new Counts(0, 0, 0, 0, 0);
    int dctDocs = 0;
    int dctCorrect = 0;
    int elsewhere = 0;
    for (TimeGold g : gold) {
      String text = read(textDir.resolve(g.file()));
      DocResult r = score(g, text);
      docs.add(r);
      total = total.plus(r.counts());
      if (g.dctInText()) {
        dctDocs++;
        if (g.dct() != null && g.dct().equals(r.detectedDct())) {
          dctCorrect++;
        }
      } else if (r.detectedDct() != null) {
        elsewhere++;
      }
    }
    return new Result(List.copyOf(docs), total, dctDocs, dctCorrect, elsewhere);
  }

  DocResult score(TimeGold g, String text) {
    List<TimeExpression> sys = tag(text, g.dct());
    int found = 0;
    int valueOk = 0;
    List<Miss> misses = new ArrayList<>();
    for (TimeGold.Time gt : g.times()) {
      List<TimeExpression> cands = sys.stream().filter(x -> TimeMatching.overlap(x.text(), gt.text())).toList();
      if (!cands.isEmpty()) {
        found++;
        if (cands.stream().anyMatch(x -> TimeMatching.valueMatches(x.value(), gt.value()))) {
          valueOk++;
        } else {
          misses.add(new Miss(gt.text(), gt.value(), cands.get(0).value()));
        }
      } else {
        misses.add(new Miss(gt.text(), gt.value(), null));
      }
    }
    int hit = 0;
    List<String> spurious = new ArrayList<>();
    for (TimeExpression x : sys) {
      if (g.times().stream().anyMatch(gt -> TimeMatching.overlap(x.text(), gt.text()))) {
        hit++;
      } else {
        spurious.add(x.text() + " = " + x.value());
      }
    }
    Optional<LocalDate> detected = detector.detect(text);
    return new DocResult(g.doc(), new Counts(g.times().size(), found, valueOk, sys.size(), hit), g.dct(), g.dctInText(),
        detected.orElse(null), List.copyOf(misses), List.copyOf(spurious));
  }

  /** The tagger's output for one text (what the evaluation scores). */
  public List<TimeExpression> tag(String text, LocalDate dct) {
    return tagger.tag(text, textLayer.process(text).tokens(), dct);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read text " + p, e);
    }
  }
}
