package org.rasid.store.story;

import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature of an article's word shingles, with the number of distinct shingles.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Shingles are {@value #SHINGLE_WORDS} consecutive normalized words ({@link
 *       ContentWords#shingleWords}); a text shorter than that is one shingle.
 *   <li>Each shingle is hashed once to 64 bits (FNV-1a over its words, then a MurmurHash3
 *       finalizer). The {@value #HASHES} values come from that hash by one of two {@link Scheme}s:
 *       <ul>
 *         <li>{@link Scheme#ONE_PERMUTATION} (the default): one-permutation hashing (Li, Owen and
 *             Zhang 2012): the top 7 bits of the shingle hash pick one of {@value #HASHES} bins, the
 *             next 32 bits are its value, and each bin keeps its least value (unsigned); an empty bin
 *             (a text of few shingles) takes the value of the first non-empty bin on its own fixed
 *             pseudo-random probe sequence (optimal densification, Shrivastava 2017), so equal sets
 *             still agree bin by bin. One pass over the shingles instead of one per value.
 *         <li>{@link Scheme#K_PERMUTATIONS}: {@value #HASHES} multiply-shift hashes {@code (a_i * h
 *             + b_i) >>> 32} (Dietzfelbinger et al. 1997) with fixed odd multipliers, each keeping
 *             its minimum: what story states saved before the one-permutation scheme hold, kept so
 *             that a tracker loaded from such a state goes on comparing like with like.
 *       </ul>
 *       Both are fixed functions, so signatures are comparable across runs and machines; signatures
 *       of different schemes are never compared ({@link #jaccard} refuses).
 *   <li>{@link #jaccard} estimates the Jaccard similarity of the two shingle sets as the fraction
 *       of equal values (Broder 1997); {@link #containment} turns it into the share of the smaller
 *       set found in the larger, using the set sizes.
 * </ul>
 *
 * <p>Immutable.
 */
public final class MinHash {

  /** How the {@value #HASHES} values are derived from the shingle hashes (see the class comment). */
  public enum Scheme {
    /** One multiply-shift hash function per value; states saved before 2026-11-23. */
    K_PERMUTATIONS,
    /** One-permutation hashing with densification; what new trackers use. */
    ONE_PERMUTATION;

    public static final Scheme DEFAULT = ONE_PERMUTATION;
  }

  public static final int HASHES = 128;
  /** {@code log2(HASHES)}: the shingle hash bits that pick a bin in one-permutation hashing. */
  private static final int BIN_BITS = 7;
  public static final int SHINGLE_WORDS = 3;

  private static final long[] MULTIPLIERS = seeds(0x9E3779B97F4A7C15L, true);
  private static final long[] OFFSETS = seeds(0xD1B54A32D192ED03L, false);

  private final Scheme scheme;
  private final int[] values;
  private final int shingles;

  private MinHash(Scheme scheme, int[] values, int shingles) {
    this.scheme = scheme;
    this.values = values;
    this.shingles = shingles;
  }

  /** The signature of a normalized word sequence. */
  static MinHash of(List<String> words, Scheme scheme) {
    long[] wordHash = new long[words.size()];
    for (int i = 0; i < wordHash.length; i++) {
      wordHash[i] = fnv(words.get(i));
    }
    return of(wordHash, wordHash.length, scheme);
  }

  /** The signature of a normalized text's words given by their {@link #fnv} hashes. */
  static MinHash ofWordHashes(ContentWords.WordHashes words, Scheme scheme) {
    return of(words.toArray(), words.count(), scheme);
  }

  private static MinHash of(long[] wordHash, int words, Scheme scheme) {
    if (words == 0) {
      int[] v = new int[HASHES];
      Arrays.fill(v, Integer.MAX_VALUE);
      return new MinHash(scheme, v, 0);
    }
    int n = Math.max(1, words - SHINGLE_WORDS + 1);
    // the distinct shingle hashes, in order of first appearance, through an open-addressing set
    long[] sh = new long[n];
    long[] seen = new long[Integer.highestOneBit(n) << 2];
    int mask = seen.length - 1;
    boolean zeroSeen = false;
    int distinct = 0;
    for (int s = 0; s < n; s++) {
      long h = 0xcbf29ce484222325L;
      for (int k = s; k < Math.min(words, s + SHINGLE_WORDS); k++) {
        h = (h ^ wordHash[k]) * 0x100000001b3L;
      }
      h = mix(h);
      if (h == 0) { // the set's empty mark
        if (!zeroSeen) {
          zeroSeen = true;
          sh[distinct++] = 0;
        }
        continue;
      }
      int i = (int) h & mask;
      while (seen[i] != 0 && seen[i] != h) {
        i = (i + 1) & mask;
      }
      if (seen[i] == 0) {
        seen[i] = h;
        sh[distinct++] = h;
      }
    }
    return new MinHash(scheme, scheme == Scheme.ONE_PERMUTATION ? onePermutation(sh, distinct) : permutations(sh, distinct), distinct);
  }

  /** One-permutation values of the distinct shingle hashes {@code sh[0..distinct)}, densified. */
  private static int[] onePermutation(long[] sh, int distinct) {
    int[] bins = new int[HASHES];
    boolean[] filled = new boolean[HASHES];
    for (int s = 0; s < distinct; s++) {
      long h = sh[s];
      int bin = (int) (h >>> (64 - BIN_BITS));
      int value = (int) (h >>> (32 - BIN_BITS)); // the 32 bits below the bin's
      if (!filled[bin] || Integer.compareUnsigned(value, bins[bin]) < 0) {
        bins[bin] = value;
        filled[bin] = true;
      }
    }
    int[] v = bins.clone();
    for (int i = 0; i < HASHES; i++) {
      if (filled[i]) {
        continue;
      }
      // bin i's own probe sequence, the same for every text: equal sets fill equal bins alike
      long x = 0x9E3779B97F4A7C15L * (i + 1);
      while (true) {
        x = mix(x + 0x632BE59BD9B4E019L);
        int j = (int) (x >>> (64 - BIN_BITS));
        if (filled[j]) {
          v[i] = bins[j];
          break;
        }
      }
    }
    return v;
  }

  /** The {@link Scheme#K_PERMUTATIONS} values of the distinct shingle hashes {@code sh[0..distinct)}. */
  private static int[] permutations(long[] sh, int distinct) {
    int[] v = new int[HASHES];
    // four hash functions at a time over all shingles: their running minima stay in registers and
    // the four multiplications per shingle are independent (HASHES is a multiple of 4)
    for (int i = 0; i < HASHES; i += 4) {
      long a0 = MULTIPLIERS[i];
      long a1 = MULTIPLIERS[i + 1];
      long a2 = MULTIPLIERS[i + 2];
      long a3 = MULTIPLIERS[i + 3];
      long b0 = OFFSETS[i];
      long b1 = OFFSETS[i + 1];
      long b2 = OFFSETS[i + 2];
      long b3 = OFFSETS[i + 3];
      int m0 = Integer.MAX_VALUE;
      int m1 = Integer.MAX_VALUE;
      int m2 = Integer.MAX_VALUE;
      int m3 = Integer.MAX_VALUE;
      for (int s = 0; s < distinct; s++) {
        long h = sh[s];
        m0 = Math.min(m0, (int) ((a0 * h + b0) >>> 32));
        m1 = Math.min(m1, (int) ((a1 * h + b1) >>> 32));
        m2 = Math.min(m2, (int) ((a2 * h + b2) >>> 32));
        m3 = Math.min(m3, (int) ((a3 * h + b3) >>> 32));
      }
      v[i] = m0;
      v[i + 1] = m1;
      v[i + 2] = m2;
      v[i + 3] = m3;
    }
    return v;
  }

  static MinHash of(Scheme scheme, int[] values, int shingles) {
    if (values.length != HASHES) {
      throw new IllegalArgumentException("a signature has " + HASHES + " values, got " + values.length);
    }
    return new MinHash(scheme, values.clone(), shingles);
  }

  /**
   * Estimated Jaccard similarity of the two shingle sets.
   *
   * @throws IllegalArgumentException when the signatures were made by different schemes
   */
  public double jaccard(MinHash o) {
    if (scheme != o.scheme) {
      throw new IllegalArgumentException("signatures of different schemes: " + scheme + " and " + o.scheme);
    }
    if (shingles == 0 || o.shingles == 0) {
      return 0;
    }
    int eq = 0;
    for (int i = 0; i < HASHES; i++) {
      if (values[i] == o.values[i]) {
        eq++;
      }
    }
    return eq / (double) HASHES;
  }

  /** Estimated share of the smaller shingle set contained in the larger: J(a+b)/((1+J)min). */
  public double containment(MinHash o) {
    double j = jaccard(o);
    int min = Math.min(shingles, o.shingles);
    if (min == 0) {
      return 0;
    }
    return Math.min(1.0, j * (shingles + o.shingles) / ((1 + j) * min));
  }

  public Scheme scheme() {
    return scheme;
  }

  /** Distinct shingles of the text. */
  public int shingles() {
    return shingles;
  }

  int value(int i) {
    return values[i];
  }

  int[] values() {
    return values.clone();
  }

  static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** MurmurHash3's 64-bit finalizer. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static long[] seeds(long start, boolean odd) {
    long[] s = new long[HASHES];
    long x = start;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = odd ? mix(x) | 1L : mix(x);
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHash m && scheme == m.scheme && shingles == m.shingles && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(values) * 31 + shingles) * 31 + scheme.ordinal();
  }
}
