package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.store.story.Fixtures.AUG_10;
import static org.rasid.store.story.Fixtures.features;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {

  @Test
  void agencyCopyWithAnotherHeaderAndFooterIsADuplicate() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.add(features("was", "سياسي / وزير الخارجية يؤكد حرص المملكة على تطوير علاقاتها مع إيران", AUG_10, Fixtures.JUBEIR_BERLIN_WAS));
    ArticleFeatures site = features("site", "الجبير: المملكة حريصة على تطوير علاقاتها مع ايران", AUG_10, Fixtures.JUBEIR_BERLIN_SITE);
    assertEquals(Optional.of("was"), d.duplicateOf(site));
  }

  @Test
  void differentArticleOnTheSameTopicIsNotADuplicate() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.add(features("berlin", "الجبير في برلين", AUG_10, Fixtures.JUBEIR_BERLIN_WAS));
    assertEquals(Optional.empty(), d.duplicateOf(features("rewrite", "الجبير: تطوير العلاقات مع طهران مشروط", AUG_10, Fixtures.JUBEIR_BERLIN_REWRITE)));
    assertEquals(Optional.empty(), d.duplicateOf(features("moscow", "الجبير من موسكو", AUG_10, Fixtures.JUBEIR_MOSCOW)));
  }

  @Test
  void exactCopyUnderAnotherIdIsFoundByContentHash() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.add(features("a", "وفاة 21 مصريا", AUG_10, Fixtures.EGYPT_HEAT));
    assertEquals(Optional.of("a"), d.observe(features("b", "موجة حر في مصر", AUG_10, Fixtures.EGYPT_HEAT)));
    assertEquals(1, d.copies("a"));
  }

  @Test
  void copiesOfACopyJoinTheFirstArticlesGroup() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.observe(features("first", "", AUG_10, Fixtures.JUBEIR_BERLIN));
    d.observe(features("second", "", AUG_10, Fixtures.JUBEIR_BERLIN_WAS));
    assertEquals(Optional.of("first"), d.observe(features("third", "", AUG_10, Fixtures.JUBEIR_BERLIN_SITE)));
    assertEquals(2, d.copies("first"));
    assertEquals(Optional.of("first"), d.representativeOf("third"));
  }

  @Test
  void observingTheSameIdTwiceAnswersTheSame() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.observe(features("a", "", AUG_10, Fixtures.JUBEIR_BERLIN));
    ArticleFeatures b = features("b", "", AUG_10, Fixtures.JUBEIR_BERLIN_WAS);
    assertEquals(Optional.of("a"), d.observe(b));
    assertEquals(Optional.of("a"), d.observe(b));
    assertEquals(2, d.size());
    assertEquals(1, d.copies("a"));
  }

  @Test
  void emptyTextsAreNeverDuplicates() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.observe(features("a", "", AUG_10, ""));
    assertTrue(d.observe(features("b", "", AUG_10, "")).isEmpty());
  }

  @Test
  void shortTextsMatchOnlyExactly() {
    NearDuplicateDetector d = new NearDuplicateDetector();
    d.observe(features("a", "", AUG_10, "وصل الوزير إلى برلين اليوم"));
    assertTrue(d.observe(features("b", "", AUG_10, "وصل الوزير إلى موسكو اليوم")).isEmpty());
    assertEquals(Optional.of("a"), d.observe(features("c", "", AUG_10, "وصل الوزير إلى برلين اليوم")));
  }
}
