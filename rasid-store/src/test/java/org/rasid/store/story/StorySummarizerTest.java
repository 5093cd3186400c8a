package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.store.story.Fixtures.AUG_10;
import static org.rasid.store.story.Fixtures.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Analysis;

class StorySummarizerTest {

  private final StorySummarizer summarizer = new StorySummarizer();

  private static List<Analysis> copiesAndRewrite() {
    return List.of(
        article("was", "وزير الخارجية يؤكد حرص المملكة على تطوير علاقاتها مع إيران", AUG_10, Fixtures.JUBEIR_BERLIN_WAS),
        article("site", "الجبير: المملكة حريصة على تطوير علاقاتها مع ايران", AUG_10, Fixtures.JUBEIR_BERLIN_SITE),
        article("paper", "الجبير: تطوير العلاقات مع طهران مشروط", AUG_10, Fixtures.JUBEIR_BERLIN_REWRITE));
  }

  @Test
  void neverReturnsTwoNearIdenticalSentencesFromDifferentCopies() {
    List<SummarySentence> s = summarizer.summarize(copiesAndRewrite(), 10);
    assertFalse(s.isEmpty());
    for (int i = 0; i < s.size(); i++) {
      for (int j = i + 1; j < s.size(); j++) {
        double jac = StorySummarizer.jaccard(
            ContentWords.shingleWords(s.get(i).text()), ContentWords.shingleWords(s.get(j).text()));
        assertTrue(jac < 0.6, "near-identical pair: " + s.get(i).text() + " | " + s.get(j).text());
      }
    }
  }

  @Test
  void respectsTheLength() {
    assertEquals(1, summarizer.summarize(copiesAndRewrite(), 1).size());
    assertTrue(summarizer.summarize(copiesAndRewrite(), 2).size() <= 2);
    assertEquals(List.of(), summarizer.summarize(copiesAndRewrite(), 0));
    assertThrows(IllegalArgumentException.class, () -> summarizer.summarize(copiesAndRewrite(), -1));
  }

  @Test
  void sentencesPointIntoTheirArticle() {
    List<Analysis> members = copiesAndRewrite();
    for (SummarySentence s : summarizer.summarize(members, 5)) {
      Analysis a = members.stream().filter(m -> m.id().equals(s.articleId())).findFirst().orElseThrow();
      assertEquals(s.text(), a.text().substring(s.span().start(), s.span().end()));
      assertEquals(s.text(), StorySentences.of(a).get(s.sentence()).text());
    }
  }

  @Test
  void theLeadSentenceRepeatedByEveryCopyComesFirst() {
    SummarySentence top = summarizer.summarize(copiesAndRewrite(), 1).get(0);
    assertTrue(top.text().contains("حريصة على تطوير علاقاتها") || top.text().contains("مرهون بتغيير"), top.text());
  }

  @Test
  void datelinesHeadlinesAndTagListsAreNeverChosen() {
    String text = "مكة المكرمة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\n"
        + "سمات سيرجي لافروف عادل الجبير موسكو وزير الخارجية\n"
        + "قال وزير الخارجية عادل الجبير اليوم الثلاثاء إن موقف بلاده من الصراع في سوريا لم يتغير.";
    List<SummarySentence> s = summarizer.summarize(List.of(article("a", null, AUG_10, text)), 5);
    assertEquals(1, s.size());
    assertTrue(s.get(0).text().startsWith("قال وزير الخارجية"));
  }

  @Test
  void emptyMembersGiveAnEmptySummary() {
    assertEquals(List.of(), summarizer.summarize(List.of(), 3));
    assertEquals(List.of(), summarizer.summarize(List.of(article("e", null, AUG_10, "")), 3));
  }
}
