package org.rasid.core.number;

import java.util.Objects;
import org.rasid.core.model.CharSpan;

/**
 * A number found in a text.
 *
 * @param span where the number is in the text that was parsed (a leading proclitic و/ب/ل/ف is not
 *     part of the span: in "وثلاثة" the span covers "ثلاثة")
 * @param value its value; for a decimal written in digits without a scale word ("1.5") the integer
 *     part, with a scale word ("1.5 مليون") the exact product
 * @param ordinal true for ordinal words (السادس، الحادي عشر، الحادي والعشرين)
 */
public record NumberMatch(CharSpan span, long value, boolean ordinal) {

  public NumberMatch {
    Objects.requireNonNull(span, "span");
    if (value < 0) {
      throw new IllegalArgumentException("negative number value: " + value);
    }
  }
}
