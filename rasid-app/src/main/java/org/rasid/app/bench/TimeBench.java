package org.rasid.app.bench;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Supplier;
import org.rasid.core.TextLayer;
import org.rasid.core.TextResult;
import org.rasid.core.model.Document;
import org.rasid.extract.time.TimeTagger;

/**
 * {@code rasid bench time}: the cost of time tagging relative to the text layer, on the same texts,
 * one thread, measured the way the {@code Analyzer} runs them.
 *
 * <p>The Analyzer runs the text layer made {@link TextLayer#withAttribute with} the tagger's {@link
 * TimeTagger#wordAttribute() word attribute} (each word's entry in the tagger's word table, found
 * once per word the layer memoizes) and then {@link TimeTagger#tag(String, TextResult,
 * java.time.LocalDate)} over its result. Part of the tagger's work is therefore done inside the
 * layer, and the bench charges it to the tagger: it runs the plain layer too and adds the
 * difference.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Every round starts fresh layers (their word memos warm up within the round, as in one real
 *       ingest) and runs, document after document, the plain layer, the layer with the attribute and
 *       the tagger over the latter's result. The tagger always follows its layer at once (the
 *       Analyzer's order, so the tagger reads tokens still in the CPU caches); the plain layer runs
 *       before the pair on even documents and after it on odd ones.
 *   <li>Each stage is timed per document on the wall clock ({@link System#nanoTime}) and on the
 *       thread's CPU clock; the round's figure for a stage is the sum over documents. The cost of the
 *       clock reads themselves is measured on an empty stage and printed.
 *   <li>{@code warmup} unmeasured rounds first; the stage outputs (token and time counts) must be
 *       the same in every round and both layers must give the same number of tokens, or the bench
 *       fails.
 *   <li>Tagging's cost in a round is the tagger's time plus what the attribute added to the layer
 *       (the layer with it minus the plain layer, counted as 0 when noise makes it negative). Each
 *       stage's figure holds one stage's clock reads, which are no part of the work: the empty
 *       stage's time is taken out of the tagger's and the plain layer's ({@link #chargedShare}). The
 *       figure is the median over rounds of that cost as a share of the plain layer, on both clocks;
 *       the share with the clock reads left in is printed too.
 *   <li>Garbage collection: the collector stops the thread whichever stage is running when the
 *       young generation fills, so a pause (tens of milliseconds; the two layers each allocate some
 *       2.4 GB a pass) lands in one stage's wall time by chance, and the wall difference of the two
 *       layers swings by half a second from round to round; the CPU clock does not count the pauses
 *       at all. So the bench also gives each stage its share of the round's collection time by its
 *       share of the allocation ({@link #withGcShare}; bytes per stage counted in the warm-up rounds,
 *       where reading them costs nothing measured), added to its CPU time: a figure that counts what
 *       tagging costs the collector without the chance of where the pauses fall.
 *   <li>The goal is on throughput: tagging must not cost more than {@value #GOAL_PERCENT}%
 *       of the text layer's throughput, i.e. the layer followed by tagging must still do at least
 *       90 % of the words a second the layer alone does ({@link #throughputLoss}). The goal line
 *       judges that on the CPU clock and on CPU with the collector's share, and the wall clock on its
 *       own line. The share itself against the same bar (a stricter reading: 10 % more time is only
 *       9.1 % fewer words a second) is judged on its own line too.
 * </ul>
 */
public final class TimeBench {

  /**
   * The goal: time tagging costs at most this percentage of the text layer's throughput
   * (words a second lost when tagging follows the layer).
   */
  public static final int GOAL_PERCENT = 10;

  private final Supplier<TextLayer> layers;
  private final TimeTagger tagger;
  private final Rounds rounds;

  /**
   * @param layers makes the plain text layer; fresh ones start every round (the attribute layer is
   *     made from it) so their word memos warm up within the round as in one real ingest
   */
  public TimeBench(Supplier<TextLayer> layers, TimeTagger tagger, Rounds rounds) {
    this.layers = layers;
    this.tagger = tagger;
    this.rounds = rounds;
  }

  /** One stage's sums over the documents of a round, on both clocks. */
  private static final class Clock {
    long wall;
    long cpu;
    /** Bytes allocated by the stage (counted in warm-up rounds only). */
    long bytes;
  }

