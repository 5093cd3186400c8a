package org.rasid.app.eval;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.glued.GluedWordSplitter;
import org.rasid.core.glued.SpaceLoss;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * Evaluation of {@link GluedWordSplitter} by simulated space loss.
 *
 * <p>Rules: in each text, every whitespace-only gap between two adjacent Arabic letter runs is
 * removed with probability {@code rate} (seeded, so a run is reproducible); runs joined this way
 * form one glued token whose true cut points are the removed gaps, every other run is an untouched
 * word. Counted: removed spaces found at the exact offset (recall), proposed cuts that are true
 * (precision), and cuts proposed inside untouched words (false splits, per untouched word). Some
 * untouched words were already glued in the source (للكاتبمقدمة), so a false split is not always an
 * error; with a dictionary judge, untouched words that the judge accepts and that were split are
 * counted separately as certain errors. Errors
 * are kept (up to a limit) so they can be printed.
 */
public final class GluedEval {

  /** Totals of one run. */
  public record Result(long texts, long removed, long found, long proposed, long untouched,
      long falseSplitWords, long falseCuts, long dictionaryWordsSplit, List<String> misses, List<String> falseSplits) {
    public double recall() {
      return removed == 0 ? 0 : (double) found / removed;
    }

    public double precision() {
      return proposed == 0 ? 0 : (double) found / proposed;
    }

    /** Cuts proposed inside untouched words, per untouched word. */
    public double falseSplitRate() {
      return untouched == 0 ? 0 : (double) falseCuts / untouched;
    }
  }

  private final GluedWordSplitter splitter;
  private final SpaceLoss spaceLoss;
  private final int keepExamples;
  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  private final java.util.function.Predicate<String> judge;
  private long texts, removed, found, proposed, untouched, falseSplitWords, falseCuts, dictionaryWordsSplit;
  private final List<String> misses = new ArrayList<>();
  private final List<String> falseSplits = new ArrayList<>();

  /** {@code judge} (nullable) is an independent dictionary: a split word it accepts is surely wrong. */
  public GluedEval(GluedWordSplitter splitter, double rate, long seed, int keepExamples,
      java.util.function.Predicate<String> judge) {
    this.splitter = splitter;
    this.judge = judge;
    this.spaceLoss = new SpaceLoss(rate, seed);
    this.keepExamples = keepExamples;
  }

  /** Adds one text to the counts. */
  public void add(String text) {
    texts++;
    spaceLoss.apply(text, g -> score(g.text(), g.cuts()));
  }

  private void score(String word, List<Integer> truth) {
    Token t = new Token(new CharSpan(0, word.length()), word, TokenType.ARABIC, normalizer.normalize(word), null);
    List<Token> pieces = splitter.split(t);
    List<Integer> cuts = new ArrayList<>();
    for (int i = 1; i < pieces.size(); i++) {
      cuts.add(pieces.get(i).start());
    }
    if (truth.isEmpty()) {
      untouched++;
      if (!cuts.isEmpty()) {
        falseSplitWords++;
        falseCuts += cuts.size();
        if (judge != null && judge.test(word)) {
          dictionaryWordsSplit++;
        }
        if (falseSplits.size() < keepExamples) {
          falseSplits.add(render(pieces));
        }
      }
      return;
    }
    removed += truth.size();
    proposed += cuts.size();
    int hit = 0;
    for (int c : cuts) {
      if (truth.contains(c)) {
        hit++;
      }
    }
    found += hit;
    if (hit < truth.size() && misses.size() < keepExamples) {
      StringBuilder want = new StringBuilder();
      int prev = 0;
      for (int c : truth) {
        want.append(word, prev, c).append('|');
        prev = c;
      }
      want.append(word.substring(prev));
      misses.add(want + "  ->  " + render(pieces));
    }
  }

  private static String render(List<Token> pieces) {
    StringBuilder b = new StringBuilder();
    for (Token p : pieces) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(p.text());
    }
    return b.toString();
  }

  public Result result() {
    return new Result(texts, removed, found, proposed, untouched, falseSplitWords, falseCuts, dictionaryWordsSplit,
        List.copyOf(misses), List.copyOf(falseSplits));
  }
}
