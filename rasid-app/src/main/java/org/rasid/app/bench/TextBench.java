package org.rasid.app.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rasid.core.TextLayer;
import org.rasid.core.glued.GluedWordSplitter;
import org.rasid.core.lexicon.WordLexicon;

/**
 * {@code rasid bench text}: Rasid's text layer against Lucene's ArabicAnalyzer on the same texts, on
 * the calling thread, then the text layer's cost per stage.
 *
 * <p>Rules: both analyzers see the same in-memory texts in the same order, with the same warm-up and
 * measured rounds, interleaved ({@link Rounds}); throughput is divided by the same {@link WordCount} for both; the ratio is of the
 * median words/s. Stage costs come from {@link TextStages} (same work, grouped by stage).
 */
public final class TextBench {

  private final GluedWordSplitter splitter;
  private final Rounds rounds;

  public TextBench(WordLexicon lexicon, Rounds rounds) {
    this.splitter = GluedWordSplitter.bundled(lexicon); // the models load once, not in a measured round
    this.rounds = rounds;
  }

  /** Runs the three measurements over {@code texts}, printing round times on {@code progress}. */
  public TextBenchReport run(BenchTexts texts, PrintWriter progress) {
    List<String> t = texts.texts();
    int n = t.size();
    // A fresh text layer at the start of every round: its word memo then warms up within the round,
    // as in one real ingest of new texts, instead of serving later rounds from the texts it has
    // already seen (which would overstate single-pass throughput).
    java.util.concurrent.atomic.AtomicReference<TextLayer> layer = new java.util.concurrent.atomic.AtomicReference<>();
    List<Measurement> m;
    try (LuceneArabic baseline = new LuceneArabic()) {
      m = rounds.measure(List.of(
          new Rounds.Task("Rasid TextLayer.process", texts.words(), i -> {
            if (i == 0) {
              layer.set(TextLayer.create(splitter));
            }
            return layer.get().process(t.get(i)).tokens().size();
          }),
          new Rounds.Task("Lucene ArabicAnalyzer", texts.words(), i -> baseline.consume(t.get(i)))), n, progress);
    }
    Measurement rasid = m.get(0);
    Measurement lucene = m.get(1);
    return new TextBenchReport(texts, rounds, rasid, lucene, stages(t, progress));
  }

  /** Wall and CPU seconds per round of each stage, one warm-up round first. */
  private StageTimes stages(List<String> texts, PrintWriter progress) {
    TextStages stages = new TextStages(splitter);
    TextStages.Stage[] all = TextStages.Stage.values();
    double[][] wall = new double[all.length][rounds.rounds()];
    double[][] cpu = new double[all.length][rounds.rounds()];
    for (int r = -1; r < rounds.rounds(); r++) {
      long[] wallNanos = new long[all.length];
      long[] cpuNanos = new long[all.length];
      long sum = 0;
      for (String text : texts) {
        sum += stages.process(text, wallNanos, cpuNanos).tokens().size();
      }
      if (r >= 0) {
        for (TextStages.Stage s : all) {
          wall[s.ordinal()][r] = wallNanos[s.ordinal()] / 1e9;
          cpu[s.ordinal()][r] = cpuNanos[s.ordinal()] / 1e9;
        }
      }
      if (progress != null) {
        progress.printf("  %-28s %s: %.2f s (thread CPU %.2f s, %d tokens)%n", "stages", r < 0 ? "warm-up" : "round " + (r + 1),
            Arrays.stream(wallNanos).sum() / 1e9, Arrays.stream(cpuNanos).sum() / 1e9, sum);
        progress.flush();
      }
    }
    Map<TextStages.Stage, RoundStats> w = new EnumMap<>(TextStages.Stage.class);
    Map<TextStages.Stage, RoundStats> c = new EnumMap<>(TextStages.Stage.class);
    for (TextStages.Stage s : all) {
      w.put(s, RoundStats.of(wall[s.ordinal()]));
      c.put(s, RoundStats.of(cpu[s.ordinal()]));
    }
    return new StageTimes(w, c);
  }
}
