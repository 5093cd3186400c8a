package org.rasid.store.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.get();
  /** A form that yields no term (stop word, one letter...). */
  private static final StoryTerm NONE = new StoryTerm("", 0, 0);

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
    List<StoryTerm> bag = new ArrayList<>(a.tokens().size() + 32);
    if (a.title() != null && !a.title().isBlank()) {
      int from = bag.size();
      for (String w : ContentWords.shingleWords(a.title())) {
        add(m, bag, w);
      }
      int to = bag.size();
      for (int i = from; i < to; i++) {
        bag.add(bag.get(i));
      }
    }
    if (a.tokens().isEmpty()) {
      for (String w : ContentWords.wordsOfNormalized(norm)) {
        add(m, bag, w);
      }
    } else {
      for (Token tok : a.tokens()) {
        TokenType type = tok.type();
        if (type != TokenType.ARABIC && type != TokenType.LATIN && type != TokenType.NUMBER) {
          continue;
        }
        add(m, bag, tok.parts().size() > 1 ? ContentWords.stem(tok) : tok.norm());
      }
    }
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
        TermVector.ofTerms(bag),
        entities,
        MinHash.ofWordHashes(words, scheme),
        MinHash.mix(content));
  }

  private void add(Memo m, List<StoryTerm> bag, String form) {
    StoryTerm t = m.term(form);
    if (t != NONE) {
      bag.add(t);
    }
  }

  /** The term of a word form in any spelling, {@code ContentWords.term(normalize(form))}; null when none. */
  StoryTerm term(String form) {
    StoryTerm t = memo.get().term(form);
    return t == NONE ? null : t;
  }

  /**
   * One thread's memo: form fingerprint → term index (−1: no term), term fingerprint → term index.
   * A form's key and term index sit side by side in one array ({@code slots[2i]}, {@code
   * slots[2i + 1]}), so a look-up in the table of a few MB touches one cache line, not two.
   */
  private final class Memo {
    private long[] slots = new long[2 << 10];
    private int forms;
    private final LongIntMap termIndex = new LongIntMap(1 << 10);
    private StoryTerm[] terms = new StoryTerm[1 << 10];
    private int termCount;

    StoryTerm term(String form) {
      long key = LongIntMap.fingerprint(form);
      int mask = (slots.length >> 1) - 1;
      int i = (int) (key ^ (key >>> 32)) & mask;
      while (true) {
        long k = slots[i << 1];
        if (k == key) {
          int t = (int) slots[(i << 1) + 1];
          return t < 0 ? NONE : terms[t];
        }
        if (k == 0) {
          break;
        }
        i = (i + 1) & mask;
      }
      String text = ContentWords.term(NORMALIZER.normalize(form));
      StoryTerm t = text == null ? NONE : canonical(text);
      int index = t == NONE ? -1 : termIndex.get(t.fingerprint(), -2);
      if (forms < MAX_MEMO && index != -2) {
        put(key, index);
      }
      return t;
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

    private StoryTerm canonical(String text) {
      long fp = LongIntMap.fingerprint(text);
      int at = termIndex.get(fp, -1);
      if (at >= 0) {
        return terms[at];
      }
      StoryTerm t = new StoryTerm(text, fp, stats.idf(fp));
      if (termCount < MAX_MEMO) {
        if (termCount == terms.length) {
          terms = java.util.Arrays.copyOf(terms, termCount * 2);
        }
        termIndex.put(fp, termCount);
        terms[termCount++] = t;
      }
      return t;
    }
  }
}
