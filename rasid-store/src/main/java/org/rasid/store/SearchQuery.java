package org.rasid.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A search: free text plus filters, order and page.
 *
 * <p>Text rules: words must all match (AND), {@code "quoted phrases"} match as phrases, a blank
 * text matches every article (filters only). Each filter list is OR within itself and AND with the
 * others; {@code from}/{@code to} are inclusive publication dates (null = open).
 *
 * @param text query text, may be blank
 * @param entityIds canonical entity ids (any of)
 * @param entityTypes entity types PER, ORG, LOC, GPE, NORP, MISC (any of)
 * @param from first publication date, inclusive, or null
 * @param to last publication date, inclusive, or null
 * @param eventTypes event types (any of)
 * @param sources sources (any of)
 * @param sort hit order
 * @param offset hits to skip (>= 0)
 * @param limit hits to return (1..1000)
 */
public record SearchQuery(
    String text,
    List<String> entityIds,
    List<String> entityTypes,
    LocalDate from,
    LocalDate to,
    List<String> eventTypes,
    List<String> sources,
    Sort sort,
    int offset,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    text = text == null ? "" : text;
    entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
    entityTypes = entityTypes == null ? List.of() : List.copyOf(entityTypes);
    eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    sources = sources == null ? List.of() : List.copyOf(sources);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in [0, " + MAX_LIMIT + "], got " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** A text query with no filters, by relevance, first 10 hits. */
  public static SearchQuery of(String text) {
    return builder().text(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder().text(text).from(from).to(to).sort(sort).offset(offset).limit(limit);
    b.entityIds.addAll(entityIds);
    b.entityTypes.addAll(entityTypes);
    b.eventTypes.addAll(eventTypes);
    b.sources.addAll(sources);
    return b;
  }

  /** True when the query has no text and no filters. */
  public boolean isBlank() {
    return text.isBlank() && entityIds.isEmpty() && entityTypes.isEmpty() && eventTypes.isEmpty()
        && sources.isEmpty() && from == null && to == null;
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private String text = "";
    private final List<String> entityIds = new ArrayList<>();
    private final List<String> entityTypes = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private final List<String> eventTypes = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private Sort sort = Sort.RELEVANCE;
    private int offset;
    private int limit = 10;

    private Builder() {}

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder entityId(String id) {
      entityIds.add(id);
      return this;
    }

    public Builder entityIds(List<String> ids) {
      entityIds.addAll(ids);
      return this;
    }

    public Builder entityType(String type) {
      entityTypes.add(type);
      return this;
    }

    public Builder entityTypes(List<String> types) {
      entityTypes.addAll(types);
      return this;
    }

    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    public Builder eventType(String type) {
      eventTypes.add(type);
      return this;
    }

    public Builder eventTypes(List<String> types) {
      eventTypes.addAll(types);
      return this;
    }

    public Builder source(String source) {
      sources.add(source);
      return this;
    }

    public Builder sources(List<String> list) {
      sources.addAll(list);
      return this;
    }

    public Builder sort(Sort sort) {
      this.sort = sort;
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(text, entityIds, entityTypes, from, to, eventTypes, sources, sort, offset, limit);
    }
  }
}
