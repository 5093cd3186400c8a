package org.rasid.store.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A story as shown to users.
 *
 * @param id stable story id
 * @param title generated Arabic title ({@link StoryTitler})
 * @param keyEntities canonical names of its most mentioned entities (empty without NER)
 * @param keyTerms its heaviest terms (normalized spelling)
 * @param from earliest member publication date, or null
 * @param to latest member publication date, or null
 * @param memberIds member article ids, copies included, in the order they joined
 * @param duplicateCounts representative article id → number of its copies in the story
 */
public record Story(
    String id,
    String title,
    List<String> keyEntities,
    List<String> keyTerms,
    LocalDate from,
    LocalDate to,
    List<String> memberIds,
    Map<String, Integer> duplicateCounts) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    keyEntities = List.copyOf(keyEntities);
    keyTerms = List.copyOf(keyTerms);
    memberIds = List.copyOf(memberIds);
    duplicateCounts = Map.copyOf(duplicateCounts);
  }

  public int size() {
    return memberIds.size();
  }

  /** Members that are not copies of another member. */
  public int distinctArticles() {
    return memberIds.size() - duplicateCounts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
