package org.rasid.store;

/**
 * An input that could not be ingested.
 *
 * @param path file (and, where known, line or record: {@code feed.jsonl:17})
 * @param reason what went wrong, one line
 */
public record IngestFailure(String path, String reason) {}
