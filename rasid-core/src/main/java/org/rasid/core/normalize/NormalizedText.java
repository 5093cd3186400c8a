package org.rasid.core.normalize;

import org.rasid.core.model.CharSpan;

/**
 * A normalized view of an original text with an offset map back to it.
 *
 * <p>Each normalized character {@code i} came from the original range {@code [originalStart(i),
 * originalEnd(i))}; removed characters (diacritics, tatweel, controls) have no normalized
 * counterpart, and a presentation-form ligature may yield several normalized characters that map to
 * the same original character. When no character was removed or expanded the map is the identity
 * and is not stored (the common case for a single word). Immutable.
 */
public final class NormalizedText {

  private final String original;
  private final String normalized;
  private final int[] starts;
  private final int[] ends;

  /** {@code starts}/{@code ends} null: the identity map (same length, character for character). */
  NormalizedText(String original, String normalized, int[] starts, int[] ends) {
    if ((starts == null) != (ends == null) || (starts == null && original.length() != normalized.length())) {
      throw new IllegalArgumentException("identity map needs equal lengths and no arrays");
    }
    this.original = original;
    this.normalized = normalized;
    this.starts = starts;
    this.ends = ends;
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  public int length() {
    return normalized.length();
  }

  /** Original offset where normalized character {@code i} starts. */
  public int originalStart(int i) {
    if (starts == null) {
      java.util.Objects.checkIndex(i, normalized.length());
      return i;
    }
    return starts[i];
  }

  /** Original offset one past normalized character {@code i}. */
  public int originalEnd(int i) {
    if (ends == null) {
      java.util.Objects.checkIndex(i, normalized.length());
      return i + 1;
    }
    return ends[i];
  }

  /**
   * The original span covering normalized range {@code [start, end)}. An empty normalized range
   * maps to an empty span at the original position of {@code start}.
   */
  public CharSpan toOriginal(int start, int end) {
    if (start < 0 || end < start || end > normalized.length()) {
      throw new IllegalArgumentException(
          "invalid normalized range: start=" + start + ", end=" + end + ", length=" + normalized.length());
    }
    if (starts == null) {
      return new CharSpan(start, end);
    }
    if (start == end) {
      int at = start < starts.length ? starts[start] : original.length();
      return new CharSpan(at, at);
    }
    return new CharSpan(starts[start], ends[end - 1]);
  }

  /**
   * The first normalized index whose original start is at or after {@code originalOffset}; {@link
   * #length()} when there is none.
   */
  public int fromOriginal(int originalOffset) {
    if (starts == null) {
      return Math.max(0, Math.min(originalOffset, normalized.length()));
    }
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < originalOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
