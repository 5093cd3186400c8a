package org.rasid.store;

/**
 * An entity found by name.
 *
 * @param entityId canonical id
 * @param canonical canonical Arabic name
 * @param type entity type name (PER, ORG, ...)
 * @param mentions mentions counted in the articles looked at
 * @param articles articles mentioning it
 */
public record EntityHit(String entityId, String canonical, String type, long mentions, long articles) {}
