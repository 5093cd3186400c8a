package org.rasid.core.model;

/** What a time expression's value was resolved against. */
public enum TimeAnchor {
  /** The expression carries its own value (12 يوليو 2011). */
  ABSOLUTE,
  /** Resolved against the publication date (أمس، الثلاثاء). */
  DCT,
  /** Resolved against the previous time expression of the text. */
  PREVIOUS
}
