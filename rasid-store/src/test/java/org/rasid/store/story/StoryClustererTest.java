package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasid.store.story.Fixtures.AUG_10;
import static org.rasid.store.story.Fixtures.features;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.EntityMention;
import org.rasid.core.model.EntityType;

class StoryClustererTest {

  private static ArticleFeatures berlin(String id) {
    return features(id, "الجبير: حريصون على تطوير العلاقة مع إيران شرط أن تغير سياستها", AUG_10, Fixtures.JUBEIR_BERLIN);
  }

  private static ArticleFeatures rewrite(String id, java.time.LocalDate date) {
    return features(id, "الجبير: تطوير العلاقات مع طهران مشروط بتغيير سلوكها العدواني", date, Fixtures.JUBEIR_BERLIN_REWRITE);
  }

  @Test
  void twoReportsOfTheSameEventJoin() {
    StoryClusterer c = new StoryClusterer();
    String s = c.assign(berlin("a"));
    assertEquals(s, c.assign(rewrite("b", AUG_10)));
    assertEquals(1, c.storyCount());
    assertEquals(List.of("a", "b"), c.story(s).orElseThrow().memberIds());
  }

  @Test
  void differentEventsDoNotJoin() {
    StoryClusterer c = new StoryClusterer();
    String berlin = c.assign(berlin("a"));
    assertNotEquals(berlin, c.assign(features("b", "وفاة 21 مصريا بسبب ارتفاع الحرارة", AUG_10, Fixtures.EGYPT_HEAT)));
    assertNotEquals(berlin, c.assign(features("c", "الجبير من موسكو: لا مكان للأسد في مستقبل سوريا", AUG_10, Fixtures.JUBEIR_MOSCOW)));
    assertEquals(3, c.storyCount());
  }

  @Test
  void timeDecaySeparatesTheSameTextAMonthLater() {
    StoryClusterer c = new StoryClusterer();
    String s = c.assign(berlin("a"));
    assertEquals(s, c.assign(rewrite("b", AUG_10.plusDays(1))));
    assertNotEquals(s, c.assign(rewrite("c", AUG_10.plusDays(35))));
  }

  @Test
  void sharedEntitiesCountWhenBothSidesHaveThem() {
    EntityMention jubeir = new EntityMention(new CharSpan(0, 6), "الجبير", EntityType.PER, "عادل الجبير", "Q1", null, 0.9);
    EntityMention lavrov = new EntityMention(new CharSpan(0, 6), "لافروف", EntityType.PER, "سيرغي لافروف", "Q2", null, 0.9);
    ArticleFeatures a = ArticleFeatures.of(Fixtures.article("a", "الجبير في برلين", AUG_10, Fixtures.JUBEIR_BERLIN,
        List.of(jubeir), List.of(), List.of(), List.of()), AUG_10, "x", Fixtures.STATS);
    ArticleFeatures b = ArticleFeatures.of(Fixtures.article("b", "الجبير في موسكو", AUG_10, Fixtures.JUBEIR_MOSCOW,
        List.of(jubeir, lavrov), List.of(), List.of(), List.of()), AUG_10, "x", Fixtures.STATS);
    // weight 1: only entities count; Jaccard({Q1}, {Q1, Q2}) = 0.5
    StoryClusterer entitiesOnly = new StoryClusterer(new StoryClusterer.Config(0.45, 1.0, 3, 14, 10, 400, 300));
    String s = entitiesOnly.assign(a);
    assertEquals(s, entitiesOnly.assign(b));
    assertEquals(List.of("عادل الجبير", "سيرغي لافروف"), entitiesOnly.story(s).orElseThrow().keyEntities());
    StoryClusterer stricter = new StoryClusterer(new StoryClusterer.Config(0.55, 1.0, 3, 14, 10, 400, 300));
    assertNotEquals(stricter.assign(a), stricter.assign(b));
  }

  @Test
  void aCopyJoinsItsRepresentativesStoryWithoutMovingTheCentroid() {
    StoryClusterer c = new StoryClusterer();
    String s = c.assign(berlin("a"));
    assertEquals(s, c.assignCopy(features("copy", "", AUG_10, Fixtures.JUBEIR_BERLIN_WAS), "a"));
    assertEquals(Map.of("a", 1), c.story(s).orElseThrow().duplicateCounts());
  }

  @Test
  void anArticleAssignedTwiceKeepsItsStory() {
    StoryClusterer c = new StoryClusterer();
    String s = c.assign(berlin("a"));
    assertEquals(s, c.assign(berlin("a")));
    assertEquals(1, c.articleCount());
  }

  @Test
  void rebuildSortsByDateThenId() {
    StoryClusterer c = new StoryClusterer();
    c.rebuild(Stream.of(rewrite("late", AUG_10.plusDays(2)), berlin("early")));
    StoryCluster only = c.stories().get(0);
    assertEquals(List.of("early", "late"), only.memberIds());
    assertEquals(AUG_10, only.from());
    assertEquals(AUG_10.plusDays(2), only.to());
  }

  @Test
  void saveAndLoadKeepStoriesAndLaterAssignments(@TempDir Path dir) throws Exception {
    StoryClusterer c = new StoryClusterer();
    c.assign(berlin("a"));
    c.assign(features("b", "وفاة 21 مصريا", AUG_10, Fixtures.EGYPT_HEAT));
    Path f = dir.resolve("stories.bin.gz");
    c.save(f);
    StoryClusterer back = StoryClusterer.load(f);
    assertEquals(c.stories(), back.stories());
    assertEquals(c.config(), back.config());
    assertEquals(c.assign(rewrite("r", AUG_10)), back.assign(rewrite("r", AUG_10)));
    assertEquals(c.stories(), back.stories());
  }

  @Test
  void loadRejectsAForeignFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(new byte[] {1, 2, 3, 4});
    }
    assertThrows(java.io.IOException.class, () -> StoryClusterer.load(f));
  }

  @Test
  void configRejectsAThresholdOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> StoryClusterer.Config.DEFAULT.withThreshold(0));
    assertThrows(IllegalArgumentException.class, () -> StoryClusterer.Config.DEFAULT.withThreshold(1.5));
  }
}
