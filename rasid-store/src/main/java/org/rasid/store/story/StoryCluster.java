package org.rasid.store.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of one story as the clusterer holds it (no text: titles and summaries come from
 * {@link StoryIndex}).
 *
 * @param id stable id (derived from the first member's id)
 * @param memberIds member article ids in the order they joined (copies included)
 * @param from earliest member publication date, or null when no member is dated
 * @param to latest member publication date, or null
 * @param keyEntities canonical names of the most mentioned entities, most frequent first (empty
 *     without NER)
 * @param keyTerms the heaviest centroid terms (normalized spelling), heaviest first
 * @param duplicateCounts representative article id → number of copies of it in the story
 */
public record StoryCluster(
    String id,
    List<String> memberIds,
    LocalDate from,
    LocalDate to,
    List<String> keyEntities,
    List<String> keyTerms,
    Map<String, Integer> duplicateCounts) {

  public StoryCluster {
    Objects.requireNonNull(id, "id");
    memberIds = List.copyOf(memberIds);
    keyEntities = List.copyOf(keyEntities);
    keyTerms = List.copyOf(keyTerms);
    duplicateCounts = Map.copyOf(duplicateCounts);
  }

  public int size() {
    return memberIds.size();
  }
}
