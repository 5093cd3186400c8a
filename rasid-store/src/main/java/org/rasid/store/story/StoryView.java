package org.rasid.store.story;

import java.util.List;
import java.util.Objects;

/**
 * Everything the story page shows.
 *
 * @param story the story
 * @param members its articles: each original (oldest first) followed by its copies
 * @param timeline dated items in chronological order
 * @param summary extractive summary in reading order
 * @param quotes quotations, most repeated first
 * @param missing member ids the article lookup could not find (left out of the parts above)
 */
public record StoryView(
    Story story, List<StoryMember> members, List<TimelineEntry> timeline, List<SummarySentence> summary, List<StoryQuote> quotes, List<String> missing) {

  public StoryView {
    Objects.requireNonNull(story, "story");
    members = List.copyOf(members);
    timeline = List.copyOf(timeline);
    summary = List.copyOf(summary);
    quotes = List.copyOf(quotes);
    missing = List.copyOf(missing);
  }
}
