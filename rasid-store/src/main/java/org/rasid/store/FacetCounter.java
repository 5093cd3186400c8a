package org.rasid.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.rasid.store.index.ArticleFields;

/**
 * Counts facet values over every matching article, reading sorted-set doc values segment by
 * segment (ordinals counted in arrays, resolved to strings once per segment).
 *
 * <p>Facets: {@code entity} (label = canonical name), {@code entity_type}, {@code event_type},
 * {@code source}, {@code year}. Not thread-safe: one per search.
 */
final class FacetCounter extends SimpleCollector {

  static final Map<String, String> FACETS = facets();

  private final Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
  private final String[] names = FACETS.keySet().toArray(new String[0]);
  private final SortedSetDocValues[] values = new SortedSetDocValues[names.length];
  private final int[][] counts = new int[names.length][];

  FacetCounter() {
    for (String n : names) {
      totals.put(n, new HashMap<>());
    }
  }

  private static Map<String, String> facets() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("entity", ArticleFields.ENTITY_FACET);
    m.put("entity_type", ArticleFields.ENTITY_TYPE);
    m.put("event_type", ArticleFields.EVENT_TYPE);
    m.put("source", ArticleFields.SOURCE);
    m.put("year", ArticleFields.YEAR);
    return m;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    for (int i = 0; i < names.length; i++) {
      values[i] = DocValues.getSortedSet(context.reader(), FACETS.get(names[i]));
      long n = values[i].getValueCount();
      counts[i] = new int[(int) n];
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    for (int i = 0; i < names.length; i++) {
      SortedSetDocValues v = values[i];
      if (v.advanceExact(doc)) {
        for (int k = 0, c = v.docValueCount(); k < c; k++) {
          counts[i][(int) v.nextOrd()]++;
        }
      }
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  private void flush() throws IOException {
    for (int i = 0; i < names.length; i++) {
      if (counts[i] == null) {
        continue;
      }
      Map<String, Long> total = totals.get(names[i]);
      for (int ord = 0; ord < counts[i].length; ord++) {
        if (counts[i][ord] > 0) {
          BytesRef term = values[i].lookupOrd(ord);
          total.merge(term.utf8ToString(), (long) counts[i][ord], Long::sum);
        }
      }
      counts[i] = null;
    }
  }

  /** The top {@code n} values per facet, most frequent first (ties by value). */
  Map<String, List<FacetValue>> result(int n) throws IOException {
    flush();
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Long>> e : totals.entrySet()) {
      List<Map.Entry<String, Long>> entries = new ArrayList<>(e.getValue().entrySet());
      entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      List<FacetValue> list = new ArrayList<>();
      for (Map.Entry<String, Long> v : entries.subList(0, Math.min(n, entries.size()))) {
        list.add(facetValue(e.getKey(), v.getKey(), v.getValue()));
      }
      out.put(e.getKey(), list);
    }
    return out;
  }

  private static FacetValue facetValue(String facet, String raw, long count) {
    if (facet.equals("entity")) {
      int sep = raw.indexOf(ArticleFields.UNIT_SEPARATOR);
      if (sep >= 0) {
        return new FacetValue(raw.substring(0, sep), raw.substring(sep + 1), count);
      }
    }
    return new FacetValue(raw, raw, count);
  }
}
