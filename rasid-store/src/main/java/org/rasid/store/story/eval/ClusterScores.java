package org.rasid.store.story.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Clustering and pair scores.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>B-cubed (Bagga &amp; Baldwin 1998; Amigó et al. 2009): for each item, precision is the share
 *       of its predicted cluster that shares its gold label, recall the share of its gold cluster
 *       that shares its predicted cluster (the item itself included); both are averaged over items,
 *       F1 is their harmonic mean. Only items present in both maps count.
 *   <li>Pair scores: a pair is positive when both items are in the same group; precision and
 *       recall are over unordered pairs of items present in both maps (items in no group have no
 *       pair). Used for near-duplicate detection.
 * </ul>
 */
public final class ClusterScores {

  /** Precision, recall and F1. */
  public record PRF(double precision, double recall, double f1, int items) {
    static PRF of(double p, double r, int items) {
      return new PRF(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), items);
    }

    @Override
    public String toString() {
      return String.format("P=%.3f R=%.3f F1=%.3f (n=%d)", precision, recall, f1, items);
    }
  }

  private ClusterScores() {}

  /** B-cubed of {@code predicted} (item → cluster) against {@code gold} (item → label). */
  public static PRF bcubed(Map<String, String> gold, Map<String, String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    List<String> items = new ArrayList<>();
    for (String i : gold.keySet()) {
      if (predicted.containsKey(i)) {
        items.add(i);
      }
    }
    if (items.isEmpty()) {
      return PRF.of(0, 0, 0);
    }
    Map<String, List<String>> byGold = new HashMap<>();
    Map<String, List<String>> byPred = new HashMap<>();
    for (String i : items) {
      byGold.computeIfAbsent(gold.get(i), k -> new ArrayList<>()).add(i);
      byPred.computeIfAbsent(predicted.get(i), k -> new ArrayList<>()).add(i);
    }
    double p = 0;
    double r = 0;
    for (String i : items) {
      List<String> pc = byPred.get(predicted.get(i));
      List<String> gc = byGold.get(gold.get(i));
      long correctP = pc.stream().filter(j -> gold.get(j).equals(gold.get(i))).count();
      long correctR = gc.stream().filter(j -> predicted.get(j).equals(predicted.get(i))).count();
      p += correctP / (double) pc.size();
      r += correctR / (double) gc.size();
    }
    return PRF.of(p / items.size(), r / items.size(), items.size());
  }

  /**
   * Pair precision/recall of {@code predicted} groups against {@code gold} groups (item → group
   * id; items without a group are absent). {@code universe} lists the items that count.
   */
  public static PRF pairs(List<String> universe, Map<String, String> gold, Map<String, String> predicted) {
    long tp = 0;
    long predPairs = 0;
    long goldPairs = 0;
    for (int a = 0; a < universe.size(); a++) {
      String x = universe.get(a);
      for (int b = a + 1; b < universe.size(); b++) {
        String y = universe.get(b);
        boolean g = gold.get(x) != null && gold.get(x).equals(gold.get(y));
        boolean p = predicted.get(x) != null && predicted.get(x).equals(predicted.get(y));
        if (g) {
          goldPairs++;
        }
        if (p) {
          predPairs++;
        }
        if (g && p) {
          tp++;
        }
      }
    }
    double prec = predPairs == 0 ? (goldPairs == 0 ? 1 : 0) : tp / (double) predPairs;
    double rec = goldPairs == 0 ? 1 : tp / (double) goldPairs;
    return PRF.of(prec, rec, universe.size());
  }
}
