package org.rasid.store.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
 * idf depend only on the form and the term statistics, and news vocabulary is Zipfian, so they are
 * kept in bounded maps ({@value #MAX_MEMO} forms and terms; beyond that they are computed and not
 * kept). The memo cannot change a result: it only stores what the pure functions return. The token
 * strings of the text layer's own memo recur as the same objects, so a recurring form costs one
 * lookup with a cached hash.
 *
 * <p>Thread-safe (ingestion threads share one per tracker).
 */
final class FeatureExtractor {

  static final int MAX_MEMO = 250_000;

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.get();
  /** Memo value of a form that yields no term (stop word, one letter...). */
  private static final StoryTerm NONE = new StoryTerm("", 0, 0);

  private final TermStatistics stats;
  private final ConcurrentHashMap<String, StoryTerm> byForm = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, StoryTerm> byText = new ConcurrentHashMap<>();

  FeatureExtractor(TermStatistics stats) {
    this.stats = Objects.requireNonNull(stats, "stats");
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
    String norm = normalizedText != null ? normalizedText : NORMALIZER.normalize(a.text());
    List<StoryTerm> bag = new ArrayList<>(a.tokens().size() + 32);
    if (a.title() != null && !a.title().isBlank()) {
      int from = bag.size();
      for (String w : ContentWords.shingleWords(a.title())) {
        add(bag, w);
      }
      bag.addAll(new ArrayList<>(bag.subList(from, bag.size())));
    }
    if (a.tokens().isEmpty()) {
      for (String w : ContentWords.wordsOfNormalized(norm)) {
        add(bag, w);
      }
    } else {
      for (Token tok : a.tokens()) {
        TokenType type = tok.type();
        if (type != TokenType.ARABIC && type != TokenType.LATIN && type != TokenType.NUMBER) {
          continue;
        }
        add(bag, tok.parts().size() > 1 ? ContentWords.stem(tok) : tok.norm());
      }
    }
    ContentWords.WordHashes words = ContentWords.wordHashes(norm);
    long content = 0xcbf29ce484222325L;
    for (int i = 0; i < words.count(); i++) {
      content = (content ^ words.hash(i)) * 0x100000001b3L;
    }
    Map<String, String> entities = new LinkedHashMap<>();
    for (EntityMention m : a.entities()) {
      entities.putIfAbsent(m.entityId(), m.canonical());
    }
    return new ArticleFeatures(
        a.id(),
        published != null ? published : a.dct(),
        source != null ? source : a.source(),
        a.title(),
        TermVector.ofTerms(bag),
        entities,
        MinHash.ofWordHashes(words),
        MinHash.mix(content));
  }

  private void add(List<StoryTerm> bag, String form) {
    StoryTerm t = term(form);
    if (t != NONE) {
      bag.add(t);
    }
  }

  /** The term of a word form in any spelling: {@code ContentWords.term(normalize(form))}, or NONE. */
  StoryTerm term(String form) {
    StoryTerm t = byForm.get(form);
    if (t != null) {
      return t;
    }
    String text = ContentWords.term(NORMALIZER.normalize(form));
    t = text == null ? NONE : canonical(text);
    if (byForm.size() < MAX_MEMO) {
      byForm.putIfAbsent(form, t);
    }
    return t;
  }

  private StoryTerm canonical(String text) {
    StoryTerm t = byText.get(text);
    if (t != null) {
      return t;
    }
    long fp = LongIntMap.fingerprint(text);
    t = new StoryTerm(text, fp, stats.idf(fp));
    if (byText.size() < MAX_MEMO) {
      StoryTerm prev = byText.putIfAbsent(text, t);
      if (prev != null) {
        return prev;
      }
    }
    return t;
  }

  /** Whether {@code t} is a real term (not the memo's "no term" marker). */
  static boolean isTerm(StoryTerm t) {
    return t != NONE;
  }
}
