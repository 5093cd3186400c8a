package org.rasid.extract.time;

import java.util.Map;

/**
 * Word → bit mask of the time rules that can start at that word, built for the few tens of
 * thousands of trigger forms (time words with their proclitics, number words). Nine words in ten
 * of running text start no rule, so the look-up is made cheap for them: a bit set indexed by a
 * hash of the word's length and its first and last three characters (at most six character reads,
 * no hash of the whole word) rejects almost all of them; the rest are found in an open-addressing
 * table indexed by the same hash and compared with {@code equals} (no {@link String#hashCode}).
 *
 * <p>Immutable and thread-safe.
 */
final class TriggerTable {

  private static final int BITS = 1 << 18;

  private final long[] filter = new long[BITS / 64];
  private final String[] slotWords;
  private final int[] slotMasks;
  private final int slotBits;
  /** The range of the keys' first characters (the Arabic block): other words are rejected at once. */
  private final char minFirst;
  private final char maxFirst;

  TriggerTable(Map<String, Integer> masks) {
    int slots = Integer.highestOneBit(Math.max(16, masks.size() * 2)) << 1;
    this.slotBits = slots - 1;
    this.slotWords = new String[slots];
    this.slotMasks = new int[slots];
    for (Map.Entry<String, Integer> e : masks.entrySet()) {
      int at = quickHash(e.getKey()) & slotBits;
      while (slotWords[at] != null) {
        at = (at + 1) & slotBits;
      }
      slotWords[at] = e.getKey();
      slotMasks[at] = e.getValue();
    }
    char lo = Character.MAX_VALUE;
    char hi = 0;
    for (String w : masks.keySet()) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty trigger word");
      }
      lo = (char) Math.min(lo, w.charAt(0));
      hi = (char) Math.max(hi, w.charAt(0));
    }
    this.minFirst = lo;
    this.maxFirst = hi;
    for (String w : masks.keySet()) {
      int h = quickHash(w);
      filter[h >>> 6] |= 1L << (h & 63);
    }
  }

  /** The rules that can start at normalized word {@code w}; 0 for none. */
  int mask(String w) {
    if (w.isEmpty() || w.charAt(0) < minFirst || w.charAt(0) > maxFirst) {
      return 0;
    }
    int h = quickHash(w);
    if ((filter[h >>> 6] & (1L << (h & 63))) == 0) {
      return 0;
    }
    for (int at = h & slotBits; ; at = (at + 1) & slotBits) {
      String k = slotWords[at];
      if (k == null) {
        return 0;
      }
      if (k.equals(w)) {
        return slotMasks[at];
      }
    }
  }

  /** A hash of the length and the first three and last three characters (all of a short word). */
  private static int quickHash(String w) {
    int n = w.length();
    int h = n;
    int head = Math.min(n, 3);
    for (int i = 0; i < head; i++) {
      h = h * 0x9E3779B1 + w.charAt(i);
    }
    for (int i = Math.max(head, n - 3); i < n; i++) {
      h = h * 0x9E3779B1 + w.charAt(i);
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h & (BITS - 1);
  }
}
