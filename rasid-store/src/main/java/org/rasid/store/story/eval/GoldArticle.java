package org.rasid.store.story.eval;

import java.util.Objects;

/**
 * One line of {@code eval/stories/snn-stories.jsonl}.
 *
 * @param id {@code day#index}
 * @param zip zip file name in the SaudiNewsNet directory
 * @param index position of the article in the zip's JSON array
 * @param url the article's url (checked against the corpus)
 * @param story gold story label
 * @param split {@code dev} or {@code test}
 * @param dupGroup gold near-duplicate group, or null
 */
public record GoldArticle(
    String id, String zip, int index, String url, String source, String title, String story, String split, String dupGroup) {

  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(zip, "zip");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(split, "split");
  }
}
