package org.rasid.core.model;

/** TIMEX3 types. */
public enum TimeType {
  DATE,
  TIME,
  DURATION,
  SET
}
