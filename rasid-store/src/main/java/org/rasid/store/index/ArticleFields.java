package org.rasid.store.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The index schema: one Lucene document per article.
 *
 * <ul>
 *   <li>{@link #ID} keyword, stored — the article id (updates replace by it).
 *   <li>{@link #TITLE}, {@link #BODY} analyzed by {@link ArabicSearchAnalyzer}, stored, positions
 *       and offsets in the postings (phrase queries; highlighting without re-analysis).
 *   <li>{@link #SOURCE} keyword + sorted-set doc values (filter, facet); {@link #URL} stored.
 *   <li>{@link #PUBLISHED} epoch day: point (range filter), numeric doc values (sort), stored.
 *   <li>{@link #YEAR} sorted-set doc values (facet).
 *   <li>{@link #ENTITY}, {@link #ENTITY_TYPE}, {@link #EVENT_TYPE} keywords (filters) and sorted-set
 *       doc values (facets); {@link #ENTITY_FACET} holds {@code id␟canonical} for facet labels.
 *   <li>{@link #ENTITY_KEY} keywords: normalized names of the article's entities (entity lookup by
 *       any spelling).
 *   <li>{@link #HASH} keyword, {@link #LSH} keywords, {@link #MINHASH} stored bytes — duplicate
 *       detection; {@link #DUPLICATE_OF} keyword, stored, and {@link #FLAG} {@code duplicate} on
 *       near-duplicates.
 *   <li>{@link #ANALYSIS} stored: the analysis JSON (schema form, without tokens).
 * </ul>
 */
public final class ArticleFields {

  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String PUBLISHED = "published";
  public static final String YEAR = "year";
  public static final String ENTITY = "entity";
  public static final String ENTITY_FACET = "entity_facet";
  public static final String ENTITY_TYPE = "entity_type";
  public static final String EVENT_TYPE = "event_type";
  public static final String ENTITY_KEY = "entity_key";
  public static final String HASH = "hash";
  public static final String LSH = "lsh";
  public static final String MINHASH = "minhash";
  public static final String DUPLICATE_OF = "duplicate_of";
  /** Keyword flags; {@link #FLAG_DUPLICATE} marks near-duplicates (hidden from search). */
  public static final String FLAG = "flag";
  public static final String FLAG_DUPLICATE = "duplicate";
  public static final String ANALYSIS = "analysis";

  /** Separates an entity id from its label in {@link #ENTITY_FACET} values (U+241F SYMBOL FOR UNIT SEPARATOR). */
  public static final char UNIT_SEPARATOR = '\u241F';

  /** Analyzed text with positions and offsets, stored. */
  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private ArticleFields() {}

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
