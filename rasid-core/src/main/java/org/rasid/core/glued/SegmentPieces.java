package org.rasid.core.glued;

import java.util.Arrays;
import org.rasid.core.lexicon.WordLexicon;

/**
 * The pieces {@code [j, i)} of one normalized segment that the glued-word splitter weighs, each with
 * its lexicon count and affix support looked up at most once: the Viterbi search and the cut model
 * ask about the same pieces (a cut X|Y is the Viterbi's first and last piece), so one word's
 * decision costs one look-up per piece instead of one per question. Indices are relative to the
 * segment: {@code 0 <= j < i <= length()}.
 *
 * <p>One instance per segment and call; not thread-safe.
 */
final class SegmentPieces {

  private final String normalized;
  private final int start;
  private final int length;
  private final WordLexicon lexicon;
  private final WordEvidence evidence;
  private final String[] texts;
  private final long[] counts;
  private final double[] affixed;

  /** The pieces of {@code normalized[start, end)}. */
  SegmentPieces(String normalized, int start, int end, WordLexicon lexicon, WordEvidence evidence) {
    this.normalized = normalized;
    this.start = start;
    this.length = end - start;
    this.lexicon = lexicon;
    this.evidence = evidence;
    int cells = (length + 1) * (length + 1);
    this.texts = new String[cells];
    this.counts = new long[cells];
    this.affixed = new double[cells];
    Arrays.fill(counts, -1);
    Arrays.fill(affixed, Double.NaN);
  }

  /** The normalized text of piece {@code [j, i)}. */
  String text(int j, int i) {
    int k = cell(j, i);
    String t = texts[k];
    if (t == null) {
      t = normalized.substring(start + j, start + i);
      texts[k] = t;
    }
    return t;
  }

  /** {@link WordLexicon#count} of piece {@code [j, i)}. */
  long count(int j, int i) {
    int k = cell(j, i);
    long c = counts[k];
    if (c < 0) {
      c = lexicon.count(normalized, start + j, start + i);
      counts[k] = c;
    }
    return c;
  }

  /** {@link WordEvidence#affixed} of piece {@code [j, i)}. */
  double affixed(int j, int i) {
    int k = cell(j, i);
    double e = affixed[k];
    if (Double.isNaN(e)) {
      e = evidence.affixed(text(j, i));
      affixed[k] = e;
    }
    return e;
  }

  private int cell(int j, int i) {
    if (j < 0 || i > length || j >= i) {
      throw new IndexOutOfBoundsException("piece [" + j + ", " + i + ") of a segment of " + length + " letters");
    }
    return j * (length + 1) + i;
  }
}
