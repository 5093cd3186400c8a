package org.rasid.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.rasid.core.clitic.CliticSegmenter;

/**
 * Evaluation of {@link CliticSegmenter} on running text, without gold segmentations.
 *
 * <p>Rules: every Arabic word is segmented. Counted: words, words split, and each clitic part. With
 * an independent dictionary judge (LanguageTool's Arabic Hunspell dictionary, hamza-sensitive,
 * never used by the segmenter), a split "breaks a lexicon word" when the judge accepts the whole
 * word but rejects the stem (also tried with a final ت read as ة and ا as ى: حكومتها, إحداها): ولايات → و+لايات. Splits whose
 * stem the judge accepts are "supported". The judge's own gaps (names, hamza-less spellings) make
 * both figures conservative estimates, so examples are kept for reading.
 */
public final class CliticEval {

  /** Totals of one run. */
  public record Result(long words, long split, long judged, long breaks, long supported,
      Map<String, Long> clitics, List<String> breakExamples, List<String> splitExamples) {
    public double splitRate() {
      return words == 0 ? 0 : (double) split / words;
    }

    /** Splits that break a judged word, per word. */
    public double breakRate() {
      return words == 0 ? 0 : (double) breaks / words;
    }

    /** Splits that break a judged word, per split. */
    public double breaksPerSplit() {
      return split == 0 ? 0 : (double) breaks / split;
    }
  }

  private final CliticSegmenter segmenter;
  private final Predicate<String> judge;
  private final int keep;
  private long words, split, judged, breaks, supported;
  private final Map<String, Long> clitics = new TreeMap<>();
  private final List<String> breakExamples = new ArrayList<>();
  private final List<String> splitExamples = new ArrayList<>();

  /** {@code judge} may be null (no dictionary available). */
  public CliticEval(CliticSegmenter segmenter, Predicate<String> judge, int keep) {
    this.segmenter = segmenter;
    this.judge = judge;
    this.keep = keep;
  }

  /** Segments one Arabic word and counts the outcome. */
  public void add(String word) {
    words++;
    List<String> parts = segmenter.segment(word);
    if (parts.size() < 2) {
      return;
    }
    split++;
    String stem = stem(parts);
    for (String p : parts) {
      if (p != stem) {
        clitics.merge(p, 1L, Long::sum);
      }
    }
    String shown = word + " → " + String.join("+", parts);
    if (splitExamples.size() < keep) {
      splitExamples.add(shown);
    }
    if (judge == null) {
      return;
    }
    boolean stemOk = judge.test(stem)
        || (stem.endsWith("ت") && judge.test(stem.substring(0, stem.length() - 1) + "ة"))
        || (stem.endsWith("ا") && judge.test(stem.substring(0, stem.length() - 1) + "ى"));
    if (stemOk) {
      supported++;
    }
    if (judge.test(word)) {
      judged++;
      if (!stemOk) {
        breaks++;
        if (breakExamples.size() < keep) {
          breakExamples.add(shown);
        }
      }
    }
  }

  private static final java.util.Set<String> CLITICS = java.util.Set.of(
      "و", "ف", "ب", "ك", "ل", "س", "ال", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني", "ي");

  /** The stem: the last part that is not a clitic (parts are proclitics, stem, enclitic). */
  static String stem(List<String> parts) {
    for (int i = parts.size() - 1; i >= 0; i--) {
      String bare = org.rasid.core.normalize.ArabicNormalizer.get().normalize(parts.get(i));
      if (!CLITICS.contains(bare) || i == 0) {
        return parts.get(i);
      }
    }
    return parts.get(0);
  }

  public Result result() {
    return new Result(words, split, judged, breaks, supported, Map.copyOf(clitics),
        List.copyOf(breakExamples), List.copyOf(splitExamples));
  }
}
