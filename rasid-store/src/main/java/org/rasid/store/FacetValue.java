package org.rasid.store;

/**
 * One facet value with its count.
 *
 * @param value the value to filter by (entity id, type, source, year)
 * @param label what to show (the canonical name for entities; else the value)
 * @param count matching articles with this value
 */
public record FacetValue(String value, String label, long count) {}
