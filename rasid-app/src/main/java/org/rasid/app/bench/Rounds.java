package org.rasid.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link Workload}s over every text, {@code warmup} times unmeasured (so the JIT has compiled
 * the hot paths), then {@code rounds} times measured with {@link System#nanoTime} (wall) and the
 * thread's CPU time, on the calling thread.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Every round of a workload processes texts {@code 0..n-1} in order.
 *   <li>Several workloads compared with each other are interleaved round by round, in alternating
 *       order (A B, B A, A B…), so a burst of load from other processes on a shared machine hits
 *       both sides rather than one.
 *   <li>A workload's results are summed and must be the same in every round: one whose output
 *       changes between rounds is not measuring the same work, and the harness fails rather than
 *       report it.
 * </ul>
 *
 * @param warmup unmeasured rounds, {@code >= 0}
 * @param rounds measured rounds, {@code >= 1}
 */
public record Rounds(int warmup, int rounds) {

  /** One workload to measure, with the units (words, articles) one round processes. */
  public record Task(String name, long units, Workload work) {}

  public Rounds {
    if (warmup < 0 || rounds < 1) {
      throw new IllegalArgumentException("need warmup >= 0 and rounds >= 1, got warmup=" + warmup + " rounds=" + rounds);
    }
  }

  /** Measures one workload over {@code n} texts; {@code progress} (or null) gets a line per round. */
  public Measurement measure(String name, int n, long units, Workload work, PrintWriter progress) {
    return measure(List.of(new Task(name, units, work)), n, progress).get(0);
  }

  /** Measures {@code tasks} interleaved over the same {@code n} texts; results in task order. */
  public List<Measurement> measure(List<Task> tasks, int n, PrintWriter progress) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int k = tasks.size();
    long[] expected = new long[k];
    double[][] seconds = new double[k][rounds];
    double[][] cpu = new double[k][rounds];
    for (int r = -warmup; r < rounds; r++) {
      for (int step = 0; step < k; step++) {
        int t = Math.floorMod(r, 2) == 0 ? step : k - 1 - step;
        Task task = tasks.get(t);
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < n; i++) {
          sum += task.work().run(i);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double c = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        if (r == -warmup) {
          expected[t] = sum;
        } else if (sum != expected[t]) {
          throw new IllegalStateException(task.name() + " produced checksum " + sum + " in one round and " + expected[t]
              + " in another");
        }
        if (r >= 0) {
          seconds[t][r] = s;
          cpu[t][r] = c;
        }
        if (progress != null) {
          progress.printf("  %-28s %s %d: %.2f s (thread CPU %.2f s)%n", task.name(), r < 0 ? "warm-up" : "round",
              r < 0 ? r + warmup + 1 : r + 1, s, c);
          progress.flush();
        }
      }
    }
    List<Measurement> out = new ArrayList<>(k);
    for (int t = 0; t < k; t++) {
      out.add(new Measurement(tasks.get(t).name(), seconds[t], cpu[t], tasks.get(t).units(), expected[t]));
    }
    return out;
  }
}
