package org.rasid.store.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse, L2-normalized term vector: terms in decreasing weight order (ties by term).
 *
 * <p>Weights are TF-IDF with sublinear term frequency, {@code (1 + ln tf) * idf}; only the
 * {@value #MAX_TERMS} heaviest terms are kept, which bounds both memory per story and the cost of
 * a cosine. Immutable; the arrays never leave the instance.
 */
public final class TermVector {

  /** Heaviest terms kept per article. */
  public static final int MAX_TERMS = 80;

  static final TermVector EMPTY = new TermVector(new String[0], new float[0], new long[0]);

  private final String[] terms;
  private final float[] weights;
  /** {@link LongIntMap#fingerprint} of each term (the clusterer's term ids are keyed by them). */
  private final long[] fingerprints;

  private TermVector(String[] terms, float[] weights, long[] fingerprints) {
    this.terms = terms;
    this.weights = weights;
    this.fingerprints = fingerprints;
  }

  /**
   * The vector of distinct terms (texts all different) {@code ts} with frequencies {@code cs}, in
   * any order: the same vector as {@link #of(List, TermStatistics)} of the texts repeated that
   * often, with idf and fingerprints computed once per term beforehand.
   */
  static TermVector ofCounts(StoryTerm[] ts, int[] cs) {
    int distinct = ts.length;
    double[] ws = new double[distinct];
    for (int k = 0; k < distinct; k++) {
      ws[k] = (1 + Math.log(cs[k])) * ts[k].idf();
    }
    // only the MAX_TERMS heaviest are kept: those weighing at least the MAX_TERMS-th heaviest weight
    // (a primitive sort of a copy finds it) are ordered in full, the rest never could be kept
    int[] order;
    int m;
    if (distinct > MAX_TERMS) {
      double[] sorted = ws.clone();
      Arrays.sort(sorted);
      double cut = sorted[distinct - MAX_TERMS];
      order = new int[distinct];
      m = 0;
      for (int k = 0; k < distinct; k++) {
        if (Double.compare(ws[k], cut) >= 0) {
          order[m++] = k;
        }
      }
    } else {
      order = new int[distinct];
      for (int k = 0; k < distinct; k++) {
        order[k] = k;
      }
      m = distinct;
    }
    sort(order, new int[m], 0, m, ts, ws);
    int n = Math.min(MAX_TERMS, distinct);
    double norm = 0;
    for (int k = 0; k < n; k++) {
      norm += ws[order[k]] * ws[order[k]];
    }
    norm = Math.sqrt(norm);
    String[] outT = new String[n];
    float[] outW = new float[n];
    long[] outF = new long[n];
    for (int k = 0; k < n; k++) {
      StoryTerm t = ts[order[k]];
      outT[k] = t.text();
      outW[k] = norm == 0 ? 0f : (float) (ws[order[k]] / norm);
      outF[k] = t.fingerprint();
    }
    return new TermVector(outT, outW, outF);
  }

  /** Builds the vector of a bag of terms (repeats count). */
  static TermVector of(List<String> bag, TermStatistics stats) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : bag) {
      tf.merge(t, 1, Integer::sum);
    }
    String[] ts = tf.keySet().toArray(new String[0]);
    double[] ws = new double[ts.length];
    Integer[] order = new Integer[ts.length];
    for (int i = 0; i < ts.length; i++) {
      ws[i] = (1 + Math.log(tf.get(ts[i]))) * stats.idf(ts[i]);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(ws[b], ws[a]);
      return c != 0 ? c : ts[a].compareTo(ts[b]);
    });
    int n = Math.min(MAX_TERMS, ts.length);
    double norm = 0;
    for (int k = 0; k < n; k++) {
      norm += ws[order[k]] * ws[order[k]];
    }
    norm = Math.sqrt(norm);
    String[] outT = new String[n];
    float[] outW = new float[n];
    for (int k = 0; k < n; k++) {
      outT[k] = ts[order[k]];
      outW[k] = norm == 0 ? 0f : (float) (ws[order[k]] / norm);
    }
    return new TermVector(outT, outW, fingerprints(outT));
  }

  /** Merge sort of positions by weight (heaviest first), then term: no boxing, no comparator calls. */
  private static void sort(int[] a, int[] tmp, int from, int to, StoryTerm[] ts, double[] ws) {
    if (to - from < 12) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && before(x, a[j], ts, ws)) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, tmp, from, mid, ts, ws);
    sort(a, tmp, mid, to, ts, ws);
    if (!before(a[mid], a[mid - 1], ts, ws)) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && !before(tmp[j], tmp[i], ts, ws))) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  private static boolean before(int x, int y, StoryTerm[] ts, double[] ws) {
    int c = Double.compare(ws[y], ws[x]);
    return c != 0 ? c < 0 : ts[x].text().compareTo(ts[y].text()) < 0;
  }

  /** Rebuilds a vector from stored terms and weights (already normalized and ordered). */
  static TermVector of(String[] terms, float[] weights) {
    if (terms.length != weights.length) {
      throw new IllegalArgumentException("terms and weights differ in length: " + terms.length + " vs " + weights.length);
    }
    return new TermVector(terms.clone(), weights.clone(), fingerprints(terms));
  }

  private static long[] fingerprints(String[] terms) {
    long[] f = new long[terms.length];
    for (int i = 0; i < terms.length; i++) {
      f[i] = LongIntMap.fingerprint(terms[i]);
    }
    return f;
  }

  public int size() {
    return terms.length;
  }

  public String term(int i) {
    return terms[i];
  }

  public float weight(int i) {
    return weights[i];
  }

  long fingerprint(int i) {
    return fingerprints[i];
  }

  public boolean isEmpty() {
    return terms.length == 0;
  }

  /** Cosine with another normalized vector. */
  public double cosine(TermVector other) {
    TermVector small = size() <= other.size() ? this : other;
    TermVector big = small == this ? other : this;
    Map<String, Float> m = new HashMap<>(big.size() * 2);
    for (int i = 0; i < big.size(); i++) {
      m.put(big.terms[i], big.weights[i]);
    }
    double dot = 0;
    for (int i = 0; i < small.size(); i++) {
      Float w = m.get(small.terms[i]);
      if (w != null) {
        dot += w * small.weights[i];
      }
    }
    return dot;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("TermVector[");
    for (int i = 0; i < Math.min(8, terms.length); i++) {
      b.append(i == 0 ? "" : ", ").append(terms[i]).append('=').append(String.format("%.3f", weights[i]));
    }
    return b.append(terms.length > 8 ? ", …]" : "]").toString();
  }
}
