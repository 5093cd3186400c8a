package org.rasid.store;

import java.time.LocalDate;

/**
 * One search hit.
 *
 * @param id article id
 * @param title headline, or null
 * @param source publisher, or null
 * @param published publication date, or null
 * @param score relevance score (0 for date-sorted searches without text)
 * @param snippetHtml best passages of the text, HTML-escaped, matches wrapped in {@code <mark>}
 */
public record SearchHit(String id, String title, String source, LocalDate published, float score, String snippetHtml) {}