  public void run(List<Document> docs, PrintWriter progress, PrintWriter out) {
    long words = 0;
    for (Document d : docs) {
      words += WordCount.of(d.text());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int n = rounds.rounds();
    double[] plainWall = new double[n];
    double[] plainCpu = new double[n];
    double[] layerWall = new double[n];
    double[] layerCpu = new double[n];
    double[] tagWall = new double[n];
    double[] tagCpu = new double[n];
    double[] shareWall = new double[n];
    double[] shareCpu = new double[n];
    double[] rawShareWall = new double[n];
    double[] rawShareCpu = new double[n];
    double[] clockWall = new double[n];
    double[] clockCpu = new double[n];
    double[] gcSeconds = new double[n];
    double[] shareGc = new double[n];
    List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    Allocation allocation = Allocation.of(threads);
    long[] stageBytes = null; // plain layer, layer with the attribute, tagger: from the warm-up rounds
    long expectedTokens = -1;
    long expectedTimes = -1;
    for (int r = -rounds.warmup(); r < n; r++) {
      TextLayer plain = layers.get();
      TextLayer withAttribute = layers.get().withAttribute(tagger.wordAttribute());
      Clock plainClock = new Clock();
      Clock layerClock = new Clock();
      Clock tagClock = new Clock();
      Clock emptyClock = new Clock();
      long tokens = 0;
      long plainTokens = 0;
      long times = 0;
      int index = 0;
      // bytes per stage: warm-up rounds only (null: not counted)
      Allocation counting = r < 0 && allocation.available() ? allocation : null;
      long gcStart = collectionMillis(collectors);
      for (Document d : docs) {
        if (index % 2 == 0) {
          plainTokens += plainLayer(plain, d, threads, plainClock, counting);
        }
        long b0 = counting == null ? 0 : counting.bytes();
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        TextResult result = withAttribute.process(d.text());
        long w1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        long b1 = counting == null ? 0 : counting.bytes();
        long w2 = System.nanoTime();
        times += tagger.tag(d.text(), result, d.meta().published()).size();
        long w3 = System.nanoTime();
        long c3 = threads.getCurrentThreadCpuTime();
        long w4 = System.nanoTime();
        long c4 = threads.getCurrentThreadCpuTime();
        if (counting != null) {
          long b4 = counting.bytes();
          layerClock.bytes += b1 - b0;
          tagClock.bytes += b4 - b1;
        }
        if (index % 2 == 1) {
          plainTokens += plainLayer(plain, d, threads, plainClock, counting);
        }
        index++;
        tokens += result.tokens().size();
        layerClock.wall += w1 - w0;
        layerClock.cpu += c1 - c0;
        tagClock.wall += w3 - w2;
        tagClock.cpu += c3 - c1;
        emptyClock.wall += w4 - w3;
        emptyClock.cpu += c4 - c3;
      }
      if (plainTokens != tokens) {
        throw new IllegalStateException("the layers differ: " + plainTokens + " tokens without the attribute, " + tokens + " with it");
      }
      if (expectedTokens < 0) {
        expectedTokens = tokens;
        expectedTimes = times;
      } else if (tokens != expectedTokens || times != expectedTimes) {
        throw new IllegalStateException("outputs differ between rounds: " + tokens + " tokens / " + times + " times vs "
            + expectedTokens + " / " + expectedTimes);
      }
      double gc = (collectionMillis(collectors) - gcStart) / 1e3;
      if (counting != null) {
        stageBytes = new long[] {plainClock.bytes, layerClock.bytes, tagClock.bytes};
      }
      double roundShareWall = chargedShare(tagClock.wall, layerClock.wall, plainClock.wall, emptyClock.wall);
      double roundShareCpu = chargedShare(tagClock.cpu, layerClock.cpu, plainClock.cpu, emptyClock.cpu);
      progress.printf("  %s %d: text layer %.2f s (CPU %.2f s), with the word attribute %.2f s (CPU %.2f s), "
              + "time tagging %.2f s (CPU %.2f s), clock reads %.3f s (CPU %.3f s); charged %.1f%% (CPU %.1f%%)%n",
          r < 0 ? "warm-up" : "round", r < 0 ? r + rounds.warmup() + 1 : r + 1, plainClock.wall / 1e9, plainClock.cpu / 1e9,
          layerClock.wall / 1e9, layerClock.cpu / 1e9, tagClock.wall / 1e9, tagClock.cpu / 1e9,
          emptyClock.wall / 1e9, emptyClock.cpu / 1e9, roundShareWall, roundShareCpu);
      progress.flush();
      if (r >= 0) {
        plainWall[r] = plainClock.wall / 1e9;
        plainCpu[r] = plainClock.cpu / 1e9;
        layerWall[r] = layerClock.wall / 1e9;
        layerCpu[r] = layerClock.cpu / 1e9;
        tagWall[r] = tagClock.wall / 1e9;
        tagCpu[r] = tagClock.cpu / 1e9;
        shareWall[r] = roundShareWall;
        shareCpu[r] = roundShareCpu;
        rawShareWall[r] = chargedShare(tagClock.wall, layerClock.wall, plainClock.wall, 0);
        rawShareCpu[r] = chargedShare(tagClock.cpu, layerClock.cpu, plainClock.cpu, 0);
        clockWall[r] = emptyClock.wall / 1e9;
        clockCpu[r] = emptyClock.cpu / 1e9;
        gcSeconds[r] = gc;
        if (stageBytes != null) {
          long all = stageBytes[0] + stageBytes[1] + stageBytes[2];
          shareGc[r] = chargedShare(withGcShare(tagClock.cpu / 1e9, gc, stageBytes[2], all),
              withGcShare(layerClock.cpu / 1e9, gc, stageBytes[1], all), withGcShare(plainClock.cpu / 1e9, gc, stageBytes[0], all),
              emptyClock.cpu / 1e9);
        }
      }
    }
    Measurement text = new Measurement("Rasid TextLayer.process", plainWall, plainCpu, words, expectedTokens);
    Measurement layer = new Measurement("TextLayer.process with the tagger's word attribute", layerWall, layerCpu, words,
        expectedTokens);
    Measurement time = new Measurement("TimeTagger.tag (that layer's result)", tagWall, tagCpu, words, expectedTimes);
    out.printf("documents: %,d SaudiNewsNet articles, %,d words (whitespace-separated), %,d time expressions found%n",
        docs.size(), words, expectedTimes);
    out.printf("single thread, %d warm-up + %d measured rounds, each stage timed per document in the Analyzer's order; %s%n%n",
        rounds.warmup(), n, Machine.describe());
    out.println("| stage | s/round wall (median) | min | max | CPU s/round (median) | min | max | words/CPU-s |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    row(out, text);
    row(out, layer);
    row(out, time);
    double wallShare = RoundStats.of(shareWall).median();
    double cpuShare = RoundStats.of(shareCpu).median();
    out.printf("%nclock reads per document (an empty stage): %.4f s wall, %.4f s CPU per round (median), included above%n",
        RoundStats.of(clockWall).median(), RoundStats.of(clockCpu).median());
    out.printf("the word attribute's cost in the layer, median over rounds: %+.3f s wall, %+.3f s CPU (charged to tagging when positive)%n",
        RoundStats.of(layerWall).median() - RoundStats.of(plainWall).median(),
        RoundStats.of(layerCpu).median() - RoundStats.of(plainCpu).median());
    out.printf("time tagging alone / its layer, median: wall %.1f%%, CPU %.1f%%%n",
        100 * time.time().median() / layer.time().median(), 100 * time.cpuTime().median() / layer.cpuTime().median());
    out.printf("time tagging (tagger + attribute) / text layer with the clock reads left in, median of rounds: wall %.1f%%, CPU %.1f%%%n",
        RoundStats.of(rawShareWall).median(), RoundStats.of(rawShareCpu).median());
    out.printf("time tagging (tagger + attribute) / text layer, each less the round's clock reads, median of rounds: wall %.1f%%, CPU %.1f%%  (stricter reading, share <= %d%%: %s)%n",
        wallShare, cpuShare, GOAL_PERCENT, verdict(wallShare, cpuShare));
    double wallLoss = throughputLoss(wallShare);
    double cpuLoss = throughputLoss(cpuShare);
    out.printf("throughput lost (the layer's words a second with tagging after it against the layer alone, share / (1 + share)): wall %.1f%%, CPU %.1f%%%n",
        wallLoss, cpuLoss);
    if (stageBytes == null) {
      out.printf("garbage collection: %.3f s a round (median); the stages' allocation is counted in a warm-up round%s%n",
          RoundStats.of(gcSeconds).median(), allocation.available() ? " (run with --warmup 1 or more)" : ", which this JVM does not report");
      out.printf("goal (issue #4: tagging costs <= %d%% of the text layer's throughput): CPU %s; wall %s%n", GOAL_PERCENT,
          met(cpuLoss), met(wallLoss));
    } else {
      double gcShare = RoundStats.of(shareGc).median();
      double gcLoss = throughputLoss(gcShare);
      out.printf("garbage collection: %.3f s a round (median, all stages' pauses); allocation a pass: text layer %,d MB, with the attribute %,d MB, tagger %,d MB%n",
          RoundStats.of(gcSeconds).median(), stageBytes[0] >> 20, stageBytes[1] >> 20, stageBytes[2] >> 20);
      out.printf("CPU with each stage's share of the collection time by its allocation, median of rounds: share %.1f%% (stricter reading: %s), throughput lost %.1f%%%n",
          gcShare, met(gcShare), gcLoss);
      out.printf("goal (issue #4: tagging costs <= %d%% of the text layer's throughput): CPU %s, CPU with the collector's share %s; wall (each pause charged to the stage it lands in) %s%n",
          GOAL_PERCENT, met(cpuLoss), met(gcLoss), met(wallLoss));
    }
    out.flush();
  }

  /**
   * A stage's CPU seconds plus its share of a round's collection time {@code gcSeconds}, in
   * proportion to the bytes it allocated ({@code bytes} of {@code allBytes}): the collector's work
   * is paid for by whoever fills the young generation, in proportion to how much each fills.
   */
  static double withGcShare(double cpuSeconds, double gcSeconds, long bytes, long allBytes) {
    return allBytes <= 0 ? cpuSeconds : cpuSeconds + gcSeconds * bytes / allBytes;
  }

  /** The collection time so far of all the JVM's collectors, in milliseconds (those that report it). */
  private static long collectionMillis(List<GarbageCollectorMXBean> collectors) {
    long millis = 0;
    for (GarbageCollectorMXBean c : collectors) {
      millis += Math.max(0, c.getCollectionTime());
    }
    return millis;
  }

  /** The bytes this thread has allocated, where the JVM reports them (HotSpot's {@code com.sun.management} bean). */
  private record Allocation(com.sun.management.ThreadMXBean bean) {
    static Allocation of(ThreadMXBean threads) {
      if (threads instanceof com.sun.management.ThreadMXBean b && b.isThreadAllocatedMemorySupported()) {
        b.setThreadAllocatedMemoryEnabled(true);
        return new Allocation(b);
      }
      return new Allocation(null);
    }

    boolean available() {
      return bean != null;
    }

    long bytes() {
      return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
  }

  /** Whether two figures (wall and CPU, in percent) are within {@link #GOAL_PERCENT}. */
  private static String verdict(double wall, double cpu) {
    return Math.max(wall, cpu) <= GOAL_PERCENT ? "met"
        : Math.min(wall, cpu) <= GOAL_PERCENT ? "met on one clock only" : "NOT met";
  }

  /** Whether one figure (in percent) is within {@link #GOAL_PERCENT}. */
  private static String met(double percent) {
    return percent <= GOAL_PERCENT ? "met" : "NOT met";
  }

  /**
   * Tagging's cost in one round as a percentage of the plain layer's time: the tagger's time plus
   * what the attribute added to the layer (0 when noise makes it negative), with the cost of one
   * stage's clock reads ({@code clock}, measured on an empty stage) taken out of the tagger's and the
   * plain layer's figures (the two layers' both hold it, so their difference does not). Any unit,
   * the same for all four.
   */
  static double chargedShare(double tag, double layer, double plain, double clock) {
    return 100 * (tag - clock + Math.max(0, layer - plain)) / (plain - clock);
  }

  /**
   * The share of the text layer's throughput (words a second) lost when tagging runs after it,
   * given tagging's cost as a percentage of the layer's time: 10 % more time is 9.1 % fewer words a
   * second.
   */
  static double throughputLoss(double sharePercent) {
    return 100 * sharePercent / (100 + sharePercent);
  }

  /**
   * Runs the plain layer on one document, timed into {@code clock}; its token count. With {@code
   * counting} (warm-up rounds) the bytes it allocates are added to the clock too, read outside the
   * timed interval.
   */
  private static long plainLayer(TextLayer plain, Document d, ThreadMXBean threads, Clock clock, Allocation counting) {
    long b0 = counting == null ? 0 : counting.bytes();
    long c0 = threads.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    int tokens = plain.process(d.text()).tokens().size();
    long w1 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    clock.wall += w1 - w0;
    clock.cpu += c1 - c0;
    if (counting != null) {
      clock.bytes += counting.bytes() - b0;
    }
    return tokens;
  }

  private static void row(PrintWriter out, Measurement m) {
    RoundStats w = m.time();
    RoundStats c = m.cpuTime();
    out.printf("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %,.0f |%n", m.name(), w.median(), w.min(), w.max(),
        c.median(), c.min(), c.max(), m.cpuRate().median());
  }
}
