package org.rasid.core.model;

import java.util.Objects;

/**
 * A time expression with its TIMEX3 value.
 *
 * @param span where it is in the original text
 * @param text original characters
 * @param type DATE, TIME, DURATION or SET
 * @param value ISO-8601/TIMEX3 value (2011-07-12, 2011-W28, P48H, PAST_REF), or null when unresolved
 * @param anchor what the value was resolved against
 */
public record TimeExpression(CharSpan span, String text, TimeType type, String value, TimeAnchor anchor) {

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(anchor, "anchor");
  }
}
