package org.rasid.store.story;

import java.util.Arrays;

/**
 * An open-addressing hash map from 64-bit term fingerprints to ints (linear probing, power-of-two
 * capacity, load at most one half). Term lookups are the hot path of story features: primitive
 * arrays keep a 200,000-term table in a few cache-friendly megabytes instead of a HashMap of
 * Strings. Not thread-safe for writes; callers publish it safely or lock around it.
 */
final class LongIntMap {

  /** Fingerprint reserved for empty slots (a real fingerprint equal to it is remapped). */
  private static final long EMPTY = 0L;

  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
  }

  /** 64-bit fingerprint of a term (FNV-1a then MurmurHash3's finalizer; never {@link #EMPTY}). */
  static long fingerprint(String term) {
    long h = MinHash.mix(MinHash.fnv(term));
    return h == EMPTY ? 1L : h;
  }

  int get(long key, int missing) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return missing;
      }
      i = (i + 1) & mask;
    }
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        values[i] = value;
        return;
      }
      if (k == EMPTY) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] ok = keys;
    int[] ov = values;
    keys = new long[ok.length * 2];
    values = new int[ok.length * 2];
    size = 0;
    for (int i = 0; i < ok.length; i++) {
      if (ok[i] != EMPTY) {
        put(ok[i], ov[i]);
      }
    }
  }

  @Override
  public String toString() {
    return "LongIntMap[size=" + size + ", capacity=" + keys.length + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LongIntMap m && size == m.size && Arrays.equals(keys, m.keys) && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys);
  }
}
