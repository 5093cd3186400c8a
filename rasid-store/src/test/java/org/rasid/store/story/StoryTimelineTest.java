package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rasid.store.story.Fixtures.AUG_10;
import static org.rasid.store.story.Fixtures.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Event;
import org.rasid.core.model.EventTime;
import org.rasid.core.model.EventType;
import org.rasid.core.model.Quote;
import org.rasid.core.model.Speaker;
import org.rasid.core.model.TextSpan;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeExpression;
import org.rasid.core.model.TimeType;

class StoryTimelineTest {

  private static final String TEXT =
      "التقى وزير الخارجية نظيره الألماني في برلين يوم 10 أغسطس 2015. "
          + "وكان الوزير قد زار موسكو في 3 أغسطس 2015. "
          + "وقال الجبير في 11 أغسطس 2015 إن «المملكة حريصة على علاقات جيدة مع جيرانها».";

  private static TimeExpression time(String text, String value) {
    int at = TEXT.indexOf(text);
    return new TimeExpression(new CharSpan(at, at + text.length()), text, TimeType.DATE, value, TimeAnchor.ABSOLUTE);
  }

  private static Analysis dated(String id) {
    int meet = TEXT.indexOf("التقى");
    int q = TEXT.indexOf("المملكة حريصة");
    String quoted = "المملكة حريصة على علاقات جيدة مع جيرانها";
    int cue = TEXT.indexOf("وقال");
    Event visit = new Event(EventType.MEET, "040", TextSpan.of(TEXT, meet, meet + 5), null, null, null,
        new EventTime("2015-08-10", new CharSpan(TEXT.indexOf("10 أغسطس"), TEXT.indexOf("10 أغسطس") + 13)), null, null, null, null, 0);
    Quote quote = new Quote(new CharSpan(q, q + quoted.length()), quoted, true, new Speaker("الجبير", "عادل الجبير", null), TextSpan.of(TEXT, cue, cue + 4));
    return article(id, "الجبير في برلين", AUG_10, TEXT,
        List.of(), List.of(time("10 أغسطس 2015", "2015-08-10"), time("3 أغسطس 2015", "2015-08-03"), time("11 أغسطس 2015", "2015-08-11")),
        List.of(quote), List.of(visit));
  }

  @Test
  void itemsAreChronologicalAndLinkedToTheirSentence() {
    List<TimelineEntry> t = new StoryTimeline().build(List.of(dated("a")), Set.of());
    assertEquals(3, t.size());
    assertEquals(LocalDate.of(2015, 8, 3), t.get(0).date());
    assertEquals(TimelineEntry.Kind.TIME, t.get(0).kind());
    assertEquals(1, t.get(0).sentence());
    assertEquals(TimelineEntry.Kind.EVENT, t.get(1).kind());
    assertEquals(0, t.get(1).sentence());
    assertEquals(TimelineEntry.Kind.STATEMENT, t.get(2).kind());
    assertEquals("عادل الجبير", t.get(2).speaker());
    assertEquals(2, t.get(2).sentence());
    assertEquals("a", t.get(2).articleId());
  }

  @Test
  void theSameItemFromTwoCopiesIsListedOnceWithItsSourceCount() {
    List<TimelineEntry> t = new StoryTimeline().build(List.of(dated("a"), dated("b")), Set.of());
    assertEquals(3, t.size());
    t.forEach(e -> assertEquals("a", e.articleId()));
    t.forEach(e -> assertEquals(2, e.sources()));
  }

  @Test
  void withoutDatedItemsPublicationsOfOriginalsFormTheTimeline() {
    List<TimelineEntry> t = new StoryTimeline().build(List.of(
        article("late", "الجبير من موسكو", AUG_10.plusDays(1), Fixtures.JUBEIR_MOSCOW),
        article("early", "الجبير في برلين", AUG_10, Fixtures.JUBEIR_BERLIN),
        article("copy", "نسخة", AUG_10, Fixtures.JUBEIR_BERLIN_WAS)), Set.of("copy"));
    assertEquals(List.of("early", "late"), t.stream().map(TimelineEntry::articleId).toList());
    assertEquals(TimelineEntry.Kind.PUBLISHED, t.get(0).kind());
    assertEquals("الجبير في برلين", t.get(0).text());
  }

  @Test
  void unresolvedAndNonCalendarValuesAreLeftOut() {
    assertEquals(java.util.Optional.empty(), TimexDates.firstDay("PAST_REF"));
    assertEquals(java.util.Optional.empty(), TimexDates.firstDay("P48H"));
    assertEquals(java.util.Optional.empty(), TimexDates.firstDay(null));
    assertEquals(java.util.Optional.of(LocalDate.of(2015, 8, 1)), TimexDates.firstDay("2015-08"));
    assertEquals(java.util.Optional.of(LocalDate.of(2015, 8, 10)), TimexDates.firstDay("2015-W33"));
    assertEquals(java.util.Optional.of(LocalDate.of(2015, 8, 10)), TimexDates.firstDay("2015-08-10T14:00"));
  }

  @Test
  void quartersAndHalvesStartOnTheirFirstDay() {
    assertEquals(java.util.Optional.of(LocalDate.of(2015, 7, 1)), TimexDates.firstDay("2015-Q3"));
    assertEquals(java.util.Optional.of(LocalDate.of(2015, 1, 1)), TimexDates.firstDay("2015-Q1"));
    assertEquals(java.util.Optional.of(LocalDate.of(2015, 7, 1)), TimexDates.firstDay("2015-H2"));
    assertEquals(java.util.Optional.empty(), TimexDates.firstDay("2015-H3"));
    assertEquals(java.util.Optional.empty(), TimexDates.firstDay("2015-SU"));
  }

  @Test
  void noMembersNoTimeline() {
    assertEquals(List.of(), new StoryTimeline().build(List.of(), Set.of()));
  }
}
