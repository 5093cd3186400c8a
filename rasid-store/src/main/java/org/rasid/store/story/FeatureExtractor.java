package org.rasid.store.story;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.EntityMention;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * Computes {@link ArticleFeatures} (rules there and in {@link ContentWords}), memoizing what each
 * word form contributes.
 *
 * <p>A word form's term ({@code ContentWords.term(normalize(form))}), the term's fingerprint and its
 * idf depend only on the form and the term statistics, and news vocabulary is Zipfian, so each
 * ingestion thread keeps them in its own bounded memo (up to {@value #MAX_MEMO} forms; beyond that
 * they are computed and not kept). The memo is keyed by a 64-bit fingerprint of the form (the same
 * FNV-1a/MurmurHash3 fingerprint that keys the term statistics) in flat primitive arrays: one
 * probe of a few MB instead of a hash map of strings. The memo cannot change a result: it only
 * stores what the pure functions return.
 *
 * <p>Thread-safe: the memos are thread-confined, nothing else is mutable.
 */
final class FeatureExtractor {

  static final int MAX_MEMO = 1 << 19;
  /** Slots of each memo's front table of recent forms (256 KB). */
  private static final int FRONT = 1 << 15;

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.get();
  /** {@code Memo.code} of a term that has no index (the memo is full). */
  private static final int UNINDEXED = -2;

  private final TermStatistics stats;
  private final MinHash.Scheme scheme;
  private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(Memo::new);

  /** An extractor signing with {@link MinHash.Scheme#DEFAULT}. */
  FeatureExtractor(TermStatistics stats) {
    this(stats, MinHash.Scheme.DEFAULT);
  }

  FeatureExtractor(TermStatistics stats, MinHash.Scheme scheme) {
    this.stats = Objects.requireNonNull(stats, "stats");
    this.scheme = Objects.requireNonNull(scheme, "scheme");
  }

  TermStatistics stats() {
    return stats;
  }

  /**
   * The features of {@code a}.
   *
   * @param normalizedText {@code ArabicNormalizer.normalize(a.text())} when the caller has it
   *     already (the store normalizes every text for its own fingerprint), else null
   */
  ArticleFeatures features(Analysis a, LocalDate published, String source, String normalizedText) {
    Objects.requireNonNull(a, "analysis");
    Memo m = memo.get();
    String norm = normalizedText != null ? normalizedText : NORMALIZER.normalize(a.text());
    // term frequencies straight into the thread's tables (a title term counts twice)
    m.resetCounts(); // no-op unless an earlier call failed half-way
    if (a.title() != null && !a.title().isBlank()) {
      for (String w : ContentWords.shingleWords(a.title())) {
        m.count(w, 2);
      }
    }
    if (a.tokens().isEmpty()) {
      for (String w : ContentWords.wordsOfNormalized(norm)) {
        m.count(w, 1);
      }
    } else {
      for (Token tok : a.tokens()) {
        TokenType type = tok.type();
        if (type != TokenType.ARABIC && type != TokenType.LATIN && type != TokenType.NUMBER) {
          continue;
        }
        m.count(tok.parts().size() > 1 ? ContentWords.stem(tok) : tok.norm(), 1);
      }
    }
    TermVector terms = m.vector();
    ContentWords.WordHashes words = ContentWords.wordHashes(norm);
    long content = 0xcbf29ce484222325L;
    for (int i = 0; i < words.count(); i++) {
      content = (content ^ words.hash(i)) * 0x100000001b3L;
    }
    Map<String, String> entities = new LinkedHashMap<>();
    for (EntityMention e : a.entities()) {
      entities.putIfAbsent(e.entityId(), e.canonical());
    }
    return new ArticleFeatures(
        a.id(),
        published != null ? published : a.dct(),
        source != null ? source : a.source(),
        a.title(),
        terms,
        entities,
        MinHash.ofWordHashes(words, scheme),
        MinHash.mix(content));
  }

  /** The term of a word form in any spelling, {@code ContentWords.term(normalize(form))}; null when none. */
  StoryTerm term(String form) {
    return memo.get().term(form);
  }

  /**
   * One thread's memo: form fingerprint → term index (−1: no term), term fingerprint → term index,
   * and the term frequencies of the article being featurized, counted by term index. A form's key
   * and term index sit side by side in one array ({@code slots[2i]}, {@code slots[2i + 1]}), so a
   * look-up in the table of a few MB touches one cache line, not two.
   */
  private final class Memo {
    /**
     * In front of the fingerprint table: the term indexes of recently met forms, one per slot by
     * the form's hash code (the last form met wins the slot). Most running words are among a few
     * thousand forms, and the text layer hands out the same String for each occurrence of a word it
     * memoizes, whose hash code is then computed once and whose equality with the slot's form is
     * identity: a hit (about nine tokens in ten) spares the form's fingerprint and a probe of the
     * large table. A hit is exact: equal forms have the same term.
     */
    private final String[] frontForms = new String[FRONT];
    private final int[] frontCodes = new int[FRONT];
    private long[] slots = new long[2 << 10];
    private int forms;
    private final LongIntMap termIndex = new LongIntMap(1 << 10);
    private StoryTerm[] terms = new StoryTerm[1 << 10];
    private int termCount;
    /** Per term index: its frequency in the current article (zeros between articles). */
    private int[] tf = new int[1 << 10];
    /** Term indexes counted in the current article, in order of first appearance. */
    private int[] touched = new int[1 << 9];
    private int touchedCount;
    /** Terms of the current article that have no index (only once the memo is full). */
    private final TermCounts unindexed = new TermCounts();
    /** The term of the last {@link #code} that returned {@link #UNINDEXED}. */
    private StoryTerm lastUnindexed;

    /** Counts the term of {@code form} (if any) {@code times} more in the current article. */
    void count(String form, int times) {
      int h = form.hashCode();
      int f = (h ^ (h >>> 16)) & (FRONT - 1);
      String known = frontForms[f];
      int code;
      if (known == form || (known != null && known.equals(form))) {
        code = frontCodes[f];
      } else {
        code = code(form);
        if (code != UNINDEXED) {
          frontForms[f] = form;
          frontCodes[f] = code;
        }
      }
      if (code >= 0) {
        if (tf[code] == 0) {
          if (touchedCount == touched.length) {
            touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = code;
        }
        tf[code] += times;
      } else if (code == UNINDEXED) {
        unindexed.add(lastUnindexed, times);
      }
    }

    /** The vector of the counted terms; empties the counts. */
    TermVector vector() {
      int n = touchedCount + unindexed.size();
      StoryTerm[] ts = new StoryTerm[n];
      int[] cs = new int[n];
      for (int k = 0; k < touchedCount; k++) {
        int t = touched[k];
        ts[k] = terms[t];
        cs[k] = tf[t];
        tf[t] = 0;
      }
      unindexed.drainInto(ts, cs, touchedCount);
      touchedCount = 0;
      return TermVector.ofCounts(ts, cs);
    }

    void resetCounts() {
      for (int k = 0; k < touchedCount; k++) {
        tf[touched[k]] = 0;
      }
      touchedCount = 0;
      unindexed.reset();
    }

    /** The term of a form, or null. */
    StoryTerm term(String form) {
      int code = code(form);
      return code >= 0 ? terms[code] : code == UNINDEXED ? lastUnindexed : null;
    }

    /** The form's term index; −1 when it has no term; {@link #UNINDEXED}: see {@link #lastUnindexed}. */
    private int code(String form) {
      long key = LongIntMap.fingerprint(form);
      int mask = (slots.length >> 1) - 1;
      int i = (int) (key ^ (key >>> 32)) & mask;
      while (true) {
        long k = slots[i << 1];
        if (k == key) {
          return (int) slots[(i << 1) + 1];
        }
        if (k == 0) {
          break;
        }
        i = (i + 1) & mask;
      }
      String text = ContentWords.term(NORMALIZER.normalize(form));
      int index = text == null ? -1 : canonical(text);
      if (forms < MAX_MEMO && index != UNINDEXED) {
        put(key, index);
      }
      return index;
    }

    private void put(long key, int index) {
      if ((forms + 1) * 2 > slots.length >> 1) {
        long[] old = slots;
        slots = new long[old.length * 2];
        forms = 0;
        for (int j = 0; j < old.length; j += 2) {
          if (old[j] != 0) {
            put(old[j], (int) old[j + 1]);
          }
        }
      }
      int mask = (slots.length >> 1) - 1;
      int i = (int) (key ^ (key >>> 32)) & mask;
      while (slots[i << 1] != 0) {
        i = (i + 1) & mask;
      }
      slots[i << 1] = key;
      slots[(i << 1) + 1] = index;
      forms++;
    }

    /** The index of the term {@code text}, or {@link #UNINDEXED} (with {@link #lastUnindexed} set). */
    private int canonical(String text) {
      long fp = LongIntMap.fingerprint(text);
      int at = termIndex.get(fp, -1);
      if (at >= 0) {
        return at;
      }
      StoryTerm t = new StoryTerm(text, fp, stats.idf(fp));
      if (termCount < MAX_MEMO) {
        if (termCount == terms.length) {
          terms = java.util.Arrays.copyOf(terms, termCount * 2);
          tf = java.util.Arrays.copyOf(tf, termCount * 2);
        }
        termIndex.put(fp, termCount);
        terms[termCount] = t;
        return termCount++;
      }
      lastUnindexed = t;
      return UNINDEXED;
    }
  }

  /**
   * Term frequencies of terms without a memo index (once a thread's memo is full): an
   * open-addressing table of terms, text equality deciding.
   */
  private static final class TermCounts {
    private StoryTerm[] slot = new StoryTerm[1 << 11];
    private int[] count = new int[1 << 11];
    /** Filled slots, in order of first appearance. */
    private int[] filled = new int[1 << 10];
    private int distinct;

    /** Counts {@code t} {@code times} more. */
    void add(StoryTerm t, int times) {
      if ((distinct + 1) * 2 > slot.length) {
        grow();
      }
      int mask = slot.length - 1;
      long fp = t.fingerprint();
      int i = (int) (fp ^ (fp >>> 32)) & mask;
      StoryTerm s;
      while ((s = slot[i]) != null && s != t && !s.text().equals(t.text())) {
        i = (i + 1) & mask;
      }
      if (s == null) {
        slot[i] = t;
        if (distinct == filled.length) {
          filled = java.util.Arrays.copyOf(filled, distinct * 2);
        }
        filled[distinct++] = i;
      }
      count[i] += times;
    }

    private void grow() {
      StoryTerm[] os = slot;
      int[] oc = count;
      int[] of = filled;
      int n = distinct;
      slot = new StoryTerm[os.length * 2];
      count = new int[os.length * 2];
      filled = new int[Math.max(of.length, os.length)];
      distinct = 0;
      for (int k = 0; k < n; k++) {
        add(os[of[k]], oc[of[k]]);
      }
    }

    void reset() {
      for (int k = 0; k < distinct; k++) {
        slot[filled[k]] = null;
        count[filled[k]] = 0;
      }
      distinct = 0;
    }

    int size() {
      return distinct;
    }

    /** Moves the counted terms and counts into {@code ts} and {@code cs} from {@code at} on; empties the table. */
    void drainInto(StoryTerm[] ts, int[] cs, int at) {
      for (int k = 0; k < distinct; k++) {
        int i = filled[k];
        ts[at + k] = slot[i];
        cs[at + k] = count[i];
        slot[i] = null;
        count[i] = 0;
      }
      distinct = 0;
    }
  }
}
