package org.rasid.store.story;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated item of a story timeline.
 *
 * @param date first day the value denotes
 * @param value the TIMEX value as resolved ({@code 2015-08-10}, {@code 2015-08}, {@code 2015-W33}),
 *     or the publication date for {@link Kind#PUBLISHED}
 * @param kind what the item is
 * @param text the sentence holding it (for {@link Kind#PUBLISHED}: the headline or first sentence)
 * @param articleId where it was found
 * @param sentence index of the sentence in that article ({@link StorySentences})
 * @param speaker who made the statement ({@link Kind#STATEMENT}), else null
 * @param sources how many member articles carry the same item (copies and rewrites)
 */
public record TimelineEntry(
    LocalDate date, String value, Kind kind, String text, String articleId, int sentence, String speaker, int sources) {

  /** Kinds of timeline items. */
  public enum Kind {
    /** An event with a resolved time. */
    EVENT,
    /** A quotation in a sentence with a resolved date. */
    STATEMENT,
    /** A resolved date expression with neither event nor quote in its sentence. */
    TIME,
    /** A member's publication, used only when the story has no dated item of the kinds above. */
    PUBLISHED
  }

  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(articleId, "articleId");
  }
}
