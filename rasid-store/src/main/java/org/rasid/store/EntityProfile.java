package org.rasid.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the store knows about one entity, computed from the stored analyses of the articles
 * that mention it.
 *
 * @param entityId canonical id
 * @param canonical canonical name
 * @param type entity type name
 * @param mentions total mentions
 * @param articles articles mentioning it
 * @param overTime articles per publication date, oldest first
 * @param coOccurring other entities in the same articles, most frequent first
 * @param quotes quotes it said, newest first
 * @param events events where it is actor or target, newest first
 */
public record EntityProfile(
    String entityId,
    String canonical,
    String type,
    long mentions,
    long articles,
    List<DateCount> overTime,
    List<CoEntity> coOccurring,
    List<QuoteRef> quotes,
    List<EventRef> events) {

  public EntityProfile {
    overTime = List.copyOf(overTime);
    coOccurring = List.copyOf(coOccurring);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** Mentioning articles published on one day. */
  public record DateCount(LocalDate date, long count) {}

  /** Another entity and the number of articles it shares with this one. */
  public record CoEntity(String entityId, String canonical, String type, long count) {}

  /** A quote by the entity. */
  public record QuoteRef(String articleId, LocalDate published, String text, boolean direct, String cue) {}

  /**
   * An event the entity takes part in.
   *
   * @param role {@code actor} or {@code target}
   */
  public record EventRef(
      String articleId, LocalDate published, String type, String role, String trigger, String time, int sentence) {}
}
