package org.rasid.core.glued;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Trains {@link CutModel} weights on synthetically glued text.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Space loss is simulated as {@code rasid eval glued} does: every whitespace-only gap between
 *       two adjacent Arabic letter runs is removed with probability {@code rate} (seeded).
 *   <li>Every resulting token (glued or untouched) is given to a splitter without cut model ({@link
 *       GluedWordSplitter#cutCandidates}); each candidate cut it returns is one example, positive
 *       when a space was removed at exactly that offset.
 *   <li>The splitter's statistics must not have counted the texts fed here (otherwise every rare
 *       word of a text would look attested): {@code rasid lexicon cutmodel} counts all training zips
 *       but the last ones and feeds those.
 *   <li>Fit: L2-regularized logistic regression by Newton's method (the intercept is not penalized).
 * </ul>
 */
public final class CutModelTrainer {

  private final GluedWordSplitter splitter;
  private final SpaceLoss spaceLoss;
  private final List<double[]> examples = new ArrayList<>();
  private final List<Boolean> labels = new ArrayList<>();
  private long texts;
  private long removed;
  private long removedAsCandidates;

  public CutModelTrainer(GluedWordSplitter splitter, double rate, long seed) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.spaceLoss = new SpaceLoss(rate, seed);
  }

  /** Simulates space loss in one text and collects its candidate cuts. */
  public void add(String text) {
    texts++;
    spaceLoss.apply(text, g -> {
      removed += g.cuts().size();
      for (GluedWordSplitter.CutCandidate c : splitter.cutCandidates(g.text())) {
        boolean positive = g.cuts().contains(c.offset());
        examples.add(c.features());
        labels.add(positive);
        if (positive) {
          removedAsCandidates++;
        }
      }
    });
  }

  public long texts() {
    return texts;
  }

  public int examples() {
    return examples.size();
  }

  /** Removed spaces so far, and how many of them were cut-model candidates. */
  public long removed() {
    return removed;
  }

  public long positives() {
    return removedAsCandidates;
  }

  /** Fits the weights ({@code l2}: penalty on all weights but the intercept). */
  public CutModel fit(double l2, int iterations, List<String> header) {
    int d = CutModel.FEATURES.size();
    double[] w = new double[d];
    for (int it = 0; it < iterations; it++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (int e = 0; e < examples.size(); e++) {
        double[] x = examples.get(e);
        double z = 0;
        for (int i = 0; i < d; i++) {
          z += w[i] * x[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        double y = labels.get(e) ? 1 : 0;
        double r = p * (1 - p);
        for (int i = 0; i < d; i++) {
          g[i] += (y - p) * x[i];
          for (int j = 0; j <= i; j++) {
            h[i][j] += r * x[i] * x[j];
          }
        }
      }
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < i; j++) {
          h[j][i] = h[i][j];
        }
        if (i > 0) {
          g[i] -= l2 * w[i];
          h[i][i] += l2;
        } else {
          h[i][i] += 1e-9;
        }
      }
      double[] step = solve(h, g);
      double norm = 0;
      for (int i = 0; i < d; i++) {
        w[i] += step[i];
        norm += step[i] * step[i];
      }
      if (norm < 1e-12) {
        break;
      }
    }
    return new CutModel(w, header);
  }

  /** Log-odds of every example under {@code model}, with labels: for threshold reports. */
  public double[][] scored(CutModel model) {
    double[][] out = new double[examples.size()][];
    for (int e = 0; e < examples.size(); e++) {
      out[e] = new double[] {model.logit(examples.get(e)), labels.get(e) ? 1 : 0};
    }
    return out;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is not kept). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
          piv = r;
        }
      }
      double[] t = m[c];
      m[c] = m[piv];
      m[piv] = t;
      if (Math.abs(m[c][c]) < 1e-300) {
        continue;
      }
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = Math.abs(m[r][r]) < 1e-300 ? 0 : s / m[r][r];
    }
    return x;
  }
}
