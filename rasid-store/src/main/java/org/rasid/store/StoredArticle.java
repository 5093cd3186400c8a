package org.rasid.store;

import java.time.LocalDate;
import org.rasid.core.model.Analysis;

/**
 * An article as stored in the index, with its full analysis.
 *
 * @param duplicateOf id of the first article this one near-duplicates, or null
 */
public record StoredArticle(
    String id, String title, String source, String url, LocalDate published, Analysis analysis, String duplicateOf) {}
