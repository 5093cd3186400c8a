package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.store.story.Fixtures.AUG_10;
import static org.rasid.store.story.Fixtures.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Analysis;

class StoryIndexTest {

  private final Map<String, Analysis> store = new HashMap<>();
  private final StoryTracker tracker = StoryTracker.create(Fixtures.STATS);

  private void ingest(Analysis a, String source) {
    store.put(a.id(), a);
    tracker.add(a, a.dct(), source);
  }

  private StoryIndex index() {
    ingest(article("was", "سياسي / وزير الخارجية يؤكد حرص المملكة على تطوير علاقاتها مع إيران", AUG_10, Fixtures.JUBEIR_BERLIN_WAS), "was");
    ingest(article("site", "الجبير: المملكة حريصة على تطوير علاقاتها مع ايران", AUG_10, Fixtures.JUBEIR_BERLIN_SITE), "3alyoum");
    ingest(article("paper", "الجبير: تطوير العلاقات مع طهران مشروط بتغيير سلوكها", AUG_10, Fixtures.JUBEIR_BERLIN_REWRITE), "alriyadh");
    ingest(article("heat", "وفاة 21 مصريا بسبب موجة الحر", AUG_10.plusDays(1), Fixtures.EGYPT_HEAT), "alyaum");
    return new StoryIndex(tracker, id -> Optional.ofNullable(store.get(id)));
  }

  @Test
  void listsBySizeAndByRecency() {
    StoryIndex idx = index();
    assertEquals(2, idx.size());
    List<Story> bySize = idx.list(StoryIndex.Order.SIZE, 0, 10, 1);
    assertEquals(3, bySize.get(0).size());
    assertEquals(2, bySize.get(0).distinctArticles());
    assertEquals(Map.of("was", 1), bySize.get(0).duplicateCounts());
    assertEquals(List.of("heat"), idx.list(StoryIndex.Order.RECENT, 0, 1, 1).get(0).memberIds());
    assertEquals(1, idx.list(StoryIndex.Order.SIZE, 0, 10, 2).size());
    assertEquals(1, idx.list(StoryIndex.Order.SIZE, 1, 10, 1).size());
  }

  @Test
  void viewHoldsMembersSummaryAndTimeline() {
    StoryIndex idx = index();
    String id = idx.storyOf("paper").orElseThrow();
    StoryView v = idx.view(id, 2).orElseThrow();
    assertEquals(List.of("was", "site", "paper"), v.members().stream().map(StoryMember::id).toList());
    assertEquals("was", v.members().get(1).duplicateOf());
    assertEquals(1, v.members().get(0).copies());
    assertTrue(v.summary().size() <= 2 && !v.summary().isEmpty());
    assertFalse(v.timeline().isEmpty());
    assertTrue(v.story().title().startsWith("الجبير") || v.story().title().startsWith("وزير الخارجية"), v.story().title());
    assertEquals(List.of(), v.missing());
  }

  @Test
  void membersTheLookupCannotFindAreReported() {
    StoryIndex idx = index();
    String id = idx.storyOf("heat").orElseThrow();
    store.remove("heat");
    StoryIndex blind = new StoryIndex(tracker, x -> Optional.ofNullable(store.get(x)));
    assertEquals(List.of("heat"), blind.view(id, 3).orElseThrow().missing());
  }

  @Test
  void unknownStoryIsEmpty() {
    assertEquals(Optional.empty(), index().view("nope", 3));
  }
}
