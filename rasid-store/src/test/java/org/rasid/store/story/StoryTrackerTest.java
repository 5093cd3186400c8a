package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasid.store.story.Fixtures.AUG_10;
import static org.rasid.store.story.Fixtures.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryTrackerTest {

  private static StoryTracker filled() {
    StoryTracker t = StoryTracker.create(Fixtures.STATS);
    t.add(article("was", "سياسي / وزير الخارجية يؤكد حرص المملكة على تطوير علاقاتها مع إيران", AUG_10, Fixtures.JUBEIR_BERLIN_WAS), AUG_10, "was");
    t.add(article("site", "الجبير: المملكة حريصة على تطوير علاقاتها مع ايران", AUG_10, Fixtures.JUBEIR_BERLIN_SITE), AUG_10, "3alyoum");
    t.add(article("paper", "الجبير: تطوير العلاقات مع طهران مشروط", AUG_10, Fixtures.JUBEIR_BERLIN_REWRITE), AUG_10, "alriyadh");
    t.add(article("heat", "وفاة 21 مصريا بسبب موجة الحر", AUG_10, Fixtures.EGYPT_HEAT), AUG_10, "alyaum");
    return t;
  }

  @Test
  void aCopyIsReportedAndJoinsItsOriginalsStory() {
    StoryTracker t = StoryTracker.create(Fixtures.STATS);
    StoryAssignment first = t.add(article("was", "", AUG_10, Fixtures.JUBEIR_BERLIN_WAS), AUG_10, "was");
    StoryAssignment copy = t.add(article("site", "", AUG_10, Fixtures.JUBEIR_BERLIN_SITE), AUG_10, "3alyoum");
    assertNull(first.duplicateOf());
    assertEquals("was", copy.duplicateOf());
    assertEquals(first.storyId(), copy.storyId());
  }

  @Test
  void saveAndLoadRoundTrip(@TempDir Path dir) throws Exception {
    StoryTracker t = filled();
    t.save(dir);
    StoryTracker back = StoryTracker.load(dir, Fixtures.STATS);
    assertEquals(t.clusterer().stories(), back.clusterer().stories());
    assertEquals(t.articleCount(), back.articleCount());
    assertEquals(t.featuresOf("paper"), back.featuresOf("paper"));
    assertEquals(t.duplicates().representativeOf("site"), back.duplicates().representativeOf("site"));
    StoryAssignment again = back.add(article("was2", "", AUG_10, Fixtures.JUBEIR_BERLIN), AUG_10, "okaz");
    assertEquals("was", again.duplicateOf());
  }

  @Test
  void theDuplicateStateStoresNoSignatureTwice(@TempDir Path dir) throws Exception {
    StoryTracker t = filled();
    t.save(dir);
    long withMarkers = Files.size(dir.resolve(StoryTracker.DUPLICATES_FILE));
    // four signatures of 128 ints would not fit in less than 2 KB even compressed
    org.junit.jupiter.api.Assertions.assertTrue(withMarkers < 1024, "duplicates file of " + withMarkers + " bytes");
  }

  private static final java.util.Map<String, String> TEXTS = java.util.Map.of(
      "was", Fixtures.JUBEIR_BERLIN_WAS, "site", Fixtures.JUBEIR_BERLIN_SITE,
      "paper", Fixtures.JUBEIR_BERLIN_REWRITE, "heat", Fixtures.EGYPT_HEAT);

  /** {@code f} as the first formats held it: signed with {@link MinHash.Scheme#K_PERMUTATIONS}. */
  private static ArticleFeatures signedTheOldWay(ArticleFeatures f) {
    MinHash old = MinHash.of(ContentWords.shingleWords(TEXTS.get(f.id())), MinHash.Scheme.K_PERMUTATIONS);
    return new ArticleFeatures(f.id(), f.published(), f.source(), f.title(), f.terms(), f.entities(), old, f.contentHash());
  }

  @Test
  void aStateInTheFirstFormatsIsReadAndKeepsItsSignatureScheme(@TempDir Path dir) throws Exception {
    StoryTracker t = filled();
    t.save(dir);
    List<String> ids = List.of("was", "site", "paper", "heat");
    // the features as format RFT2 wrote them: terms as text, every value an int, K_PERMUTATIONS signatures
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve(StoryTracker.FEATURES_FILE))))) {
      out.writeInt(0x52465432);
      out.writeInt(ids.size());
      for (String id : ids) {
        ArticleFeatures f = signedTheOldWay(t.featuresOf(id).orElseThrow());
        out.writeUTF(f.id());
        out.writeLong(f.published().toEpochDay());
        out.writeUTF(f.source());
        out.writeUTF(f.title());
        out.writeShort(f.terms().size());
        for (int i = 0; i < f.terms().size(); i++) {
          out.writeUTF(f.terms().term(i));
          out.writeFloat(f.terms().weight(i));
        }
        out.writeInt(0);
        out.writeInt(f.minHash().shingles());
        for (int v : f.minHash().values()) {
          out.writeInt(v);
        }
        out.writeLong(f.contentHash());
      }
    }
    // the duplicate state as the first format wrote it: every signature inline
    NearDuplicateDetector.Config c = t.duplicates().config();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve(StoryTracker.DUPLICATES_FILE))))) {
      out.writeInt(0x52445031);
      out.writeInt(c.bands());
      out.writeInt(c.rows());
      out.writeDouble(c.minContainment());
      out.writeDouble(c.minJaccard());
      out.writeInt(c.minShingles());
      out.writeInt(ids.size());
      java.util.Map<Long, Integer> exact = new java.util.LinkedHashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        ArticleFeatures f = signedTheOldWay(t.featuresOf(ids.get(i)).orElseThrow());
        out.writeUTF(f.id());
        out.writeInt(ids.indexOf(t.duplicates().representativeOf(f.id()).orElseThrow()));
        out.writeInt(f.minHash().shingles());
        for (int v : f.minHash().values()) {
          out.writeInt(v);
        }
        exact.putIfAbsent(f.contentHash(), i);
      }
      out.writeInt(exact.size());
      for (var e : exact.entrySet()) {
        out.writeLong(e.getKey());
        out.writeInt(e.getValue());
      }
    }
    StoryTracker back = StoryTracker.load(dir, Fixtures.STATS);
    assertEquals(t.clusterer().stories(), back.clusterer().stories());
    assertEquals(Optional.of("was"), back.duplicates().representativeOf("site"));
    assertEquals(1, back.duplicates().copies("was"));
    assertEquals(MinHash.Scheme.K_PERMUTATIONS, back.featuresOf("was").orElseThrow().minHash().scheme());
    // a new, edited copy (no exact match) is found through the old signatures: the loaded tracker
    // signs new articles the old way too
    String edited = Fixtures.JUBEIR_BERLIN_SITE + " وكانت الوكالة قد نشرت الخبر صباح اليوم.";
    assertEquals("was", back.add(article("site2", "", AUG_10, edited), AUG_10, "okaz").duplicateOf());
    assertEquals(MinHash.Scheme.K_PERMUTATIONS, back.featuresOf("site2").orElseThrow().minHash().scheme());
    // saved again, it stays in the old scheme
    back.save(dir);
    StoryTracker again = StoryTracker.load(dir, Fixtures.STATS);
    assertEquals(back.clusterer().stories(), again.clusterer().stories());
    assertEquals(MinHash.Scheme.K_PERMUTATIONS, again.featuresOf("site2").orElseThrow().minHash().scheme());
  }

  @Test
  void aNewTrackerSignsWithOnePermutationHashing(@TempDir Path dir) throws Exception {
    StoryTracker t = filled();
    assertEquals(MinHash.Scheme.ONE_PERMUTATION, t.featuresOf("was").orElseThrow().minHash().scheme());
    t.save(dir);
    assertEquals(MinHash.Scheme.ONE_PERMUTATION,
        StoryTracker.load(dir, Fixtures.STATS).featuresOf("was").orElseThrow().minHash().scheme());
  }

  @Test
  void rebuildGivesTheSameStoriesForTheSameArticles() {
    StoryTracker t = filled();
    StoryTracker r = t.rebuilt(NearDuplicateDetector.Config.DEFAULT, StoryClusterer.Config.DEFAULT);
    assertEquals(
        t.clusterer().stories().stream().map(s -> new java.util.TreeSet<>(s.memberIds())).collect(java.util.stream.Collectors.toSet()),
        r.clusterer().stories().stream().map(s -> new java.util.TreeSet<>(s.memberIds())).collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void loadingAnEmptyDirectoryGivesAnEmptyTracker(@TempDir Path dir) throws Exception {
    assertEquals(0, StoryTracker.load(dir, Fixtures.STATS).articleCount());
  }

  @Test
  void loadingHalfAStateFails(@TempDir Path dir) throws Exception {
    filled().save(dir);
    Files.delete(dir.resolve(StoryTracker.DUPLICATES_FILE));
    assertThrows(java.io.IOException.class, () -> StoryTracker.load(dir, Fixtures.STATS));
  }
}
