package org.rasid.core.lexicon;

/**
 * The slot layout of Rasid's char-keyed hash tables ({@link CharKeyTable} for the lexicon, the text
 * layer's word memo): keys are stored as characters in one pool, and a slot is one {@code long}
 * packing the key's {@link String#hashCode} (high 32 bits), its offset in the pool (24 bits) and its
 * length (8 bits); 0 is an empty slot (no key is empty). A probe compares hash and length in the
 * slot and reads the pool only when they match, so a look-up by a range of a text builds no string.
 */
public final class CharKeySlots {

  /** Longest key (the length field has 8 bits). */
  public static final int MAX_LENGTH = 255;

  /** Most characters of a pool (the offset field has 24 bits). */
  public static final int MAX_POOL_CHARS = 1 << 24;

  private static final long HASH_AND_LENGTH = 0xFFFF_FFFF_0000_00FFL;

  private CharKeySlots() {}

  /** {@link String#hashCode} of {@code s[start, end)}, without cutting it out. */
  public static int hash(String s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  /** The slot of a key with {@code hash} and {@code length} whose characters start at {@code offset} in the pool. */
  public static long pack(int hash, int offset, int length) {
    return ((long) hash << 32) | ((long) offset << 8) | length;
  }

  /** Whether {@code slot} holds a key with this hash and length (then compare the characters). */
  public static boolean hashAndLengthMatch(long slot, int hash, int length) {
    return (slot & HASH_AND_LENGTH) == (((long) hash << 32) | length);
  }

  /** The key's hash. */
  public static int hash(long slot) {
    return (int) (slot >>> 32);
  }

  /** Where the key's characters start in the pool. */
  public static int offset(long slot) {
    return (int) (slot >>> 8) & 0xFF_FFFF;
  }

  /** The key's length. */
  public static int length(long slot) {
    return (int) slot & 0xFF;
  }

  /** The first slot to probe for {@code hash} in a table of {@code mask + 1} slots (a power of two). */
  public static int index(int hash, int mask) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** Whether {@code pool[offset, offset + end - start)} holds the characters of {@code s[start, end)}. */
  public static boolean matches(char[] pool, int offset, String s, int start, int end) {
    for (int k = start, o = offset; k < end; k++, o++) {
      if (pool[o] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
