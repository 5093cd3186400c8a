package org.rasid.app.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.rasid.store.FacetValue;
import org.rasid.store.RasidStore;
import org.rasid.store.SearchHit;
import org.rasid.store.SearchQuery;
import org.rasid.store.SearchResult;
import org.rasid.store.TimelineItem;

/**
 * {@code GET /api/search} (hits with highlighted snippets and facet counts) and {@code GET
 * /api/timeline} (dated items of the matching articles). Both take the filters of {@link
 * SearchQueryParser}.
 */
final class SearchHandler {

  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 100;
  private static final int TIMELINE_DEFAULT_LIMIT = 200;

  private final RasidStore store;

  SearchHandler(RasidStore store) {
    this.store = store;
  }

  void search(Context ctx) {
    SearchQuery q = SearchQueryParser.parse(ctx, DEFAULT_LIMIT, MAX_LIMIT);
    SearchResult r = store.search(q);
    ctx.json(new SearchPage(q.text(), r.total(), q.offset(), q.limit(), r.hits(), r.facets(), r.tookMicros()));
  }

  void timeline(Context ctx) {
    // The timeline reads the articles matching the filters; its limit caps the articles looked at.
    SearchQuery q = SearchQueryParser.parse(ctx, TIMELINE_DEFAULT_LIMIT, SearchQuery.MAX_LIMIT);
    ctx.json(new Timeline(store.timeline(q)));
  }

  record SearchPage(
      String query,
      long total,
      int offset,
      int limit,
      List<SearchHit> hits,
      Map<String, List<FacetValue>> facets,
      long tookMicros) {}

  record Timeline(List<TimelineItem> items) {}
}
