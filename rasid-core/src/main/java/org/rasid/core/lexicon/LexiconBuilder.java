package org.rasid.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rasid.core.model.CharSpan;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * Counts normalized Arabic words over texts and produces a {@link WordLexicon}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Words are {@link ArabicLetterRuns} normalized with {@link ArabicNormalizer#normalize}.
 *   <li>Bigrams are pairs of adjacent words separated by whitespace only, stored as {@code w1 w2}
 *       when seen at least {@code minBigramCount} times.
 *   <li>Every word counts towards the total; only forms seen at least {@code minCount} times are
 *       stored (rare forms are mostly typos and glued words, which must not become "words").
 * </ul>
 *
 * <p>The builder does no I/O: callers feed texts (e.g. from {@code SaudiNewsNetCorpus}) and write
 * the result with {@link WordLexicon#writeTo}. Progress is reported every {@code every} texts.
 */
public final class LexiconBuilder {

  /** Receives progress: texts read so far and words counted so far. */
  @FunctionalInterface
  public interface Progress {
    void report(long texts, long words);

    Progress NONE = (t, w) -> { };
  }

  private final int minCount;
  private final int minBigramCount;
  private final int every;
  private final Progress progress;

  public LexiconBuilder(int minCount, int minBigramCount, int every, Progress progress) {
    if (minCount < 1 || minBigramCount < 1 || every < 1) {
      throw new IllegalArgumentException("minCount, minBigramCount and every must be >= 1, got "
          + minCount + ", " + minBigramCount + ", " + every);
    }
    this.minCount = minCount;
    this.minBigramCount = minBigramCount;
    this.every = every;
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Counts the words of all {@code texts}; {@code header} lines document provenance. */
  public WordLexicon build(Iterator<? extends CharSequence> texts, List<String> header) {
    ArabicNormalizer normalizer = ArabicNormalizer.get();
    Map<String, long[]> counts = new HashMap<>(1 << 20);
    Map<String, long[]> bigrams = new HashMap<>(1 << 22);
    long nTexts = 0;
    long nWords = 0;
    while (texts.hasNext()) {
      CharSequence text = texts.next();
      String prev = null;
      int prevEnd = -1;
      for (CharSpan s : ArabicLetterRuns.find(text)) {
        String norm = normalizer.normalize(text.subSequence(s.start(), s.end()));
        if (norm.isEmpty()) {
          prev = null;
          continue;
        }
        counts.computeIfAbsent(norm, k -> new long[1])[0]++;
        nWords++;
        // a bigram is two words separated by whitespace only (not by punctuation or digits)
        if (prev != null && onlySpace(text, prevEnd, s.start())) {
          bigrams.computeIfAbsent(prev + ' ' + norm, k -> new long[1])[0]++;
        }
        prev = norm;
        prevEnd = s.end();
      }
      if (++nTexts % every == 0) {
        progress.report(nTexts, nWords);
      }
    }
    progress.report(nTexts, nWords);
    Map<String, Long> kept = new HashMap<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= minCount) {
        kept.put(e.getKey(), e.getValue()[0]);
      }
    }
    Map<String, Long> keptBigrams = new HashMap<>();
    for (Map.Entry<String, long[]> e : bigrams.entrySet()) {
      if (e.getValue()[0] >= minBigramCount) {
        keptBigrams.put(e.getKey(), e.getValue()[0]);
      }
    }
    List<String> h = new ArrayList<>(header);
    h.add("# texts=" + nTexts + " words=" + nWords + " distinct=" + counts.size()
        + " stored=" + kept.size() + " minCount=" + minCount + " bigrams=" + bigrams.size()
        + " storedBigrams=" + keptBigrams.size() + " minBigramCount=" + minBigramCount);
    return WordLexicon.of(kept, keptBigrams, nWords, h);
  }

  private static boolean onlySpace(CharSequence text, int from, int to) {
    if (from < 0 || to <= from) {
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
