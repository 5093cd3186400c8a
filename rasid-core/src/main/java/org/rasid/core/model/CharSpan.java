package org.rasid.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in an original text.
 *
 * <p>Every span Rasid emits (token, sentence, entity, time, quote, event argument) is one of these;
 * {@code text.substring(start, end)} is the span's text. Construction rejects negative or inverted
 * bounds with a message naming both values.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "invalid span: start=" + start + ", end=" + end + " (need 0 <= start <= end)");
    }
  }

  /** Checks that this span fits in a text of the given length. */
  public CharSpan checkWithin(int length) {
    if (end > length) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") exceeds text length " + length);
    }
    return this;
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** The covered text of {@code original}. */
  public String of(CharSequence original) {
    checkWithin(original.length());
    return original.subSequence(start, end).toString();
  }

  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public CharSpan union(CharSpan other) {
    return new CharSpan(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public int compareTo(CharSpan o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
