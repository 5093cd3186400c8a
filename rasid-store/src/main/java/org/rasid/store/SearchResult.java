package org.rasid.store;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits with facet counts over all matching articles.
 *
 * @param total number of matching articles
 * @param hits the requested page
 * @param facets facet name ({@code entity}, {@code entity_type}, {@code event_type}, {@code source},
 *     {@code year}) to values, most frequent first
 * @param tookMicros time spent searching, in microseconds
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, long tookMicros) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
