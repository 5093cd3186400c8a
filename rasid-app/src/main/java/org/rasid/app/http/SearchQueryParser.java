package org.rasid.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rasid.core.model.EntityType;
import org.rasid.core.model.EventType;
import org.rasid.store.SearchQuery;
import org.rasid.store.Sort;

/**
 * Builds a {@link SearchQuery} from query parameters, shared by search and timeline.
 *
 * <p>Parameters: {@code q} text; repeatable filters {@code entity} (entity id), {@code type}
 * (PER, ORG, LOC, GPE, NORP, MISC), {@code event} (an event type), {@code source}; {@code from} and
 * {@code to} inclusive dates {@code YYYY-MM-DD}; {@code sort} relevance | date | date_asc; {@code
 * offset} 0..100000; {@code limit} 1..{@code maxLimit}. Every bad parameter is reported at once in
 * one 400.
 */
final class SearchQueryParser {

  static final Map<String, Sort> SORTS = Map.of("relevance", Sort.RELEVANCE, "date", Sort.DATE, "date_asc", Sort.DATE_ASC);
  private static final Set<String> ENTITY_TYPES = names(EntityType.values());
  private static final Set<String> EVENT_TYPES = names(EventType.values());
  private static final int MAX_OFFSET = 100_000;

  private SearchQueryParser() {}

  static SearchQuery parse(Context ctx, int defaultLimit, int maxLimit) {
    QueryParams p = new QueryParams(ctx);
    String text = p.string("q", "");
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && from.isAfter(to)) {
      p.errors().add("from", "must not be after to");
    }
    SearchQuery.Builder b =
        SearchQuery.builder()
            .text(text)
            .entityIds(p.strings("entity"))
            .entityTypes(p.choices("type", ENTITY_TYPES))
            .eventTypes(p.choices("event", EVENT_TYPES))
            .sources(p.strings("source"))
            .from(from)
            .to(to)
            .sort(SORTS.get(p.choice("sort", "relevance", SORTS.keySet())))
            .offset(p.integer("offset", 0, 0, MAX_OFFSET))
            .limit(p.integer("limit", defaultLimit, 1, maxLimit));
    p.validate();
    return b.build();
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
