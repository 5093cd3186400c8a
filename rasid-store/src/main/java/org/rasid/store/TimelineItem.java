package org.rasid.store;

import java.time.LocalDate;

/**
 * One dated item of a timeline.
 *
 * @param value the TIMEX value as resolved (2011-07-12, 2011-07, 2011-W28)
 * @param date the first day the value denotes, or null when it is not a calendar date
 * @param kind {@code event} (an event with a time) or {@code time} (a time expression)
 * @param text what to show: the event's sentence or the time expression's sentence
 * @param articleId where it was found
 * @param sentence sentence index in that article
 */
public record TimelineItem(String value, LocalDate date, String kind, String text, String articleId, int sentence) {}
