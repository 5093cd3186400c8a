package org.rasid.store.ingest;

import java.time.LocalDate;

/**
 * What {@link HtmlMainText} found in a page.
 *
 * @param title headline, or null
 * @param text main text, paragraphs separated by blank lines ("" when nothing was found)
 * @param published publication date from the page's metadata, or null
 * @param source site name, or null
 * @param url canonical URL, or null
 */
public record HtmlArticle(String title, String text, LocalDate published, String source, String url) {}
