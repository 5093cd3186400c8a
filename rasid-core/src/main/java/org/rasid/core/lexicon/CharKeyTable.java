package org.rasid.core.lexicon;

import java.util.Map;
import java.util.Objects;

/**
 * An immutable table from strings to positive counts, looked up by a range of a string (or two
 * ranges joined by one space, for a word pair) without building the key as a string.
 *
 * <p>Layout: open addressing with linear probing, at most half full, slots as in {@link
 * CharKeySlots} (hash, pool offset and length in one {@code long}); the count is the next {@code
 * long}, in the same cache line. A probe compares characters only when hash and length match: no
 * key object is allocated or touched. About 38 MB for the bundled lexicon's 145,005 words and
 * 412,847 word pairs, against about 60 MB as a {@code HashMap} of strings and boxed counts.
 *
 * <p>Keys are limited to {@link #MAX_KEY_LENGTH} characters and the pool to 2<sup>24</sup>
 * characters; {@link #of} rejects tables beyond them with a message naming the limit.
 */
final class CharKeyTable {

  /** Longest key. */
  static final int MAX_KEY_LENGTH = CharKeySlots.MAX_LENGTH;

  /** Most characters of all keys together. */
  static final int MAX_POOL_CHARS = CharKeySlots.MAX_POOL_CHARS;

  /** Two longs a slot: the packed key at {@code 2i}, the count at {@code 2i + 1} (one cache line a probe). */
  private final long[] slots;
  private final char[] pool;
  /**
   * One bit per hash value modulo its size (about 16 bits per key): a clear bit proves a key
   * absent without touching the table, which is much larger than the CPU caches. The segmenters
   * look up many strings that are not words.
   */
  private final long[] filter;
  private final int filterShift;
  private final int mask;
  private final int size;

  private CharKeyTable(long[] slots, char[] pool, int size) {
    this.slots = slots;
    this.pool = pool;
    int filterBits = Math.max(6, 32 - Integer.numberOfLeadingZeros(Math.max(1, size * 16 - 1)));
    this.filter = new long[1 << (filterBits - 6)];
    this.filterShift = 64 - filterBits;
    for (int i = 0; i < slots.length / 2; i++) {
      if (slots[2 * i] != 0) {
        int bit = filterBit(CharKeySlots.hash(slots[2 * i]));
        filter[bit >>> 6] |= 1L << bit;
      }
    }
    this.mask = slots.length / 2 - 1;
    this.size = size;
  }

  /** The table of {@code entries}; counts must be positive (checked by the caller). */
  static CharKeyTable of(Map<String, Long> entries) {
    int n = entries.size();
    int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
    long poolChars = 0;
    for (String key : entries.keySet()) {
      if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
        throw new IllegalArgumentException(
            "lexicon keys must have 1 to " + MAX_KEY_LENGTH + " characters, got " + key.length() + ": " + abbreviated(key));
      }
      poolChars += key.length();
    }
    if (poolChars > MAX_POOL_CHARS) {
      throw new IllegalArgumentException("lexicon keys total " + poolChars + " characters, more than " + MAX_POOL_CHARS);
    }
    long[] slots = new long[2 * capacity];
    char[] pool = new char[(int) poolChars];
    int used = 0;
    for (Map.Entry<String, Long> e : entries.entrySet()) {
      String key = e.getKey();
      key.getChars(0, key.length(), pool, used);
      long slot = CharKeySlots.pack(key.hashCode(), used, key.length());
      int i = CharKeySlots.index(key.hashCode(), capacity - 1);
      while (slots[2 * i] != 0) {
        i = (i + 1) & (capacity - 1);
      }
      slots[2 * i] = slot;
      slots[2 * i + 1] = Objects.requireNonNull(e.getValue(), "count");
      used += key.length();
    }
    return new CharKeyTable(slots, pool, n);
  }

  /** Number of keys. */
  int size() {
    return size;
  }

  /** The count of {@code s[start, end)}, 0 when absent. */
  long get(String s, int start, int end) {
    return end > start ? getWithLast(s, start, end, s.charAt(end - 1)) : 0;
  }

  /** The count of {@code s[start, end - 1)} followed by {@code last} (a word with its last letter replaced), 0 when absent. */
  long getWithLast(String s, int start, int end, char last) {
    return end > start ? find(s, start, end - 1, last, "", 0, 0) : 0;
  }

  /** The count of the key {@code a + ' ' + b}, 0 when absent. */
  long getPair(String a, String b) {
    return find(a, 0, a.length(), ' ', b, 0, b.length());
  }

  /** The count of the key {@code a[aStart, aEnd) + mid + b[bStart, bEnd)}, 0 when absent. */
  private long find(String a, int aStart, int aEnd, char mid, String b, int bStart, int bEnd) {
    int aLength = aEnd - aStart;
    int length = aLength + 1 + bEnd - bStart;
    if (length > MAX_KEY_LENGTH) {
      return 0;
    }
    int h = 31 * CharKeySlots.hash(a, aStart, aEnd) + mid;
    for (int k = bStart; k < bEnd; k++) {
      h = 31 * h + b.charAt(k);
    }
    if (!mayContain(h)) {
      return 0;
    }
    for (int i = CharKeySlots.index(h, mask); ; i = (i + 1) & mask) {
      long slot = slots[2 * i];
      if (slot == 0) {
        return 0;
      }
      int off = CharKeySlots.offset(slot);
      if (CharKeySlots.hashAndLengthMatch(slot, h, length) && CharKeySlots.matches(pool, off, a, aStart, aEnd)
          && pool[off + aLength] == mid && CharKeySlots.matches(pool, off + aLength + 1, b, bStart, bEnd)) {
        return slots[2 * i + 1];
      }
    }
  }

  /** Receives each key and its count. */
  @FunctionalInterface
  interface EntryConsumer {
    void accept(String key, long count);
  }

  /** Every key with its count, in no particular order (keys are built as strings here). */
  void forEach(EntryConsumer action) {
    for (int i = 0; i <= mask; i++) {
      long slot = slots[2 * i];
      if (slot != 0) {
        action.accept(new String(pool, CharKeySlots.offset(slot), CharKeySlots.length(slot)), slots[2 * i + 1]);
      }
    }
  }

  private int filterBit(int hash) {
    return (int) ((hash * 0xC2B2AE3D27D4EB4FL) >>> filterShift);
  }

  private boolean mayContain(int hash) {
    int bit = filterBit(hash);
    return (filter[bit >>> 6] & (1L << bit)) != 0;
  }

  private static String abbreviated(String key) {
    return key.length() <= 40 ? key : key.substring(0, 40) + "…";
  }
}
