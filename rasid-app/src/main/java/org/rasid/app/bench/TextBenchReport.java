package org.rasid.app.bench;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What {@code rasid bench text} found, and how it prints it (Markdown tables, pasteable into
 * docs/BENCHMARKS.md).
 *
 * @param texts the texts measured
 * @param rounds warm-up and measured rounds
 * @param rasid Rasid's text layer
 * @param lucene Lucene's ArabicAnalyzer
 * @param stages seconds per round of each text-layer stage
 */
public record TextBenchReport(BenchTexts texts, Rounds rounds, Measurement rasid, Measurement lucene, StageTimes stages) {

  /** The goal: Rasid's text layer at least this fraction of Lucene's throughput. */
  public static final double GOAL_RATIO = 0.3;

  /** Median wall-clock words/s of Rasid over that of Lucene. */
  public double ratio() {
    return rasid.rate().median() / lucene.rate().median();
  }

  /** Median words per CPU second of Rasid over that of Lucene. */
  public double cpuRatio() {
    return rasid.cpuRate().median() / lucene.cpuRate().median();
  }

  public void print(PrintWriter out) {
    out.printf("texts: %,d SaudiNewsNet article bodies, %,d words (whitespace-separated words of the input, the same"
        + " count for both), %,d chars%n", texts.size(), texts.words(), texts.chars());
    out.printf("single thread, %d warm-up + %d measured rounds over all texts; %s%n%n", rounds.warmup(), rounds.rounds(),
        Machine.describe());
    out.println("| analyzer | words/s wall (median) | min | max | words/CPU-s (median) | min | max | s/round wall | CPU s/round |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    row(out, rasid);
    row(out, lucene);
    out.printf("%nratio Rasid/Lucene, median words/s: wall %.3f, CPU %.3f  (goal >= %.1f: %s)%n%n", ratio(), cpuRatio(),
        GOAL_RATIO, Math.min(ratio(), cpuRatio()) >= GOAL_RATIO ? "met"
            : Math.max(ratio(), cpuRatio()) >= GOAL_RATIO ? "met on one clock only" : "NOT met");
    Map<TextStages.Stage, RoundStats> cpu = stages.cpu();
    Map<TextStages.Stage, RoundStats> wall = stages.wall();
    double totalCpu = 0;
    double totalWall = 0;
    for (TextStages.Stage s : TextStages.Stage.values()) {
      totalCpu += cpu.get(s).median();
      totalWall += wall.get(s).median();
    }
    out.printf("text-layer stages (median of %d rounds; grouped by stage, same work as TextLayer.process):%n%n",
        rounds.rounds());
    out.println("| stage | CPU s/round (median) | min | max | share of CPU | words/CPU-s if alone | wall s/round (median) |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (TextStages.Stage s : TextStages.Stage.values()) {
      RoundStats c = cpu.get(s);
      out.printf("| %s | %.3f | %.3f | %.3f | %.1f%% | %,.0f | %.3f |%n", s.label(), c.median(), c.min(), c.max(),
          100 * c.median() / totalCpu, texts.words() / c.median(), wall.get(s).median());
    }
    out.printf("| total | %.3f | | | 100%% | %,.0f | %.3f |%n", totalCpu, texts.words() / totalCpu, totalWall);
    out.flush();
  }

  private static void row(PrintWriter out, Measurement m) {
    RoundStats rate = m.rate();
    RoundStats cpu = m.cpuRate();
    out.printf("| %s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %.3f | %.3f |%n", m.name(), rate.median(), rate.min(),
        rate.max(), cpu.median(), cpu.min(), cpu.max(), m.time().median(), m.cpuTime().median());
  }
}
