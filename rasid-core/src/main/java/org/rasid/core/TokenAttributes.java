package org.rasid.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * The values of one {@link WordAttribute} for the tokens of one text, by token index: what {@link
 * TextLayer#process} returns beside the tokens when the layer was made {@link
 * TextLayer#withAttribute with} the attribute. Immutable.
 */
public final class TokenAttributes {

  /** No attribute: every token's value is 0. */
  public static final TokenAttributes NONE = new TokenAttributes(null, new int[0], 0);

  private final WordAttribute source;
  private final int[] values;
  private final int size;

  private TokenAttributes(WordAttribute source, int[] values, int size) {
    this.source = source;
    this.values = values;
    this.size = size;
  }

  /**
   * Takes over {@code values} (its first {@code size} entries; the caller must not change it
   * afterwards): the layer fills one array per text and hands it over without a copy.
   */
  static TokenAttributes adopt(WordAttribute source, int[] values, int size) {
    Objects.requireNonNull(source, "source");
    if (size < 0 || size > values.length) {
      throw new IllegalArgumentException("size " + size + " outside the values' length " + values.length);
    }
    return new TokenAttributes(source, values, size);
  }

  /** Whether these are the values of {@code attribute} (compared by identity). */
  public boolean of(WordAttribute attribute) {
    return source != null && source == attribute;
  }

  /** The value of token {@code i}. */
  public int get(int i) {
    Objects.checkIndex(i, size);
    return values[i];
  }

  /** The number of tokens (0 for {@link #NONE}). */
  public int size() {
    return size;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenAttributes a && a.source == source
        && Arrays.equals(values, 0, size, a.values, 0, a.size);
  }

  @Override
  public int hashCode() {
    int h = System.identityHashCode(source);
    for (int i = 0; i < size; i++) {
      h = 31 * h + values[i];
    }
    return h;
  }

  @Override
  public String toString() {
    return size == 0 ? "TokenAttributes[]" : "TokenAttributes" + Arrays.toString(Arrays.copyOf(values, size));
  }
}
