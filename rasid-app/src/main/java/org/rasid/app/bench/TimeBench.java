package org.rasid.app.bench;

import java.io.PrintWriter;
import java.util.List;
import org.rasid.core.TextLayer;
import org.rasid.core.model.Document;
import org.rasid.extract.time.TimeTagger;

/**
 * {@code rasid bench time}: the cost of time tagging relative to the text layer, on the same texts,
 * one thread.
 *
 * <p>Rules: {@link TimeTagger#tag(String, java.time.LocalDate)} with each document's publication
 * date (its own normalization included, as the analyzer calls it) and {@link TextLayer#process} run
 * interleaved round by round ({@link Rounds}) over the same in-memory documents; the figure is the
 * median time tagging takes as a share of the text layer's median, on the wall clock and on the
 * thread's CPU clock. Issue goal: at most {@value #GOAL_SHARE_PERCENT}%.
 */
public final class TimeBench {

  /** The goal: time tagging at most this percentage of the text layer's time. */
  public static final int GOAL_SHARE_PERCENT = 10;

  private final java.util.function.Supplier<TextLayer> layers;
  private final TimeTagger tagger;
  private final Rounds rounds;

  /**
   * @param layers makes the text layer; a fresh one starts every round so its word memo warms up
   *     within the round as in one real ingest, rather than serving later rounds from texts it saw
   */
  public TimeBench(java.util.function.Supplier<TextLayer> layers, TimeTagger tagger, Rounds rounds) {
    this.layers = layers;
    this.tagger = tagger;
    this.rounds = rounds;
  }

  public void run(List<Document> docs, PrintWriter progress, PrintWriter out) {
    long words = 0;
    for (Document d : docs) {
      words += WordCount.of(d.text());
    }
    java.util.concurrent.atomic.AtomicReference<TextLayer> layer = new java.util.concurrent.atomic.AtomicReference<>();
    List<Measurement> m = rounds.measure(List.of(
        new Rounds.Task("Rasid TextLayer.process", words, i -> {
          if (i == 0) {
            layer.set(layers.get());
          }
          return layer.get().process(docs.get(i).text()).tokens().size();
        }),
        new Rounds.Task("TimeTagger.tag", words, i -> {
          Document d = docs.get(i);
          return tagger.tag(d.text(), d.meta().published()).size();
        })), docs.size(), progress);
    Measurement text = m.get(0);
    Measurement time = m.get(1);
    out.printf("documents: %,d SaudiNewsNet articles, %,d words (whitespace-separated), %,d time expressions found%n",
        docs.size(), words, time.checksum());
    out.printf("single thread, %d warm-up + %d measured rounds, interleaved; %s%n%n", rounds.warmup(), rounds.rounds(),
        Machine.describe());
    out.println("| stage | s/round wall (median) | min | max | CPU s/round (median) | min | max | words/CPU-s |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    row(out, text);
    row(out, time);
    double wallShare = 100 * time.time().median() / text.time().median();
    double cpuShare = 100 * time.cpuTime().median() / text.cpuTime().median();
    out.printf("%ntime tagging / text layer, median: wall %.1f%%, CPU %.1f%%  (goal <= %d%%: %s)%n", wallShare, cpuShare,
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
