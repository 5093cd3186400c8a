package org.rasid.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Supplier;
import org.rasid.core.TextLayer;
import org.rasid.core.model.Document;
import org.rasid.core.model.Token;
import org.rasid.extract.time.TimeTagger;

/**
 * {@code rasid bench time}: the cost of time tagging relative to the text layer, on the same texts,
 * one thread, measured the way the {@code Analyzer} runs them.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Every round starts a fresh text layer (its word memo warms up within the round, as in one real
 *       ingest, instead of replaying texts it saw in an earlier round) and runs, document after
 *       document, {@link TextLayer#process} and then {@link TimeTagger#tag(String, List,
 *       java.time.LocalDate)} over the tokens just made, with the document's publication date — the
 *       Analyzer's order, so the tagger reads tokens that are still in the CPU caches, as it does in
 *       production.
 *   <li>Each of the two stages is timed per document on the wall clock ({@link System#nanoTime}) and
 *       on the thread's CPU clock; the round's figure for a stage is the sum over documents. The cost
 *       of the clock reads themselves is measured on an empty stage and printed.
 *   <li>{@code warmup} unmeasured rounds first; the stage outputs (token and time counts) must be
 *       the same in every round or the bench fails.
 *   <li>The figure is the median over rounds of time tagging as a share of the text layer, on both
 *       clocks. Issue goal: at most {@value #GOAL_SHARE_PERCENT}%.
 * </ul>
 */
public final class TimeBench {

  /** The goal: time tagging at most this percentage of the text layer's time. */
  public static final int GOAL_SHARE_PERCENT = 10;

  private final Supplier<TextLayer> layers;
  private final TimeTagger tagger;
  private final Rounds rounds;

  /**
   * @param layers makes the text layer; a fresh one starts every round so its word memo warms up
   *     within the round as in one real ingest, rather than serving later rounds from texts it saw
   */
  public TimeBench(Supplier<TextLayer> layers, TimeTagger tagger, Rounds rounds) {
    this.layers = layers;
    this.tagger = tagger;
    this.rounds = rounds;
  }

  public void run(List<Document> docs, PrintWriter progress, PrintWriter out) {
    long words = 0;
    for (Document d : docs) {
      words += WordCount.of(d.text());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int n = rounds.rounds();
    double[] textWall = new double[n];
    double[] textCpu = new double[n];
    double[] timeWall = new double[n];
    double[] timeCpu = new double[n];
    double[] clockWall = new double[n];
    double[] clockCpu = new double[n];
    long expectedTokens = -1;
    long expectedTimes = -1;
    for (int r = -rounds.warmup(); r < n; r++) {
      TextLayer layer = layers.get();
      long tw = 0, tc = 0, xw = 0, xc = 0, ew = 0, ec = 0;
      long tokens = 0;
      long times = 0;
      for (Document d : docs) {
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        List<Token> toks = layer.process(d.text()).tokens();
        long w1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        long w2 = System.nanoTime();
        times += tagger.tag(d.text(), toks, d.meta().published()).size();
        long w3 = System.nanoTime();
        long c3 = threads.getCurrentThreadCpuTime();
        long w4 = System.nanoTime();
        long c4 = threads.getCurrentThreadCpuTime();
        tokens += toks.size();
        tw += w1 - w0;
        tc += c1 - c0;
        xw += w3 - w2;
        xc += c3 - c1;
        ew += w4 - w3;
        ec += c4 - c3;
      }
      if (expectedTokens < 0) {
        expectedTokens = tokens;
        expectedTimes = times;
      } else if (tokens != expectedTokens || times != expectedTimes) {
        throw new IllegalStateException("outputs differ between rounds: " + tokens + " tokens / " + times + " times vs "
            + expectedTokens + " / " + expectedTimes);
      }
      progress.printf("  %s %d: text layer %.2f s (CPU %.2f s), time tagging %.2f s (CPU %.2f s)%n",
          r < 0 ? "warm-up" : "round", r < 0 ? r + rounds.warmup() + 1 : r + 1, tw / 1e9, tc / 1e9, xw / 1e9, xc / 1e9);
      progress.flush();
      if (r >= 0) {
        textWall[r] = tw / 1e9;
        textCpu[r] = tc / 1e9;
        timeWall[r] = xw / 1e9;
        timeCpu[r] = xc / 1e9;
        clockWall[r] = ew / 1e9;
        clockCpu[r] = ec / 1e9;
      }
    }
    Measurement text = new Measurement("Rasid TextLayer.process", textWall, textCpu, words, expectedTokens);
    Measurement time = new Measurement("TimeTagger.tag (text layer's tokens)", timeWall, timeCpu, words, expectedTimes);
    out.printf("documents: %,d SaudiNewsNet articles, %,d words (whitespace-separated), %,d time expressions found%n",
        docs.size(), words, expectedTimes);
    out.printf("single thread, %d warm-up + %d measured rounds, each stage timed per document in the Analyzer's order; %s%n%n",
        rounds.warmup(), n, Machine.describe());
    out.println("| stage | s/round wall (median) | min | max | CPU s/round (median) | min | max | words/CPU-s |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    row(out, text);
    row(out, time);
    double wallShare = 100 * time.time().median() / text.time().median();
    double cpuShare = 100 * time.cpuTime().median() / text.cpuTime().median();
    out.printf("%nclock reads per document (an empty stage): %.4f s wall, %.4f s CPU per round (median), included above%n",
        RoundStats.of(clockWall).median(), RoundStats.of(clockCpu).median());
    out.printf("time tagging / text layer, median: wall %.1f%%, CPU %.1f%%  (goal <= %d%%: %s)%n", wallShare, cpuShare,
        GOAL_SHARE_PERCENT, Math.max(wallShare, cpuShare) <= GOAL_SHARE_PERCENT ? "met"
            : Math.min(wallShare, cpuShare) <= GOAL_SHARE_PERCENT ? "met on one clock only" : "NOT met");
    out.flush();
  }

  private static void row(PrintWriter out, Measurement m) {
    RoundStats w = m.time();
    RoundStats c = m.cpuTime();
    out.printf("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %,.0f |%n", m.name(), w.median(), w.min(), w.max(),
        c.median(), c.min(), c.max(), m.cpuRate().median());
  }
}
