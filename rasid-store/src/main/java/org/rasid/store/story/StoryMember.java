package org.rasid.store.story;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member article of a story.
 *
 * @param id article id
 * @param title headline, or null
 * @param source publisher, or null
 * @param published publication date, or null
 * @param duplicateOf the representative it copies, or null
 * @param copies how many copies of this article the story holds (0 for a copy)
 */
public record StoryMember(String id, String title, String source, LocalDate published, String duplicateOf, int copies) {

  public StoryMember {
    Objects.requireNonNull(id, "id");
  }
}
