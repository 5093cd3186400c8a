package org.rasid.core;

import java.util.Arrays;
import java.util.Objects;
import org.rasid.core.model.TokenType;

/**
 * The values of one {@link WordAttribute} for the tokens of one text, by token index: what {@link
 * TextLayer#process} returns beside the tokens when the layer was made {@link
 * TextLayer#withAttribute with} the attribute. Immutable.
 *
 * <p>Each token's {@link #entry} also packs what a stage walking all the tokens needs to know of
 * the token's kind and layout, so that it can go over the tokens without reading them: its {@link
 * #type}, whether it is {@link #attached} to the token before (no gap between them) and whether it
 * is {@link #oneChar one character} long. The text layer has these at hand while it makes the
 * token; a reader of the {@link org.rasid.core.model.Token} objects would fetch two objects per
 * token instead.
 */
public final class TokenAttributes {

  /** No attribute: every token's value is 0. */
  public static final TokenAttributes NONE = new TokenAttributes(null, new int[0], 0);

  /** Bits 0-3: the type; 4-6: flags; above them: the value. */
  private static final int VALUE_SHIFT = 7;

  /** The largest value a {@link WordAttribute} may give (values are packed above the type and flags). */
  public static final int MAX_VALUE = (1 << (31 - VALUE_SHIFT)) - 1;

  private static final int TYPE_BITS = 0xF;
  private static final int ATTACHED = 1 << 4;
  private static final int ONE_CHAR = 1 << 5;
  private static final int LINE_BREAK_BEFORE = 1 << 6;
  private static final TokenType[] TYPES = TokenType.values();

  static {
    if (TYPES.length > TYPE_BITS + 1) {
      throw new AssertionError("token types do not fit their bits");
    }
  }

  private final WordAttribute source;
  private final int[] entries;
  private final int size;

  private TokenAttributes(WordAttribute source, int[] entries, int size) {
    this.source = source;
    this.entries = entries;
    this.size = size;
  }

  /**
   * Takes over {@code entries} (its first {@code size} entries, each made by {@link #pack}; the
   * caller must not change it afterwards): the layer fills one array per text and hands it over
   * without a copy.
   */
  static TokenAttributes adopt(WordAttribute source, int[] entries, int size) {
    Objects.requireNonNull(source, "source");
    if (size < 0 || size > entries.length) {
      throw new IllegalArgumentException("size " + size + " outside the entries' length " + entries.length);
    }
    return new TokenAttributes(source, entries, size);
  }

  /**
   * One token's entry.
   *
   * @param value the attribute's value, 0 to {@link #MAX_VALUE} (checked by {@link #checkValue}
   *     where it is computed)
   * @param attached the token starts where the token before it ends
   * @param oneChar the token is one UTF-16 character long
   * @param lineBreakBefore a line feed lies between the token before (or the text's start) and this one
   */
  static int pack(int value, TokenType type, boolean attached, boolean oneChar, boolean lineBreakBefore) {
    return value << VALUE_SHIFT | type.ordinal() | (attached ? ATTACHED : 0) | (oneChar ? ONE_CHAR : 0)
        | (lineBreakBefore ? LINE_BREAK_BEFORE : 0);
  }

  /** {@code value} if a {@link WordAttribute} may give it, else an exception naming the range. */
  static int checkValue(int value) {
    if (value < 0 || value > MAX_VALUE) {
      throw new IllegalStateException("word attribute value " + value + " outside 0.." + MAX_VALUE);
    }
    return value;
  }

  /** Whether these are the values of {@code attribute} (compared by identity). */
  public boolean of(WordAttribute attribute) {
    return source != null && source == attribute;
  }

  /** The value of token {@code i}. */
  public int get(int i) {
    return value(entry(i));
  }

  /** Token {@code i}'s packed entry: read it once, then take it apart with the static methods below. */
  public int entry(int i) {
    Objects.checkIndex(i, size);
    return entries[i];
  }

  /** The number of distinct {@link #layout}s: a stage may keep a table indexed by them. */
  public static final int LAYOUTS = 1 << VALUE_SHIFT;

  /**
   * The type and flags of an {@link #entry} without the value, 0 to {@link #LAYOUTS} - 1 (the
   * methods below read it as they read an entry): a stage that treats tokens by type and layout
   * can look up what to do in a table indexed by it instead of testing each.
   */
  public static int layout(int entry) {
    return entry & (LAYOUTS - 1);
  }

  /** Whether some token's entry has this {@link #layout} (its type bits name a type). */
  public static boolean isLayout(int layout) {
    return layout >= 0 && layout < LAYOUTS && (layout & TYPE_BITS) < TYPES.length;
  }

  /** The attribute's value in an {@link #entry}. */
  public static int value(int entry) {
    return entry >>> VALUE_SHIFT;
  }

  /** The token's type. */
  public static TokenType type(int entry) {
    return TYPES[entry & TYPE_BITS];
  }

  /** Whether the token starts where the token before it ends (false for the first token). */
  public static boolean attached(int entry) {
    return (entry & ATTACHED) != 0;
  }

  /** Whether the token is one UTF-16 character long. */
  public static boolean oneChar(int entry) {
    return (entry & ONE_CHAR) != 0;
  }

  /**
   * Whether a line feed ({@code '\n'}) lies in the gap between the token before and this one (for
   * the first token: between the text's start and it). Line feeds inside a token do not count; those
   * after the last token are not in any entry.
   */
  public static boolean lineBreakBefore(int entry) {
    return (entry & LINE_BREAK_BEFORE) != 0;
  }

  /** The number of tokens (0 for {@link #NONE}). */
  public int size() {
    return size;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenAttributes a && a.source == source
        && Arrays.equals(entries, 0, size, a.entries, 0, a.size);
  }

  @Override
  public int hashCode() {
    int h = System.identityHashCode(source);
    for (int i = 0; i < size; i++) {
      h = 31 * h + entries[i];
    }
    return h;
  }

  @Override
  public String toString() {
    if (size == 0) {
      return "TokenAttributes[]";
    }
    StringBuilder b = new StringBuilder("TokenAttributes[");
    for (int i = 0; i < size; i++) {
      int e = entries[i];
      b.append(i == 0 ? "" : ", ").append(value(e)).append(' ').append(type(e));
    }
    return b.append(']').toString();
  }
}
