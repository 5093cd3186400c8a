package org.rasid.core.lexicon;

import java.util.Map;
import java.util.Objects;

/**
 * An immutable table from strings to positive counts, looked up by a range of a string (or two
 * ranges joined by one space, for a word pair) without building the key as a string.
 *
 * <p>Layout: open addressing with linear probing, at most half full. Each slot's {@code long} packs
 * the key's hash (high 32 bits: {@link String#hashCode()} of the key), the offset of its characters
 * in one character pool (24 bits) and its length (8 bits); the count is the next {@code long}, in
 * the same cache line. A probe reads one slot and compares characters only when hash and length match: no key object is
 * allocated or touched. A few MB for the bundled lexicon, against ~60 MB as a {@code HashMap} of
 * strings and boxed counts.
 *
 * <p>Keys are limited to {@link #MAX_KEY_LENGTH} characters and the pool to 2<sup>24</sup>
 * characters; {@link #of} rejects tables beyond them with a message naming the limit.
 */
final class CharKeyTable {

  /** Longest key (the slot's length field has 8 bits). */
  static final int MAX_KEY_LENGTH = 255;

  /** Most characters of all keys together (the slot's offset field has 24 bits). */
  static final int MAX_POOL_CHARS = 1 << 24;

  private static final long HASH_AND_LENGTH = 0xFFFF_FFFF_0000_00FFL;

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
        int bit = filterBit((int) (slots[2 * i] >>> 32));
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
      long slot = ((long) key.hashCode() << 32) | ((long) used << 8) | key.length();
      int i = index(key.hashCode(), capacity - 1);
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
    int length = end - start;
    if (length <= 0 || length > MAX_KEY_LENGTH) {
      return 0;
    }
    int h = 0;
    for (int k = start; k < end - 1; k++) {
      h = 31 * h + s.charAt(k);
    }
    h = 31 * h + last;
    if (!mayContain(h)) {
      return 0;
    }
    long want = ((long) h << 32) | length;
    for (int i = index(h, mask); ; i = (i + 1) & mask) {
      long slot = slots[2 * i];
      if (slot == 0) {
        return 0;
      }
      if ((slot & HASH_AND_LENGTH) == want) {
        int off = offset(slot);
        if (matches(off, s, start, end - 1) && pool[off + length - 1] == last) {
          return slots[2 * i + 1];
        }
      }
    }
  }

  /** The count of the key {@code a + ' ' + b}, 0 when absent. */
  long getPair(String a, String b) {
    int length = a.length() + 1 + b.length();
    if (length > MAX_KEY_LENGTH) {
      return 0;
    }
    int h = a.hashCode();
    h = 31 * h + ' ';
    for (int k = 0; k < b.length(); k++) {
      h = 31 * h + b.charAt(k);
    }
    if (!mayContain(h)) {
      return 0;
    }
    long want = ((long) h << 32) | length;
    for (int i = index(h, mask); ; i = (i + 1) & mask) {
      long slot = slots[2 * i];
      if (slot == 0) {
        return 0;
      }
      if ((slot & HASH_AND_LENGTH) == want) {
        int off = offset(slot);
        if (matches(off, a, 0, a.length()) && pool[off + a.length()] == ' ' && matches(off + a.length() + 1, b, 0, b.length())) {
          return slots[2 * i + 1];
        }
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
        int off = offset(slot);
        action.accept(new String(pool, off, (int) (slot & 0xFF)), slots[2 * i + 1]);
      }
    }
  }

  private boolean matches(int offset, String s, int start, int end) {
    char[] p = pool;
    for (int k = start, o = offset; k < end; k++, o++) {
      if (p[o] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int filterBit(int hash) {
    return (int) ((hash * 0xC2B2AE3D27D4EB4FL) >>> filterShift);
  }

  private boolean mayContain(int hash) {
    int bit = filterBit(hash);
    return (filter[bit >>> 6] & (1L << bit)) != 0;
  }

  private static int offset(long slot) {
    return (int) (slot >>> 8) & 0xFF_FFFF;
  }

  private static int index(int hash, int mask) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  private static String abbreviated(String key) {
    return key.length() <= 40 ? key : key.substring(0, 40) + "…";
  }
}
