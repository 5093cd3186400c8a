package org.rasid.core.model;

/** The time of an event: the value of a linked time expression and where it is written. */
public record EventTime(String value, CharSpan span) {}
