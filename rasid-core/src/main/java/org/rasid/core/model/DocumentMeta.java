package org.rasid.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text. Every field may be absent (null).
 *
 * @param source publisher or feed name
 * @param title headline
 * @param url where the article was published
 * @param published publication date from the input's metadata (feeds the dct)
 */
public record DocumentMeta(String source, String title, String url, LocalDate published) {

  public static final DocumentMeta EMPTY = new DocumentMeta(null, null, null, null);

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  public DocumentMeta withPublished(LocalDate date) {
    return new DocumentMeta(source, title, url, date);
  }
}
