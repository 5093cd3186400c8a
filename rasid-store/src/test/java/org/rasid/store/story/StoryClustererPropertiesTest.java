package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StoryClustererPropertiesTest {

  private static final String[] WORDS = {
    "الجبير", "إيران", "برلين", "موسكو", "الأسد", "سوريا", "العبادي", "إصلاحات", "البرلمان", "الحوثي", "عدن",
    "أبين", "النفط", "الذهب", "الأسهم", "القمح", "الصوامع", "الحرارة", "مصر", "وفاة", "الهلال", "النصر", "لندن"
  };

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(30).map(ws -> String.join(" ", ws));
    return text.list().ofMinSize(1).ofMaxSize(25);
  }

  private static List<ArticleFeatures> features(List<String> texts) {
    List<ArticleFeatures> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(Fixtures.features("a" + i, "", LocalDate.of(2015, 8, 1).plusDays(i % 5), texts.get(i)));
    }
    return out;
  }

  @Property(tries = 50)
  void assignIsDeterministic(@ForAll("texts") List<String> texts) {
    List<ArticleFeatures> fs = features(texts);
    StoryClusterer a = new StoryClusterer();
    StoryClusterer b = new StoryClusterer();
    for (ArticleFeatures f : fs) {
      assertEquals(a.assign(f), b.assign(f));
    }
    assertEquals(a.stories(), b.stories());
  }

  @Property(tries = 50)
  void everyArticleBelongsToExactlyOneStory(@ForAll("texts") List<String> texts) {
    List<ArticleFeatures> fs = features(texts);
    StoryClusterer c = new StoryClusterer();
    fs.forEach(c::assign);
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (StoryCluster s : c.stories()) {
      for (String m : s.memberIds()) {
        assertEquals(true, seen.add(m), "article in two stories: " + m);
        assertEquals(s.id(), c.storyOf(m).orElseThrow());
      }
      total += s.size();
    }
    assertEquals(fs.size(), total);
  }
}
