package org.rasid.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Runs a {@link Workload} over every text, {@code warmup} times unmeasured (so the JIT has compiled
 * the hot paths), then {@code rounds} times measured with {@link System#nanoTime}, on the calling
 * thread.
 *
 * <p>Rules: every round processes texts {@code 0..n-1} in order; the workload's results are summed
 * and must be the same in every round (a workload whose output changes between rounds is not
 * measuring the same work, and the harness fails rather than report it).
 *
 * @param warmup unmeasured rounds, {@code >= 0}
 * @param rounds measured rounds, {@code >= 1}
 */
public record Rounds(int warmup, int rounds) {

  public Rounds {
    if (warmup < 0 || rounds < 1) {
      throw new IllegalArgumentException("need warmup >= 0 and rounds >= 1, got warmup=" + warmup + " rounds=" + rounds);
    }
  }

  /**
   * Measures {@code work} over {@code n} texts.
   *
   * @param units the units of one round (words or articles), used for rates
   * @param progress where a line per round goes (stderr of the command), or null
   */
  public Measurement measure(String name, int n, long units, Workload work, PrintWriter progress) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long expected = 0;
    double[] seconds = new double[rounds];
    double[] cpu = new double[rounds];
    for (int r = -warmup; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long sum = 0;
      for (int i = 0; i < n; i++) {
        sum += work.run(i);
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double c = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      if (r == -warmup) {
        expected = sum;
      } else if (sum != expected) {
        throw new IllegalStateException(name + " produced checksum " + sum + " in one round and " + expected + " in another");
      }
      if (r >= 0) {
        seconds[r] = s;
        cpu[r] = c;
      }
      if (progress != null) {
        progress.printf("  %-28s %s %d: %.2f s (thread CPU %.2f s)%n", name, r < 0 ? "warm-up" : "round",
            r < 0 ? r + warmup + 1 : r + 1, s, c);
        progress.flush();
      }
    }
    return new Measurement(name, seconds, cpu, units, expected);
  }
}
