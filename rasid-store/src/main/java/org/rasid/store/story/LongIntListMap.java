package org.rasid.store.story;

import java.util.Arrays;

/**
 * An open-addressing multimap from 64-bit keys to growing lists of ints (linear probing,
 * power-of-two capacity, load at most one half): the LSH buckets of {@link NearDuplicateDetector}
 * without boxing a {@code Long} per band and article. A list of one value (most LSH buckets: a
 * band value shared by no other article) is held in the slot itself; a longer one is an int array
 * whose first cell holds the count of the values that follow, in insertion order. Read a list with
 * {@link #find}, {@link #listSize} and {@link #value}, which allocate nothing. Not thread-safe; the
 * owner locks.
 */
final class LongIntListMap {

  private long[] keys;
  private int[][] lists;
  /** The value of a one-value list (its {@code lists} cell is null). */
  private int[] singles;
  /** Whether the slot holds a key (so that every long, 0 included, can be a key). */
  private boolean[] used;
  private int size;

  LongIntListMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[cap];
    lists = new int[cap][];
    singles = new int[cap];
    used = new boolean[cap];
  }

  /** The slot of {@code key}'s list, or -1 when it has none. */
  int find(long key) {
    int mask = keys.length - 1;
    int i = slot(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** How many values the list at {@code slot} (from {@link #find}) holds. */
  int listSize(int slot) {
    int[] list = lists[slot];
    return list == null ? 1 : list[0];
  }

  /** Value {@code k} ({@code 0 <= k < listSize(slot)}) of the list at {@code slot}, in insertion order. */
  int value(int slot, int k) {
    int[] list = lists[slot];
    return list == null ? singles[slot] : list[k + 1];
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

  /** Appends {@code value} to the list of {@code key}. */
  void add(long key, int value) {
    int mask = keys.length - 1;
    int i = slot(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        lists[i] = lists[i] == null ? new int[] {2, singles[i], value, 0} : append(lists[i], value);
        return;
      }
      i = (i + 1) & mask;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
      add(key, value);
      return;
    }
    used[i] = true;
    keys[i] = key;
    singles[i] = value;
    size++;
  }

  int size() {
    return size;
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

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
    long[] ok = keys;
    int[][] ol = lists;
    int[] os = singles;
    boolean[] ou = used;
    keys = new long[ok.length * 2];
    lists = new int[ok.length * 2][];
    singles = new int[ok.length * 2];
    used = new boolean[ok.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < ok.length; j++) {
      if (ou[j]) {
        int i = slot(ok[j]) & mask;
        while (used[i]) {
          i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = ok[j];
        lists[i] = ol[j];
        singles[i] = os[j];
      }
    }
  }
}
