package org.rasid.core.glued;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rasid.core.lexicon.ArabicLetterRuns;
import org.rasid.core.model.CharSpan;

/**
 * Simulated space loss, the way scraping loses spaces at link boundaries: every whitespace-only gap
 * between two adjacent Arabic letter runs of a text is removed with probability {@code rate}
 * (seeded, so a run is reproducible). Runs joined this way form one glued string whose true cut
 * points are known; every other run comes out alone with no cut. Used to train the cut model
 * ({@link CutModelTrainer}) and to evaluate the splitter ({@code rasid eval glued}).
 *
 * <p>Not thread-safe (one seeded random sequence).
 */
public final class SpaceLoss {

  /** One letter run or several joined ones, and the offsets in it where spaces were removed. */
  public record Glued(String text, List<Integer> cuts) {
    public Glued {
      cuts = List.copyOf(cuts);
    }
  }

  /** Receives each run or glued string of a text, in order. */
  @FunctionalInterface
  public interface Sink {
    void accept(Glued glued);
  }

  private final double rate;
  private final Random random;

  public SpaceLoss(double rate, long seed) {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("rate must be in [0, 1], got " + rate);
    }
    this.rate = rate;
    this.random = new Random(seed);
  }

  /** Applies space loss to {@code text}, giving every run or glued string to {@code sink}. */
  public void apply(String text, Sink sink) {
    List<CharSpan> runs = ArabicLetterRuns.find(text);
    int k = 0;
    while (k < runs.size()) {
      StringBuilder glued = new StringBuilder(text.substring(runs.get(k).start(), runs.get(k).end()));
      List<Integer> truth = new ArrayList<>();
      int m = k + 1;
      while (m < runs.size() && isSpaceGap(text, runs.get(m - 1).end(), runs.get(m).start()) && random.nextDouble() < rate) {
        truth.add(glued.length());
        glued.append(text, runs.get(m).start(), runs.get(m).end());
        m++;
      }
      sink.accept(new Glued(glued.toString(), truth));
      k = m;
    }
  }

  private static boolean isSpaceGap(String text, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
