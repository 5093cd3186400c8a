package org.rasid.app.bench;

import java.util.Arrays;

/**
 * Median, minimum and maximum of the measured rounds of one benchmark.
 *
 * <p>Rules: the median of an even number of rounds is the mean of the two middle values; at least
 * one value is required; NaN is rejected (a round that produced no number is a bug, not a sample).
 *
 * @param median middle value
 * @param min smallest value
 * @param max largest value
 * @param rounds how many values
 */
public record RoundStats(double median, double min, double max, int rounds) {

  /** Statistics of {@code values} (not modified). */
  public static RoundStats of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no rounds measured");
    }
    double[] v = values.clone();
    for (double x : v) {
      if (Double.isNaN(x)) {
        throw new IllegalArgumentException("a round measured NaN: " + Arrays.toString(values));
      }
    }
    Arrays.sort(v);
    int n = v.length;
    double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return new RoundStats(median, v[0], v[n - 1], n);
  }
}
