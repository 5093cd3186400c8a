package org.rasid.store.index;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.EntityMention;
import org.rasid.core.model.Event;
import org.rasid.core.normalize.ArabicNormalizer;
import org.rasid.store.dedup.Fingerprint;

/**
 * Builds the Lucene document of one article (schema in {@link ArticleFields}).
 *
 * <p>Rules: the body is the analysis' original text; title and source fall back from the analysis
 * to the input metadata; the publication date is the input's published date, else the analysis'
 * dct (a dateline found in the text); entity names are indexed normalized and without
 * the definite article, so findEntities matches any spelling.
 */
public final class ArticleDocuments {

  /** Definite article with its proclitics, longest first: وال بال كال فال لل ال. */
  private static final String[] ARTICLES = {
    "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644"
  };

  private ArticleDocuments() {}

  /**
   * @param meta the input's metadata (url, and fallbacks)
   * @param analysisJson the analysis as stored JSON
   * @param duplicateOf the first article this one near-duplicates, or null
   */
  public static Document build(
      org.rasid.core.model.DocumentMeta meta, Analysis a, String analysisJson, Fingerprint fp, String duplicateOf) {
    return build(meta, a, analysisJson, fp, duplicateOf, null);
  }

  /**
   * @param bodyTerms the body's terms computed from the analysis' tokens (same term source as the
   *     index analyzer), or null to let the index analyzer analyze the text
   */
  public static Document build(org.rasid.core.model.DocumentMeta meta, Analysis a, String analysisJson,
      Fingerprint fp, String duplicateOf, java.util.List<IndexTerm> bodyTerms) {
    Document d = new Document();
    d.add(new StringField(ArticleFields.ID, a.id(), Field.Store.YES));
    String title = a.title() != null ? a.title() : meta.title();
    if (title != null && !title.isBlank()) {
      d.add(new Field(ArticleFields.TITLE, title, ArticleFields.TEXT_WITH_OFFSETS));
    }
    Field body = new Field(ArticleFields.BODY, a.text(), ArticleFields.TEXT_WITH_OFFSETS);
    if (bodyTerms != null) {
      body.setTokenStream(new IndexTermStream(bodyTerms, a.text().length()));
    }
    d.add(body);
    String source = a.source() != null ? a.source() : meta.source();
    if (source != null && !source.isBlank()) {
      d.add(new StringField(ArticleFields.SOURCE, source, Field.Store.YES));
      d.add(new SortedSetDocValuesField(ArticleFields.SOURCE, new BytesRef(source)));
    }
    if (meta.url() != null) {
      d.add(new StoredField(ArticleFields.URL, meta.url()));
    }
    LocalDate published = published(meta, a);
    if (published != null) {
      long day = published.toEpochDay();
      d.add(new LongPoint(ArticleFields.PUBLISHED, day));
      d.add(new NumericDocValuesField(ArticleFields.PUBLISHED, day));
      d.add(new StoredField(ArticleFields.PUBLISHED, day));
      d.add(new SortedSetDocValuesField(ArticleFields.YEAR, new BytesRef(Integer.toString(published.getYear()))));
    }
    Set<String> ids = new LinkedHashSet<>();
    Set<String> facets = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    for (EntityMention m : a.entities()) {
      ids.add(m.entityId());
      facets.add(m.entityId() + ArticleFields.UNIT_SEPARATOR + m.canonical());
      types.add(m.type().name());
      keys.add(entityKey(m.canonical()));
      keys.add(entityKey(m.text()));
    }
    for (String id : ids) {
      d.add(new StringField(ArticleFields.ENTITY, id, Field.Store.NO));
    }
    for (String f : facets) {
      d.add(new SortedSetDocValuesField(ArticleFields.ENTITY_FACET, new BytesRef(f)));
    }
    for (String t : types) {
      d.add(new StringField(ArticleFields.ENTITY_TYPE, t, Field.Store.NO));
      d.add(new SortedSetDocValuesField(ArticleFields.ENTITY_TYPE, new BytesRef(t)));
    }
    for (String k : keys) {
      if (!k.isEmpty()) {
        d.add(new StringField(ArticleFields.ENTITY_KEY, k, Field.Store.NO));
      }
    }
    Set<String> eventTypes = new LinkedHashSet<>();
    for (Event e : a.events()) {
      eventTypes.add(e.type().name());
    }
    for (String t : eventTypes) {
      d.add(new StringField(ArticleFields.EVENT_TYPE, t, Field.Store.NO));
      d.add(new SortedSetDocValuesField(ArticleFields.EVENT_TYPE, new BytesRef(t)));
    }
    d.add(new StringField(ArticleFields.HASH, fp.contentHash(), Field.Store.YES));
    for (String band : fp.bands()) {
      d.add(new StringField(ArticleFields.LSH, band, Field.Store.NO));
    }
    d.add(new StoredField(ArticleFields.MINHASH, MinHashBytes.encode(fp.minHash())));
    if (duplicateOf != null) {
      d.add(new StringField(ArticleFields.DUPLICATE_OF, duplicateOf, Field.Store.YES));
      d.add(new StringField(ArticleFields.FLAG, ArticleFields.FLAG_DUPLICATE, Field.Store.NO));
    }
    d.add(new StoredField(ArticleFields.ANALYSIS, analysisJson));
    return d;
  }

  /** The article's publication date: from the metadata, else the analysis' dct. */
  public static LocalDate published(org.rasid.core.model.DocumentMeta meta, Analysis a) {
    if (meta.published() != null) {
      return meta.published();
    }
    return a.dct();
  }

  /**
   * How entity names are matched: normalized, spaces collapsed, a leading definite article on each
   * word removed with its proclitics (ال وال بال كال فال لل) — الأسد, الاسد, للأسد and أسد share a key.
   */
  public static String entityKey(String name) {
    String norm = ArabicNormalizer.get().normalize(name).trim();
    StringBuilder sb = new StringBuilder();
    for (String w : norm.split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      String stripped = w;
      for (String article : ARTICLES) {
        if (w.startsWith(article) && w.length() - article.length() >= 2) {
          stripped = w.substring(article.length());
          break;
        }
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(stripped);
    }
    return sb.toString();
  }
}
