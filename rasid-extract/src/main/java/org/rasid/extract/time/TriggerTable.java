package org.rasid.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word → bits (the time rules that can start at the word, and its {@link WordBits}), built for the
 * few thousand words that have any (time words with their proclitics, number words), with each
 * key's look-up forms ({@link Clitics#forms}) made once.
 *
 * <p>Each key has a dense number ({@link #slot}), shortest words first: the short ones (في، كل،
 * عام، هذا …) are most of the keys met in running text, so their bits and forms sit together in a
 * few cache lines, which matters because the text layer's work between two documents pushes the
 * tagger's tables out of the CPU caches.
 *
 * <p>Nine words in ten of running text are no key, so the look-up is made cheap for them: two bit
 * sets indexed by a mix of the word's {@link String#hashCode} (a small one that stays in the CPU
 * caches, then a large one) reject almost all of them; the rest are
 * found in an open-addressing table indexed by the same hash, compared by the stored hash and then
 * {@code equals}. A token keeps its word's number, so its bits and forms are read later without a
 * second look-up (and a text layer made with the tagger's word attribute finds the number once per
 * word, see {@link TimeGrammar#wordAttribute()}).
 *
 * <p>Immutable and thread-safe.
 */
final class TriggerTable {

  private static final int BITS = 1 << 18;
  private static final int SMALL_LOG = 15;
  private static final int SMALL_BITS = 1 << SMALL_LOG;

  private final long[] filter = new long[BITS / 64];
  /**
   * A small bit set (4 KB) over other bits of the same mixed hash, asked first: it stays in the CPU
   * caches where the large one (32 KB) is pushed out by the text layer's work between two look-ups,
   * and it rejects three words in four before the large one is read.
   */
  private final long[] smallFilter = new long[SMALL_BITS / 64];
  /** The hash table: each entry's key number + 1 (0: empty). */
  private final int[] entryKeys;
  /** Each entry's key's {@link String#hashCode}, so a probe rejects another word without reading either string. */
  private final int[] entryHashes;
  private final int entryBits;
  /** By key number: the key, its mask and its look-up forms ({@link Clitics#forms}, hashes cached). */
  private final String[] keys;
  private final int[] masks;
  private final Clitics.Forms[] forms;
  /** The {@link Lookup} sets, by ordinal (empty sets for a table made without them). */
  private final List<Set<String>> lookupSets;
  /** By key number: the {@link Lookup#bit()}s of the sets one of its forms is in. */
  private final int[] lookups;
  /**
   * By key number: its first form in each set its {@link #lookups} name, in the order of their bits
   * (null for a key in none), so that a hit costs no hash look-up either.
   */
  private final Clitics.Form[][] lookupForms;
  /**
   * By key number: for a number word, the number the parser reads in the word standing alone (with
   * no word after it), in the word's own offsets; null for other keys and for a number word it reads
   * none in.
   */
  private final org.rasid.core.number.NumberMatch[] numbers;

  /** A table without {@link Lookup} sets (every key's look-up bits 0), for tests of the other parts. */
  TriggerTable(Map<String, Integer> masks) {
    this(masks, java.util.Collections.nCopies(Lookup.values().length, Set.of()));
  }

  /**
   * @param masks word → its rule mask and {@link WordBits}
   * @param lookupSets the {@link Lookup} sets by ordinal ({@link Lookup#sets}): each key's bits
   *     say which of them one of its forms is in
   */
  TriggerTable(Map<String, Integer> masks, List<Set<String>> lookupSets) {
    if (lookupSets.size() != Lookup.values().length) {
      throw new IllegalArgumentException(lookupSets.size() + " look-up sets for " + Lookup.values().length + " look-ups");
    }
    this.lookupSets = List.copyOf(lookupSets);
    for (String w : masks.keySet()) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty trigger word");
      }
    }
    List<String> ordered = new ArrayList<>(masks.keySet());
    ordered.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    int n = ordered.size();
    this.keys = ordered.toArray(new String[0]);
    this.masks = new int[n];
    this.forms = new Clitics.Forms[n];
    this.lookups = new int[n];
    this.lookupForms = new Clitics.Form[n][];
    this.numbers = new org.rasid.core.number.NumberMatch[n];
    org.rasid.core.number.ArabicNumberParser parser = org.rasid.core.number.ArabicNumberParser.get();
    for (int k = 0; k < n; k++) {
      this.masks[k] = masks.get(keys[k]);
      this.forms[k] = Clitics.forms(keys[k]);
      for (String f : forms[k].forms()) {
        f.hashCode(); // cached in the string: the rules look the forms up in hash sets
      }
      List<Clitics.Form> found = new ArrayList<>();
      for (Lookup l : Lookup.values()) { // in the order of their bits
        Clitics.Form f = forms[k].find(this.lookupSets.get(l.ordinal()));
        if (f != null) {
          lookups[k] |= l.bit();
          found.add(f);
        }
      }
      lookupForms[k] = found.isEmpty() ? null : found.toArray(new Clitics.Form[0]);
      if (org.rasid.core.number.ArabicNumberParser.isNumberWord(keys[k])) {
        numbers[k] = parser.parseAt(keys[k], 0).orElse(null);
      }
    }
    int entries = Integer.highestOneBit(Math.max(16, n * 2)) << 1;
    this.entryBits = entries - 1;
    this.entryKeys = new int[entries];
    this.entryHashes = new int[entries];
    for (int k = 0; k < n; k++) {
      int hash = keys[k].hashCode();
      int m = mix(hash);
      int h = m & (BITS - 1); // indexes both the bit set and the table, as in slot()
      set(filter, h);
      set(smallFilter, m >>> (32 - SMALL_LOG));
      int at = h & entryBits;
      while (entryKeys[at] != 0) {
        at = (at + 1) & entryBits;
      }
      entryKeys[at] = k + 1;
      entryHashes[at] = hash;
    }
  }

  /** The rules that can start at normalized word {@code w}; 0 for none. */
  int mask(String w) {
    int k = slot(w);
    return k < 0 ? 0 : masks[k];
  }

  /** The mask of key number {@code k} (from {@link #slot}). */
  int maskAt(int k) {
    return masks[k];
  }

  /**
   * The number the parser reads in key number {@code k} standing alone (offsets within the key), or
   * null: for a number word that no number word follows, the same as parsing it in a text.
   */
  org.rasid.core.number.NumberMatch standaloneNumber(int k) {
    return numbers[k];
  }

  /** The look-up forms of key number {@code k} (from {@link #slot}). */
  Clitics.Forms formsAt(int k) {
    return forms[k];
  }

  /**
   * The first look-up form of key number {@code k} in {@link Lookup} set {@code l} (its forms tried
   * in {@link Clitics#forms} order), or null: the key's bits answer "none" without a hash look-up.
   */
  Clitics.Form find(int k, Lookup l) {
    int bits = lookups[k];
    int bit = l.bit();
    return (bits & bit) == 0 ? null : lookupForms[k][Integer.bitCount(bits & (bit - 1))];
  }

  /** The words of {@link Lookup} set {@code l} (for words outside the table, which are in none of them). */
  Set<String> lookupSet(Lookup l) {
    return lookupSets.get(l.ordinal());
  }

  /** The number of keys: every key number is below it. */
  int slots() {
    return keys.length;
  }

  /** The number of key {@code w}, or -1 if it is not a key (most words: no more than the bit set is read). */
  int slot(String w) {
    // the hash first: it is kept in the string object, so a word the bit sets reject (nine in ten)
    // costs no read of its characters
    int hash = w.hashCode();
    int m = mix(hash);
    int h = m & (BITS - 1);
    if (!isSet(smallFilter, m >>> (32 - SMALL_LOG)) || !isSet(filter, h)) {
      return -1;
    }
    for (int at = h & entryBits; ; at = (at + 1) & entryBits) {
      int k = entryKeys[at] - 1;
      if (k < 0) {
        return -1;
      }
      if (entryHashes[at] == hash && keys[k].equals(w)) {
        return k;
      }
    }
  }

  private static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << (i & 63);
  }

  private static boolean isSet(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << (i & 63))) != 0;
  }

  /**
   * A word's {@link String#hashCode} mixed so that both its low bits (the large bit set and the
   * table) and its high bits (the small bit set) spread the words.
   */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
