package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void wordsAreNormalized() {
    assertEquals(List.of("الحكومه", "السوريه", "اعلنت", "2015"), ContentWords.shingleWords("الحكومة السوريّة أعلنت ٢٠١٥"));
  }

  @Test
  void punctuationAndLatinSymbolsSeparateWords() {
    assertEquals(List.of("الجبير", "المملكه", "qnb"), ContentWords.shingleWords("«الجبير»: المملكة، QNB!"));
  }

  @Test
  void theArticleAndParticlesGluedBeforeItAreStripped() {
    assertEquals("حكومه", ContentWords.stripArticle("الحكومه"));
    assertEquals("حكومه", ContentWords.stripArticle("والحكومه"));
    assertEquals("حكومه", ContentWords.stripArticle("بالحكومه"));
    assertEquals("امم", ContentWords.stripArticle("للامم"));
    assertEquals("ولايات", ContentWords.stripArticle("وبالولايات"));
  }

  @Test
  void strippingNeverLeavesFewerThanThreeLetters() {
    assertEquals("الله", ContentWords.stripArticle("الله"));
    assertEquals("الي", ContentWords.stripArticle("الي"));
  }

  @Test
  void stopWordsAndOneLetterWordsAreNoTerms() {
    assertNull(ContentWords.term("في"));
    assertNull(ContentWords.term("الذي"));
    assertNull(ContentWords.term("و"));
    assertNull(ContentWords.term("5"));
    assertEquals("وزير", ContentWords.term("وزير"));
  }

  @Test
  void emptyTextHasNoWords() {
    assertEquals(List.of(), ContentWords.shingleWords(""));
    List<String> out = new ArrayList<>();
    ContentWords.terms("", out);
    assertEquals(List.of(), out);
  }

  @Property
  void wordsAreNonEmptyAndStable(@ForAll String text) {
    List<String> words = ContentWords.shingleWords(text);
    words.forEach(w -> assertEquals(false, w.isEmpty()));
    assertEquals(words, ContentWords.shingleWords(String.join(" ", words)));
  }
}
