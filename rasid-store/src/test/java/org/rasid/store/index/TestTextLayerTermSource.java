package org.rasid.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.rasid.core.TextLayer;

class TestTextLayerTermSource {

  private static final TextLayer LAYER = TextLayer.create();
  private final TextLayerTermSource source = new TextLayerTermSource(LAYER);

  private List<String> terms(String text) {
    return source.terms(text).stream().map(IndexTerm::term).toList();
  }

  @Test
  void assadInEverySpellingIsOneTerm() {
    assertEquals(terms("الأسد"), terms("الاسد"));
    assertEquals(terms("الأسد"), terms("للأسد"));
    assertEquals(terms("الأسد"), terms("والأسد"));
  }

  @Test
  void gluedWordsIndexLikeTheSpacedWords() {
    assertEquals(terms("الولايات المتحدة"), terms("الولاياتالمتحدة"));
    assertEquals(terms("فرنسا والولايات المتحدة"), terms("فرنساوالولاياتالمتحدة"));
  }

  @Test
  void shortStemsKeptWholeByTheSegmenterStillLoseTheArticle() {
    assertEquals(terms("حل"), terms("الحل"));
  }

  @Test
  void pluralAndFeminineEndingsShareATerm() {
    assertEquals(terms("السفارة"), terms("السفارات"));
    assertEquals(terms("الحكومة"), terms("الحكومه"));
  }

  @Test
  void punctuationAndQuotesAreNotIndexedNumbersAndLatinAre() {
    assertEquals(List.of("2011", "reuters"), terms("«، 2011 . Reuters »"));
    assertEquals(List.of("12"), terms("١٢"));
    assertEquals(List.of(), terms(""));
  }

  @Test
  void termsFromAnalysisTokensEqualTermsFromText() {
    String text = "طالبت فرنسا الثلاثاء بعقد اجتماع لمجلس الامن التابع للامم المتحدة ليدين الهجوم على سفارتي الولاياتالمتحدةوفرنسا.";
    assertEquals(source.terms(text), TextLayerTermSource.termsOf(LAYER.tokens(text)));
  }

  @Property(tries = 200)
  void offsetsInBoundsAndNonDecreasing(
      @ForAll @StringLength(max = 60) @CharRange(from = '\u0600', to = '\u06FF') @Chars({' ', 'a', '1', '.'}) String text) {
    int last = 0;
    for (IndexTerm t : source.terms(text)) {
      assertTrue(t.start() >= last && t.end() <= text.length() && t.start() < t.end(), t.toString());
      assertTrue(!t.term().isEmpty());
      last = t.start();
    }
  }
}
