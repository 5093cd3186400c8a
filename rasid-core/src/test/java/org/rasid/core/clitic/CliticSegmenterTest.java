package org.rasid.core.clitic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.rasid.core.lexicon.WordLexicon;

class CliticSegmenterTest {

  static final CliticSegmenter SEGMENTER = new CliticSegmenter(WordLexicon.bundled());

  @Test
  void conjunctionPrepositionAndRestoredArticle() {
    assertEquals(List.of("و", "ل", "ال", "أمم"), SEGMENTER.segment("وللأمم"));
  }

  @Test
  void prepositionAndArticle() {
    assertEquals(List.of("ب", "ال", "ولايات"), SEGMENTER.segment("بالولايات"));
  }

  @Test
  void conjunctionOnVerb() {
    assertEquals(List.of("و", "قال"), SEGMENTER.segment("وقال"));
  }

  @Test
  void pronounSuffixWithTehForTehMarbuta() {
    assertEquals(List.of("حكومت", "ها"), SEGMENTER.segment("حكومتها"));
  }

  @Test
  void hamzaStemOfTwoLetters() {
    assertEquals(List.of("و", "أن"), SEGMENTER.segment("وأن"));
  }

  @Test
  void lexicalWordsKeepTheirLetters() {
    for (String w : List.of("ولايات", "والد", "وزير", "فرنسا", "كلينتون", "بان", "ليبيا", "سيرجي", "الذي", "التي", "الله")) {
      assertEquals(List.of(w), SEGMENTER.segment(w), w);
    }
  }

  @Test
  void tehMarbutaAndAlefMaksuraAreNotPronouns() {
    assertEquals(List.of("إحدى"), SEGMENTER.segment("إحدى"));
    assertEquals(List.of("إشارة"), SEGMENTER.segment("إشارة"));
  }

  @Test
  void hamzaAlefIsNotTheArticle() {
    assertEquals(List.of("ل", "إلغاء"), SEGMENTER.segment("لإلغاء"));
    assertEquals(List.of("آليات"), SEGMENTER.segment("آليات"));
  }

  @Test
  void stemDoesNotEndInHamzaAlefBeforePronoun() {
    assertEquals(List.of("ال", "أهم"), SEGMENTER.segment("الأهم"));
  }

  @Test
  void futureSeenBeforeAlefNeedsHamza() {
    assertEquals(List.of("ساخر"), SEGMENTER.segment("ساخر"));
  }

  @Test
  void tieGoesToTheMoreExpectedAnalysis() {
    assertEquals(List.of("ال", "فهم"), SEGMENTER.segment("الفهم"));
  }

  @Test
  void diacriticsStayInTheirPart() {
    assertEquals(List.of("وَ", "قالَ"), SEGMENTER.segment("وَقالَ"));
  }

  @Test
  void emptyAndShortWords() {
    assertEquals(List.of(""), SEGMENTER.segment(""));
    assertEquals(List.of("في"), SEGMENTER.segment("في"));
  }

  @Test
  void sampleSentence() {
    // from samples/000: «وقال فاليرو للصحفيين» and «لمجلس الامن التابع للامم المتحدة»
    assertEquals(List.of("ل", "ال", "صحفيين"), SEGMENTER.segment("للصحفيين"));
    assertEquals(List.of("ل", "مجلس"), SEGMENTER.segment("لمجلس"));
    assertEquals(List.of("فاليرو"), SEGMENTER.segment("فاليرو"));
  }

  @Property(tries = 300)
  void partsAreNonEmpty(@ForAll @StringLength(min = 1, max = 16) @CharRange(from = '\u0621', to = '\u064A') String s) {
    List<String> parts = SEGMENTER.segment(s);
    assertFalse(parts.isEmpty());
    for (String p : parts) {
      assertFalse(p.isEmpty(), () -> s + " -> " + parts);
    }
  }

  @Test
  void articleExcludesAPossessivePronoun() {
    assertEquals(List.of("ال", "دولي"), SEGMENTER.segment("الدولي"));
  }

  @Test
  void finalYehIsANisbaNotMy() {
    assertEquals(List.of("سفيري"), SEGMENTER.segment("سفيري"));
    assertEquals(List.of("مدني"), SEGMENTER.segment("مدني"));
  }
}
