package org.rasid.core.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Character n-gram model of Arabic words, the spelling model behind {@code GluedWordSplitter}: how
 * probable a letter string is as one whole word ({@code #word#}). It generalizes to names and
 * inflections that word counts have never seen, so "X Y" can be compared with "XY" at any cut.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Alphabet ({@link #code}): the 36 Arabic letters U+0621–U+063A and U+0641–U+064A keep their
 *       identity (أ إ آ ء ؤ ئ ة ى are not folded: a word-initial إ or a final ة is strong evidence
 *       of a boundary); any other Arabic letter is one "other" symbol; diacritics and tatweel are
 *       skipped. Symbol 0 is the word boundary {@code #}.
 *   <li>Each word is modelled alone as {@code # c1 … cL #}: P = Π P(ci | up to {@code order − 1}
 *       previous symbols) × P(# | …). Contexts never reach before the leading {@code #}.
 *   <li>Smoothing: interpolated Witten-Bell, P(c|h) = (C(hc) + T(h)·P(c|h')) / (C(h) + T(h)), down to a
 *       uniform distribution over the alphabet; a context never seen backs off to the shorter one.
 *   <li>Storage: n-grams seen fewer than {@code minCount} times are dropped ({@link
 *       CharNgramBuilder}); the history statistics C(h), T(h) of the kept ones are exact.
 * </ul>
 *
 * <p>Serialized form (gzip): magic, UTF-8 header lines, order, then per order the sorted packed keys
 * (delta varints) with count, history total and history types (varints). Immutable and thread-safe;
 * {@link #bundled()} loads the table trained by {@code rasid lexicon charlm} on the SaudiNewsNet
 * training zips (see the README next to it).
 */
public final class CharNgramModel {

  /** Classpath location of the bundled model. */
  public static final String BUNDLED_RESOURCE = "/org/rasid/core/lexicon/saudinewsnet-chars.bin.gz";

  /** Symbols: boundary, 36 letters, other. */
  public static final int ALPHABET = 38;
  public static final int BOUNDARY = 0;
  static final int OTHER = 37;
  static final int BITS = 6;
  /** Highest supported order (7 symbols × 6 bits + the order tag fit in a long). */
  public static final int MAX_ORDER = 8;

  private static final int MAGIC = 0x52434e47; // "RCNG"

  /** Bits of a packed slot value: count, history total, history types (at most {@link #ALPHABET}). */
  private static final int COUNT_BITS = 29;
  private static final int TYPE_BITS = 6;
  private static final long MAX_COUNT = (1L << COUNT_BITS) - 1;

  private final int order;
  /**
   * Open addressing, two longs a slot: the key at {@code 2s} and at {@code 2s + 1} the packed
   * count, history total and history types (see {@link #pack}); one probe reads one cache line
   * instead of one per array.
   */
  private final long[] table;
  private final int mask;
  private final int size;
  private final List<String> header;
  private final int rootSlot;

  CharNgramModel(int order, long[] keyList, int[] countList, int[] histTotalList, int[] histTypeList, int n,
      List<String> header) {
    if (order < 1 || order > MAX_ORDER) {
      throw new IllegalArgumentException("order must be 1.." + MAX_ORDER + ", got " + order);
    }
    this.order = order;
    this.header = List.copyOf(header);
    int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    this.table = new long[2 * cap];
    this.mask = cap - 1;
    this.size = n;
    for (int i = 0; i < n; i++) {
      long k = keyList[i];
      int slot = slot(k);
      while (table[2 * slot] != 0 && table[2 * slot] != k) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = k;
      table[2 * slot + 1] = pack(countList[i], histTotalList[i], histTypeList[i]);
    }
    this.rootSlot = find(ROOT);
  }

  /** The symbol of an Arabic letter (1–36), {@link #OTHER} for other Arabic letters, -1 for marks. */
  public static int code(char c) {
    if (c >= '\u0621' && c <= '\u063A') {
      return 1 + (c - '\u0621');
    }
    if (c >= '\u0641' && c <= '\u064A') {
      return 27 + (c - '\u0641');
    }
    if (ArabicLetterRuns.isWordMark(c)) {
      return -1;
    }
    return ArabicLetterRuns.isArabicLetter(c) ? OTHER : -1;
  }

  /** The symbols of a word's letters (marks skipped). */
  public static int[] codes(CharSequence word) {
    int[] out = new int[word.length()];
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      int c = code(word.charAt(i));
      if (c >= 0) {
        out[n++] = c;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Packs symbols {@code s[from, to)} (at most {@link #MAX_ORDER}) with their length as a tag. */
  static long key(int[] s, int from, int to) {
    long k = 0;
    for (int i = from; i < to; i++) {
      k = (k << BITS) | s[i];
    }
    return k | ((long) (to - from) << 58);
  }

  /** Count, history total and history types of one n-gram in one long. */
  private static long pack(long count, long total, long types) {
    if (count < 0 || count > MAX_COUNT || total < 0 || total > MAX_COUNT || types < 0 || types >= (1 << TYPE_BITS)) {
      throw new IllegalArgumentException("character model entry out of range (counts up to " + MAX_COUNT
          + ", types up to " + ((1 << TYPE_BITS) - 1) + "): count=" + count + " total=" + total + " types=" + types);
    }
    return (count << (COUNT_BITS + TYPE_BITS)) | (total << TYPE_BITS) | types;
  }

  private static int count(long packed) {
    return (int) (packed >>> (COUNT_BITS + TYPE_BITS));
  }

  private static int histTotal(long packed) {
    return (int) (packed >>> TYPE_BITS) & (int) MAX_COUNT;
  }

  private static int histTypes(long packed) {
    return (int) packed & ((1 << TYPE_BITS) - 1);
  }

  private int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }

  /** The slot of key {@code k}, or -1; its packed value is {@code table[2 * slot + 1]}. */
  private int find(long k) {
    int slot = slot(k);
    while (true) {
      long x = table[2 * slot];
      if (x == k) {
        return slot;
      }
      if (x == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  public int order() {
    return order;
  }

  /** Number of stored n-grams. */
  public int size() {
    return size;
  }

  public List<String> header() {
    return header;
  }

  /**
   * Natural log of P(s[i] | s[max(from, i − order + 1), i)): the probability of symbol {@code i}
   * given the symbols before it, which never reach before {@code from}.
   */
  public double logProb(int[] s, int from, int i) {
    double[] out = new double[1];
    logProbs(s, from, i, i + 1, out);
    return out[0];
  }

  /**
   * {@link #logProb}{@code (s, from, i)} for every {@code i} in {@code [first, to)}, into {@code
   * out[i - first]}: the same values, for a run of consecutive positions. The n-gram of order k
   * ending at {@code i - 1} is the history of order k + 1 at {@code i}, so each position reuses the
   * slots its predecessor found instead of looking its histories up again (half the probes).
   */
  public void logProbs(int[] s, int from, int first, int to, double[] out) {
    int[] prev = new int[order + 1]; // slot of the order-k n-gram ending at i - 1; -1 absent, -2 not looked up
    int[] cur = new int[order + 1];
    Arrays.fill(prev, -2);
    for (int i = first; i < to; i++) {
      Arrays.fill(cur, -2);
      double p = 1.0 / ALPHABET;
      long hist = 0;
      long gram = s[i];
      for (int k = 1; k <= order && i - k + 1 >= from; k++) {
        if (k > 1) {
          long c = s[i - k + 1];
          hist |= c << (BITS * (k - 2));
          gram |= c << (BITS * (k - 1));
        }
        int h = k == 1 ? rootSlot : prev[k - 1] != -2 ? prev[k - 1] : find(hist | ((long) (k - 1) << 58));
        long hv = h < 0 ? 0 : table[2 * h + 1];
        if (histTotal(hv) == 0) {
          break;
        }
        double total = histTotal(hv);
        double types = histTypes(hv);
        int g = find(gram | ((long) k << 58));
        cur[k] = g;
        double c = g < 0 ? 0 : count(table[2 * g + 1]);
        p = (c + types * p) / (total + types);
      }
      out[i - first] = Math.log(p);
      int[] t = prev;
      prev = cur;
      cur = t;
    }
  }

  /** Key of the empty history (unigram statistics). */
  static final long ROOT = 1L << 63;

  /**
   * Natural log of P(# w #) for the symbols {@code w[from, to)} as one word: every letter and the
   * final boundary.
   */
  public double logProbWord(int[] w, int from, int to) {
    int[] s = new int[to - from + 2];
    System.arraycopy(w, from, s, 1, to - from);
    double[] each = new double[s.length - 1];
    logProbs(s, 0, 1, s.length, each);
    double lp = 0;
    for (double x : each) {
      lp += x;
    }
    return lp;
  }

  /** Loads the model bundled in the jar; fails with a clear message when it is missing. */
  public static CharNgramModel bundled() {
    try (InputStream in = CharNgramModel.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled character model " + BUNDLED_RESOURCE
            + " is missing from the classpath; rebuild it with `rasid lexicon charlm` (see the README in that package)");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled character model " + BUNDLED_RESOURCE, e);
    }
  }

  /** Reads the serialized form. Does not close {@code in}. */
  public static CharNgramModel load(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    if (d.readInt() != MAGIC) {
      throw new IOException("not a Rasid character n-gram model");
    }
    int nHeader = d.readInt();
    List<String> header = new ArrayList<>();
    for (int i = 0; i < nHeader; i++) {
      byte[] b = new byte[d.readInt()];
      d.readFully(b);
      header.add(new String(b, StandardCharsets.UTF_8));
    }
    int order = d.readInt();
    int n = d.readInt();
    long[] keys = new long[n];
    int[] counts = new int[n];
    int[] totals = new int[n];
    int[] types = new int[n];
    long prev = 0;
    for (int i = 0; i < n; i++) {
      long delta = readVarLong(d);
      keys[i] = i == 0 ? delta : prev + delta;
      prev = keys[i];
      counts[i] = (int) readVarLong(d);
      totals[i] = (int) readVarLong(d);
      types[i] = totals[i] == 0 ? 0 : (int) readVarLong(d);
    }
    return new CharNgramModel(order, keys, counts, totals, types, n, header);
  }

  /** Writes the serialized form (deterministic: sorted keys, zero gzip timestamp). */
  public void writeTo(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(header.size());
    for (String h : header) {
      byte[] b = h.getBytes(StandardCharsets.UTF_8);
      d.writeInt(b.length);
      d.write(b);
    }
    d.writeInt(order);
    long[] sorted = new long[size];
    int m = 0;
    for (int slot = 0; slot <= mask; slot++) {
      if (table[2 * slot] != 0) {
        sorted[m++] = table[2 * slot];
      }
    }
    Arrays.sort(sorted);
    d.writeInt(size);
    long prev = 0;
    for (int i = 0; i < size; i++) {
      long k = sorted[i];
      writeVarLong(d, i == 0 ? k : k - prev);
      prev = k;
      long v = table[2 * find(k) + 1];
      writeVarLong(d, count(v));
      writeVarLong(d, histTotal(v));
      if (histTotal(v) != 0) {
        writeVarLong(d, histTypes(v));
      }
    }
    d.flush();
    gz.finish();
  }

  private static void writeVarLong(DataOutputStream d, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      d.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    d.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream d) throws IOException {
    long v = 0;
    int shift = 0;
    while (true) {
      int b = d.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
      shift += 7;
      if (shift > 63) {
        throw new IOException("bad varint in character model");
      }
    }
  }
}
