package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Sentence;

class StorySentencesTest {

  @Test
  void cutsAfterArabicAndLatinSentenceMarksAndAtLineBreaks() {
    List<Sentence> s = StorySentences.split("الرياض واس\nارتفع المؤشر 1.56 في المئة. هل يستمر الارتفاع؟ نعم!");
    assertEquals(List.of("الرياض واس", "ارتفع المؤشر 1.56 في المئة.", "هل يستمر الارتفاع؟", "نعم!"), s.stream().map(Sentence::text).toList());
  }

  @Test
  void aFullStopGluedToTheNextArabicWordStillCuts() {
    assertEquals(List.of("في دورتها الثالثة.", "مؤكدين أن ترشحها إيجابي."),
        StorySentences.split("في دورتها الثالثة.مؤكدين أن ترشحها إيجابي.").stream().map(Sentence::text).toList());
  }

  @Test
  void noBreakSpacesAreTrimmed() {
    assertEquals(List.of("أكد الوزير."), StorySentences.split("\u00A0\u00A0أكد الوزير.\u00A0").stream().map(Sentence::text).toList());
  }

  @Test
  void emptyAndBlankTextsHaveNoSentences() {
    assertEquals(List.of(), StorySentences.split(""));
    assertEquals(List.of(), StorySentences.split(" \n\t "));
  }

  @Test
  void indexAtFindsTheSentenceHoldingAnOffset() {
    String text = "جملة أولى. جملة ثانية.";
    List<Sentence> s = StorySentences.split(text);
    assertEquals(0, StorySentences.indexAt(s, 0));
    assertEquals(1, StorySentences.indexAt(s, text.indexOf("ثانية")));
  }

  @Property
  void spansAreInBoundsOrderedAndEqualTheirText(@ForAll String text) {
    int last = 0;
    for (Sentence s : StorySentences.split(text)) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
      assertEquals(true, s.start() >= last && s.end() > s.start());
      last = s.end();
    }
  }
}
