package org.rasid.core.model;

import java.util.Objects;

/**
 * Who did what to whom: one event with its trigger, arguments and casualty counts.
 *
 * @param type event type
 * @param cameo CAMEO code, or null
 * @param trigger the word or phrase that expresses the event
 * @param actor who acted, or null
 * @param target who was acted on, or null
 * @param location where, or null
 * @param time when, or null
 * @param killed people killed, or null
 * @param killedChildren children among the killed, or null
 * @param injured people injured, or null
 * @param countQualifier how exact the counts are, or null when there are none
 * @param sentence index of the sentence holding the trigger
 */
public record Event(
    EventType type,
    String cameo,
    TextSpan trigger,
    EventArgument actor,
    EventArgument target,
    EventArgument location,
    EventTime time,
    Integer killed,
    Integer killedChildren,
    Integer injured,
    CountQualifier countQualifier,
    int sentence) {

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    requireNonNegative("killed", killed);
    requireNonNegative("killedChildren", killedChildren);
    requireNonNegative("injured", injured);
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, got " + sentence);
    }
  }

  private static void requireNonNegative(String name, Integer value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
  }
}
