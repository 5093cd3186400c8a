package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.store.story.Fixtures.AUG_10;
import static org.rasid.store.story.Fixtures.article;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTitlerTest {

  private final StoryTitler titler = new StoryTitler();

  @Test
  void agencyDeskLabelIsCut() {
    assertEquals("معالي وزير الخارجية يلتقي نظيره الألماني في برلين", StoryTitler.clean("سياسي / معالي وزير الخارجية يلتقي نظيره الألماني في برلين"));
    assertEquals("40 دقيقة تنقل ضيوف عكاظ", StoryTitler.clean("ثقافي / 40 دقيقة تنقل ضيوف عكاظ / إضافة أولى واخيرة"));
    assertEquals("الجبير: لا مكان للأسد", StoryTitler.clean("  الجبير:   لا مكان للأسد "));
  }

  @Test
  void theMostCentralHeadlineWins() {
    String title = titler.title(List.of(
        article("a", "عاجل", AUG_10, "خبر قصير عن الطقس في جدة اليوم."),
        article("b", "الجبير: المملكة حريصة على تطوير علاقاتها مع إيران", AUG_10, Fixtures.JUBEIR_BERLIN),
        article("c", "الجبير: تطوير العلاقات مع طهران مشروط بتغيير سلوكها", AUG_10, Fixtures.JUBEIR_BERLIN_REWRITE)),
        List.of(), List.of());
    assertTrue(title.startsWith("الجبير:"), title);
  }

  @Test
  void longTitlesAreCutWithAnEllipsis() {
    String t = StoryTitler.trim("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا عشر ثلاثة عشر أربعة عشر خمسة عشر");
    assertTrue(t.endsWith(StoryTitler.ELLIPSIS));
    assertEquals(StoryTitler.MAX_WORDS, t.split(" ").length);
  }

  @Test
  void withoutHeadlinesTheMostCentralSentenceIsUsed() {
    String t = titler.title(List.of(article("a", null, AUG_10, Fixtures.JUBEIR_BERLIN)), List.of(), List.of());
    assertTrue(t.startsWith("أكد وزير الخارجية"), t);
  }

  @Test
  void withoutTextKeyEntitiesThenKeyTermsAreUsed() {
    assertEquals("عادل الجبير، برلين", titler.title(List.of(), List.of("عادل الجبير", "برلين"), List.of("ايران")));
    assertEquals("ايران مفتشين", titler.title(List.of(), List.of(), List.of("ايران", "مفتشين")));
  }
}
