package org.rasid.extract.time;

import java.util.Map;

/**
 * Word → bits (the time rules that can start at the word, and its {@link WordBits}), built for the
 * few thousand words that have any (time words with their proclitics, number words), with each
 * key's look-up forms ({@link Clitics#forms}) made once. Nine words in ten of running text have
 * none, so the look-up is made cheap for them: a bit set indexed by a mix of the word's
 * {@link String#hashCode} rejects almost all of them; the rest are found in an open-addressing
 * table indexed by the same hash, compared by the stored hash and then {@code equals}. A token keeps the slot it was
 * found in ({@link #slot}), so its bits and forms are read later without a second look-up.
 *
 * <p>Immutable and thread-safe.
 */
final class TriggerTable {

  private static final int BITS = 1 << 18;

  private final long[] filter = new long[BITS / 64];
  private final String[] slotWords;
  /** Each key's {@link String#hashCode}, so a probe rejects another word without reading either string. */
  private final int[] slotHashes;
  private final int[] slotMasks;
  /** Each key's look-up forms ({@link Clitics#forms}), made once (their strings' hashes too). */
  private final Clitics.Forms[] slotForms;
  private final int slotBits;

  TriggerTable(Map<String, Integer> masks) {
    int slots = Integer.highestOneBit(Math.max(16, masks.size() * 2)) << 1;
    this.slotBits = slots - 1;
    this.slotWords = new String[slots];
    this.slotHashes = new int[slots];
    this.slotMasks = new int[slots];
    this.slotForms = new Clitics.Forms[slots];
    for (Map.Entry<String, Integer> e : masks.entrySet()) {
      int at = quickHash(e.getKey()) & slotBits;
      while (slotWords[at] != null) {
        at = (at + 1) & slotBits;
      }
      slotWords[at] = e.getKey();
      slotHashes[at] = e.getKey().hashCode();
      slotMasks[at] = e.getValue();
      slotForms[at] = Clitics.forms(e.getKey());
      for (String f : slotForms[at].forms()) {
        f.hashCode(); // cached in the string: the rules look the forms up in hash sets
      }
    }
    for (String w : masks.keySet()) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty trigger word");
      }
    }
    for (String w : masks.keySet()) {
      int h = quickHash(w);
      filter[h >>> 6] |= 1L << (h & 63);
    }
  }

  /** The rules that can start at normalized word {@code w}; 0 for none. */
  int mask(String w) {
    int at = slot(w);
    return at < 0 ? 0 : slotMasks[at];
  }

  /** The mask of the key in slot {@code at} (from {@link #slot}). */
  int maskAt(int at) {
    return slotMasks[at];
  }

  /** The look-up forms of the key in slot {@code at} (from {@link #slot}). */
  Clitics.Forms formsAt(int at) {
    return slotForms[at];
  }

  /** The number of slots: every slot index is below it. */
  int slots() {
    return slotWords.length;
  }

  /** The slot of key {@code w}, or -1 if it is not a key (most words: no more than the bit set is read). */
  int slot(String w) {
    // the hash first: it is kept in the string object, so a word the bit set rejects (nine in ten)
    // costs no read of its characters
    int hash = w.hashCode();
    int h = quickHash(hash);
    if ((filter[h >>> 6] & (1L << (h & 63))) == 0) {
      return -1;
    }
    for (int at = h & slotBits; ; at = (at + 1) & slotBits) {
      String k = slotWords[at];
      if (k == null) {
        return -1;
      }
      if (slotHashes[at] == hash && k.equals(w)) {
        return at;
      }
    }
  }

  /** A word's {@link String#hashCode} mixed so that its low bits index the bit set. */
  private static int quickHash(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h & (BITS - 1);
  }

  private static int quickHash(String w) {
    return quickHash(w.hashCode());
  }
}
