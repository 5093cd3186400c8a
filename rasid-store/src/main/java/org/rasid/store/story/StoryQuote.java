package org.rasid.store.story;

import java.util.Objects;

/**
 * A quotation found in a story, listed once however many copies carry it.
 *
 * @param text the quoted words
 * @param speaker canonical speaker name, or null
 * @param direct true inside quotation marks
 * @param articleId first member holding it
 * @param sentence sentence index there
 * @param sources members carrying it
 */
public record StoryQuote(String text, String speaker, boolean direct, String articleId, int sentence, int sources) {

  public StoryQuote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(articleId, "articleId");
  }
}
