package org.rasid.store.story;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rasid.core.model.Analysis;

/**
 * What story detection needs to know about one article.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@code terms}: TF-IDF vector ({@link TermVector}) over the title, counted twice because a
 *       headline names the event, and the body ({@link ContentWords}).
 *   <li>{@code entities}: canonical entity id → canonical name of every linked mention; empty when
 *       the analysis has no entities (NER absent), in which case clustering uses text and time only.
 *   <li>{@code minHash}: signature of the body's word 3-shingles ({@link MinHash}); {@code
 *       contentHash}: 64-bit hash of the body's normalized word sequence (exact copies).
 *   <li>{@code published}: the publication date, else the analysis' dct, else null (no time
 *       proximity is applied to an undated article).
 *   <li>{@code title}: the headline, kept so that story titles and member lists can be shown from
 *       the persisted state alone when the article texts are not at hand.
 * </ul>
 */
public record ArticleFeatures(
    String id,
    LocalDate published,
    String source,
    String title,
    TermVector terms,
    Map<String, String> entities,
    MinHash minHash,
    long contentHash) {

  public ArticleFeatures {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(minHash, "minHash");
    entities = Map.copyOf(entities);
  }

  /**
   * Computes the features of an analysed article. A tracker computes them with its own {@link
   * FeatureExtractor} (same result, memoized per word form).
   */
  public static ArticleFeatures of(Analysis a, LocalDate published, String source, TermStatistics stats) {
    return new FeatureExtractor(stats).features(a, published, source, null);
  }

  public Set<String> entityIds() {
    return entities.keySet();
  }
}
