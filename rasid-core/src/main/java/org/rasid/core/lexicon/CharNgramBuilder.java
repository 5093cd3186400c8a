package org.rasid.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.rasid.core.model.CharSpan;

/**
 * Trains a {@link CharNgramModel} from texts.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Words are {@link ArabicLetterRuns}, turned into symbols with {@link CharNgramModel#codes}
 *       (original letters, hamza forms, ة and ى kept; marks skipped). Every occurrence counts.
 *   <li>For each word {@code # c1 … cL #} every n-gram of order 1 … {@code order} ending at a
 *       predicted symbol (c1 … cL and the final #) is counted; none reaches before the leading #.
 *   <li>History statistics (total and distinct continuations) are computed over all n-grams; then
 *       n-grams seen fewer than {@code minCount} times are dropped (their mass goes to the shorter
 *       contexts through Witten-Bell).
 * </ul>
 *
 * <p>No I/O: callers feed texts and write the model with {@link CharNgramModel#writeTo}.
 */
public final class CharNgramBuilder {

  private final int order;
  private final int minCount;
  private final Map<String, long[]> words = new HashMap<>(1 << 20);
  private long texts;

  public CharNgramBuilder(int order, int minCount) {
    if (order < 1 || order > CharNgramModel.MAX_ORDER || minCount < 1) {
      throw new IllegalArgumentException("order must be 1.." + CharNgramModel.MAX_ORDER + " and minCount >= 1, got "
          + order + ", " + minCount);
    }
    this.order = order;
    this.minCount = minCount;
  }

  /** Counts the words of one text. */
  public void add(CharSequence text) {
    texts++;
    for (CharSpan s : ArabicLetterRuns.find(text)) {
      int[] c = CharNgramModel.codes(text.subSequence(s.start(), s.end()));
      if (c.length == 0) {
        continue;
      }
      char[] k = new char[c.length];
      for (int i = 0; i < c.length; i++) {
        k[i] = (char) c[i];
      }
      words.computeIfAbsent(new String(k), x -> new long[1])[0]++;
    }
  }

  /** Adds every text of {@code it}. */
  public void addAll(Iterator<? extends CharSequence> it) {
    while (it.hasNext()) {
      add(it.next());
    }
  }

  /** Texts seen so far. */
  public long texts() {
    return texts;
  }

  /** The model over everything added; {@code header} lines document provenance. */
  public CharNgramModel build(List<String> header) {
    LongCounter grams = new LongCounter(1 << 22);
    long tokens = 0;
    int[] s = new int[64];
    for (Map.Entry<String, long[]> e : words.entrySet()) {
      String w = e.getKey();
      long n = e.getValue()[0];
      tokens += n;
      if (s.length < w.length() + 2) {
        s = new int[w.length() + 2];
      }
      s[0] = CharNgramModel.BOUNDARY;
      for (int i = 0; i < w.length(); i++) {
        s[i + 1] = w.charAt(i);
      }
      s[w.length() + 1] = CharNgramModel.BOUNDARY;
      for (int i = 1; i <= w.length() + 1; i++) {
        for (int k = 1; k <= order && i - k + 1 >= 0; k++) {
          grams.add(CharNgramModel.key(s, i - k + 1, i + 1), n);
        }
      }
    }
    // the lone leading boundary is a history but never predicted
    long lead = CharNgramModel.key(new int[] {CharNgramModel.BOUNDARY}, 0, 1);
    grams.add(lead, 0);
    grams.add(CharNgramModel.ROOT, 0);
    LongCounter histTotal = new LongCounter(grams.size() * 2);
    LongCounter histTypes = new LongCounter(grams.size() * 2);
    grams.forEach((k, c) -> {
      if (k == CharNgramModel.ROOT || c == 0) {
        return;
      }
      int len = (int) (k >>> 58);
      long prefix = len == 1 ? CharNgramModel.ROOT
          : ((long) (len - 1) << 58) | ((k & ((1L << 58) - 1)) >>> CharNgramModel.BITS);
      histTotal.add(prefix, c);
      histTypes.add(prefix, 1);
    });
    List<long[]> kept = new ArrayList<>();
    grams.forEach((k, c) -> {
      if (c >= minCount || k == lead || k == CharNgramModel.ROOT) {
        kept.add(new long[] {k, c, histTotal.get(k), histTypes.get(k)});
      }
    });
    int n = kept.size();
    long[] keys = new long[n];
    int[] counts = new int[n];
    int[] totals = new int[n];
    int[] types = new int[n];
    for (int i = 0; i < n; i++) {
      long[] r = kept.get(i);
      keys[i] = r[0];
      counts[i] = (int) Math.min(Integer.MAX_VALUE, r[1]);
      totals[i] = (int) Math.min(Integer.MAX_VALUE, r[2]);
      types[i] = (int) r[3];
    }
    List<String> h = new ArrayList<>(header);
    h.add("texts=" + texts + " wordTokens=" + tokens + " distinctWords=" + words.size() + " order=" + order
        + " minCount=" + minCount + " ngrams=" + grams.size() + " stored=" + n);
    return new CharNgramModel(order, keys, counts, totals, types, n, h);
  }

  /** Open-addressing long → long counter (keys never 0). */
  private static final class LongCounter {
    private long[] keys;
    private long[] vals;
    private int size;

    LongCounter(int cap) {
      int c = Integer.highestOneBit(Math.max(16, cap)) << 1;
      keys = new long[c];
      vals = new long[c];
    }

    int size() {
      return size;
    }

    private static int hash(long k, int mask) {
      long h = k * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29)) & mask;
    }

    void add(long k, long v) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = hash(k, mask);
      while (keys[i] != 0 && keys[i] != k) {
        i = (i + 1) & mask;
      }
      if (keys[i] == 0) {
        keys[i] = k;
        size++;
      }
      vals[i] += v;
    }

    long get(long k) {
      int mask = keys.length - 1;
      int i = hash(k, mask);
      while (keys[i] != 0) {
        if (keys[i] == k) {
          return vals[i];
        }
        i = (i + 1) & mask;
      }
      return 0;
    }

    void forEach(java.util.function.BiConsumer<Long, Long> f) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != 0) {
          f.accept(keys[i], vals[i]);
        }
      }
    }

    private void grow() {
      long[] ok = keys;
      long[] ov = vals;
      keys = new long[ok.length * 2];
      vals = new long[ok.length * 2];
      size = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != 0) {
          add(ok[i], ov[i]);
        }
      }
    }
  }
}
