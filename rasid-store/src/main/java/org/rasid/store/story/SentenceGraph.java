package org.rasid.store.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparse TF-IDF vectors of a set of sentences and their cosine similarities, with IDF taken from
 * the sentences themselves (a story's vocabulary, not the corpus'), and LexRank centrality.
 */
final class SentenceGraph {

  private final int[][] ids;
  private final float[][] weights;

  private SentenceGraph(int[][] ids, float[][] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  static SentenceGraph of(List<List<String>> bags) {
    Map<String, Integer> dict = new HashMap<>();
    Map<Integer, Integer> df = new HashMap<>();
    List<Map<Integer, Integer>> tfs = new ArrayList<>();
    for (List<String> bag : bags) {
      Map<Integer, Integer> tf = new HashMap<>();
      for (String t : bag) {
        tf.merge(dict.computeIfAbsent(t, k -> dict.size()), 1, Integer::sum);
      }
      tf.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
      tfs.add(tf);
    }
    int n = bags.size();
    int[][] ids = new int[n][];
    float[][] ws = new float[n][];
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> tf = tfs.get(i);
      int[] k = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      double[] w = new double[k.length];
      double norm = 0;
      for (int j = 0; j < k.length; j++) {
        w[j] = (1 + Math.log(tf.get(k[j]))) * Math.log((n + 1.0) / df.get(k[j]));
        norm += w[j] * w[j];
      }
      norm = Math.sqrt(norm);
      float[] f = new float[k.length];
      for (int j = 0; j < k.length; j++) {
        f[j] = norm == 0 ? 0 : (float) (w[j] / norm);
      }
      ids[i] = k;
      ws[i] = f;
    }
    return new SentenceGraph(ids, ws);
  }

  int size() {
    return ids.length;
  }

  double cosine(int a, int b) {
    int[] x = ids[a];
    int[] y = ids[b];
    int i = 0;
    int j = 0;
    double dot = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        dot += weights[a][i++] * weights[b][j++];
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /**
   * Continuous LexRank (Erkan &amp; Radev 2004): PageRank over the cosine graph with edges at or above
   * {@code edge}, damping 0.85, teleport weighted by {@code prior}.
   */
  double[] lexRank(double edge, double[] prior) {
    int n = size();
    double[][] sim = new double[n][];
    double[] rowSum = new double[n];
    for (int a = 0; a < n; a++) {
      sim[a] = new double[n];
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        double c = cosine(a, b);
        if (c >= edge) {
          sim[a][b] = c;
          sim[b][a] = c;
          rowSum[a] += c;
          rowSum[b] += c;
        }
      }
    }
    double priorSum = Arrays.stream(prior).sum();
    double[] p = new double[n];
    Arrays.fill(p, 1.0 / Math.max(1, n));
    for (int it = 0; it < 40; it++) {
      double[] q = new double[n];
      double dangling = 0;
      for (int a = 0; a < n; a++) {
        if (rowSum[a] == 0) {
          dangling += p[a];
        }
      }
      for (int b = 0; b < n; b++) {
        double s = 0;
        for (int a = 0; a < n; a++) {
          if (sim[a][b] > 0) {
            s += p[a] * sim[a][b] / rowSum[a];
          }
        }
        double tele = prior[b] / priorSum;
        q[b] = 0.85 * (s + dangling * tele) + 0.15 * tele;
      }
      p = q;
    }
    return p;
  }
}
