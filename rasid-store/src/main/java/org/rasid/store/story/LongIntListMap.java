package org.rasid.store.story;

import java.util.Arrays;

/**
 * An open-addressing multimap from 64-bit keys to growing lists of non-negative ints (linear
 * probing, power-of-two capacity, load at most one half): the LSH buckets of {@link
 * NearDuplicateDetector} without boxing a {@code Long} per band and article.
 *
 * <p>Layout: one {@code long[]} holds each slot's key and, beside it, a tag: 0 for an empty slot,
 * {@code value + 1} for a list of one value (most LSH buckets: a band value shared by no other
 * article), {@code -(k + 1)} for a longer list kept as {@code lists[k]}, an int array whose first
 * cell holds the count of the values that follow, in insertion order. A probe reads one cache line
 * of one array (the table is tens of MB for a large corpus, so each look-up is a cache miss).
 * Read a list with {@link #find}, {@link #listSize} and {@link #value}, which allocate nothing.
 * Not thread-safe; the owner locks.
 */
final class LongIntListMap {

  /** {@code slots[2i]}: key of slot i; {@code slots[2i + 1]}: its tag (see the class comment). */
  private long[] slots;
  private int[][] lists = new int[16][];
  private int listCount;
  private int size;

  LongIntListMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    slots = new long[cap * 2];
  }

  /** The slot of {@code key}'s list, or -1 when it has none. */
  int find(long key) {
    long[] s = slots;
    int mask = (s.length >> 1) - 1;
    int i = slot(key) & mask;
    long tag;
    while ((tag = s[(i << 1) + 1]) != 0) {
      if (s[i << 1] == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** How many values the list at {@code slot} (from {@link #find}) holds. */
  int listSize(int slot) {
    long tag = slots[(slot << 1) + 1];
    return tag > 0 ? 1 : lists[(int) (-tag - 1)][0];
  }

  /** Value {@code k} ({@code 0 <= k < listSize(slot)}) of the list at {@code slot}, in insertion order. */
  int value(int slot, int k) {
    long tag = slots[(slot << 1) + 1];
    return tag > 0 ? (int) (tag - 1) : lists[(int) (-tag - 1)][k + 1];
  }

  /** A copy of the list of {@code key} (count in cell 0, values after it), or null. */
  int[] get(long key) {
    int i = find(key);
    if (i < 0) {
      return null;
    }
    int n = listSize(i);
    int[] out = new int[n + 1];
    out[0] = n;
    for (int k = 0; k < n; k++) {
      out[k + 1] = value(i, k);
    }
    return out;
  }

  /** Appends {@code value} (non-negative) to the list of {@code key}. */
  void add(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values must be non-negative, got " + value);
    }
    long[] s = slots;
    int mask = (s.length >> 1) - 1;
    int i = slot(key) & mask;
    long tag;
    while ((tag = s[(i << 1) + 1]) != 0) {
      if (s[i << 1] == key) {
        if (tag > 0) {
          if (listCount == lists.length) {
            lists = Arrays.copyOf(lists, listCount * 2);
          }
          lists[listCount] = new int[] {2, (int) (tag - 1), value, 0};
          s[(i << 1) + 1] = -(++listCount);
        } else {
          int k = (int) (-tag - 1);
          lists[k] = append(lists[k], value);
        }
        return;
      }
      i = (i + 1) & mask;
    }
    if ((size + 1) * 2 > s.length >> 1) {
      grow();
      add(key, value);
      return;
    }
    s[i << 1] = key;
    s[(i << 1) + 1] = value + 1L;
    size++;
  }

  int size() {
    return size;
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /**
   * Appends {@code value} to a count-first list ({@code old[0]} values follow it; null for an empty
   * list), growing it by doubling: returns the list to keep. Also the layout of the story postings.
   */
  static int[] append(int[] old, int value) {
    if (old == null) {
      return new int[] {1, value};
    }
    int n = old[0];
    int[] a = n + 1 == old.length ? Arrays.copyOf(old, old.length * 2) : old;
    a[n + 1] = value;
    a[0] = n + 1;
    return a;
  }

  private void grow() {
    long[] old = slots;
    long[] s = new long[old.length * 2];
    int mask = (s.length >> 1) - 1;
    for (int j = 0; j < old.length; j += 2) {
      long tag = old[j + 1];
      if (tag != 0) {
        int i = slot(old[j]) & mask;
        while (s[(i << 1) + 1] != 0) {
          i = (i + 1) & mask;
        }
        s[i << 1] = old[j];
        s[(i << 1) + 1] = tag;
      }
    }
    slots = s;
  }
}
