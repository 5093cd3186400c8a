package org.rasid.store.story;

import java.util.Objects;

/**
 * Where an ingested article went.
 *
 * @param articleId the article
 * @param storyId the story it joined or started
 * @param duplicateOf the representative it copies, or null when it is no copy
 */
public record StoryAssignment(String articleId, String storyId, String duplicateOf) {

  public StoryAssignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
  }

  public boolean isCopy() {
    return duplicateOf != null;
  }
}
