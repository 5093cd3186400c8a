package org.rasid.store.story;

import java.util.Arrays;

/**
 * An open-addressing multimap from 64-bit keys to growing lists of ints (linear probing,
 * power-of-two capacity, load at most one half): the LSH buckets of {@link NearDuplicateDetector}
 * without boxing a {@code Long} per band and article. Each list is an int array whose first cell
 * holds the count of the values that follow, in insertion order. Not thread-safe; the owner locks.
 */
final class LongIntListMap {

  private long[] keys;
  private int[][] lists;
  /** Whether the slot holds a key (so that every long, 0 included, can be a key). */
  private boolean[] used;
  private int size;

  LongIntListMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[cap];
    lists = new int[cap][];
    used = new boolean[cap];
  }

  /** The list of {@code key} (count in cell 0, values after it; do not modify), or null. */
  int[] get(long key) {
    int mask = keys.length - 1;
    int i = slot(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        return lists[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /** Appends {@code value} to the list of {@code key}. */
  void add(long key, int value) {
    int mask = keys.length - 1;
    int i = slot(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        lists[i] = append(lists[i], value);
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
    lists[i] = append(null, value);
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
    boolean[] ou = used;
    keys = new long[ok.length * 2];
    lists = new int[ok.length * 2][];
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
      }
    }
  }
}
