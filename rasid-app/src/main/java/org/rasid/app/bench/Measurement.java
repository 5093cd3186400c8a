package org.rasid.app.bench;

/**
 * The measured rounds of one workload over the same texts.
 *
 * @param name what was measured
 * @param seconds wall-clock seconds of each measured round (warm-up rounds excluded)
 * @param cpuSeconds CPU seconds of the measuring thread in each measured round: on a shared machine
 *     (other processes competing for the cores) this is the steadier figure, wall time the honest one
 * @param units units of work in one round (words, articles…), the numerator of the rates
 * @param checksum sum of the workload's return values over one round, equal in every round
 */
public record Measurement(String name, double[] seconds, double[] cpuSeconds, long units, long checksum) {

  public Measurement {
    if (seconds.length != cpuSeconds.length) {
      throw new IllegalArgumentException("wall and CPU rounds differ: " + seconds.length + " vs " + cpuSeconds.length);
    }
    seconds = seconds.clone();
    cpuSeconds = cpuSeconds.clone();
  }

  @Override
  public double[] cpuSeconds() {
    return cpuSeconds.clone();
  }

  @Override
  public double[] seconds() {
    return seconds.clone();
  }

  /** Units per wall-clock second of each round. */
  public RoundStats rate() {
    return rates(seconds);
  }

  /** Units per CPU second of the measuring thread, each round. */
  public RoundStats cpuRate() {
    return rates(cpuSeconds);
  }

  /** CPU seconds per round. */
  public RoundStats cpuTime() {
    return RoundStats.of(cpuSeconds);
  }

  private RoundStats rates(double[] secs) {
    double[] r = new double[secs.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = units / secs[i];
    }
    return RoundStats.of(r);
  }

  /** Seconds per round. */
  public RoundStats time() {
    return RoundStats.of(seconds);
  }
}
