package org.rasid.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The analysis of one article: the record behind {@code analysis.schema.json}.
 *
 * <p>All spans are half-open UTF-16 ranges into {@link #text()}, which is the original text
 * unchanged.
 */
public record Analysis(
    String id,
    String source,
    String title,
    LocalDate dct,
    DctSource dctSource,
    String text,
    List<Sentence> sentences,
    List<Token> tokens,
    List<EntityMention> entities,
    List<TimeExpression> times,
    List<Quote> quotes,
    List<Event> events) {

  public Analysis {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    dctSource = dctSource == null ? DctSource.NONE : dctSource;
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }
}
