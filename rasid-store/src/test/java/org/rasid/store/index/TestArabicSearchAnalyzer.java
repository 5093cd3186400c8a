package org.rasid.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class TestArabicSearchAnalyzer {

  private final ArabicSearchAnalyzer analyzer = ArabicSearchAnalyzer.standard();

  private record Tok(String term, int start, int end, int posInc) {}

  private List<Tok> analyze(String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tok(term.toString(), off.startOffset(), off.endOffset(), pos.getPositionIncrement()));
      }
      ts.end();
    }
    return out;
  }

  private List<String> terms(String text) throws IOException {
    return analyze(text).stream().map(Tok::term).toList();
  }

  @Test
  void hamzaAlefVariantsMatch() throws IOException {
    assertEquals(terms("الاسد"), terms("الأسد"));
    assertEquals(terms("إسرائيل"), terms("اسرائيل"));
  }

  @Test
  void definiteArticleAndLamLamPrefixesRemoved() throws IOException {
    assertEquals(List.of("اسد"), terms("الأسد"));
    assertEquals(List.of("اسد"), terms("للأسد"));
    assertEquals(List.of("اسد"), terms("والأسد"));
    assertEquals(List.of("اسد"), terms("بالأسد"));
  }

  @Test
  void tehMarbutaAndHehMatch() throws IOException {
    assertEquals(terms("الحكومه"), terms("الحكومة"));
  }

  @Test
  void diacriticsAndTatweelIgnored() throws IOException {
    assertEquals(terms("الاسد"), terms("الأَسَـــد"));
  }

  @Test
  void pluralSuffixesStripped() throws IOException {
    assertEquals(terms("السفارة"), terms("السفارات"));
    assertEquals(List.of("سفار"), terms("السفارات"));
    assertEquals(terms("المتحدة"), terms("متحدة"));
  }

  @Test
  void gluedWordIndexedWholeAndAsTwoWordsAtConsecutivePositions() throws IOException {
    String glued = "الولاياتالمتحدة";
    List<Tok> toks = analyze(glued);
    assertEquals(3, toks.size(), toks.toString());
    assertEquals(new Tok("ولا", 0, 8, 0), toks.get(1));
    assertEquals(new Tok("متحد", 8, 15, 1), toks.get(2));
    assertEquals(1, toks.get(0).posInc());
    assertEquals(glued.substring(8, 15), "المتحدة");
    List<String> spaced = terms("الولايات المتحدة");
    assertEquals(List.of(toks.get(1).term(), toks.get(2).term()), spaced);
  }

  @Test
  void gluedChainsSplitAfterTehMarbutaAndBeforeWawAlefLam() throws IOException {
    assertEquals(List.of(8, 15), NormalizingTermSource.gluedCuts("الولاياتالمتحدةوفرنسا"));
    assertEquals(List.of(5, 14), NormalizingTermSource.gluedCuts("فرنساوالولاياتالمتحدة"));
    List<String> spaced = terms("فرنسا والولايات المتحدة");
    List<String> glued = terms("فرنساوالولاياتالمتحدة");
    assertEquals(spaced, glued.subList(1, glued.size()), "the parts, after the whole word");
  }

  @Test
  void shortWordsWithInnerAlefLamAreNotSplit() throws IOException {
    assertEquals(1, analyze("استقبال").size());
    assertEquals(1, analyze("الاحتفالات").size());
  }

  @Test
  void offsetsPointIntoTheOriginalText() throws IOException {
    String text = "قال الرئيسُ: «للأسد» 12 ٣٤ Reuters.";
    for (Tok t : analyze(text)) {
      assertTrue(t.start() >= 0 && t.end() <= text.length() && t.start() < t.end(), t.toString());
    }
    List<Tok> toks = analyze(text);
    assertEquals("للأسد", text.substring(toks.get(2).start(), toks.get(2).end()));
    assertEquals("34", toks.get(4).term(), "Arabic-Indic digits become ASCII");
    assertEquals("reuters", toks.get(5).term(), "Latin lower-cased");
  }

  @Test
  void emptyAndPunctuationOnlyTextHaveNoTerms() throws IOException {
    assertEquals(List.of(), terms(""));
    assertEquals(List.of(), terms(" ،.؟!«» "));
  }

  @Property(tries = 300)
  void offsetsInBoundsAndNonDecreasing(
      @ForAll @StringLength(max = 60) @CharRange(from = '\u0600', to = '\u06FF') @Chars({' ', 'a', '1', '.'}) String text)
      throws IOException {
    int last = 0;
    for (Tok t : analyze(text)) {
      assertTrue(t.start() >= last, "start offsets never decrease: " + t);
      assertTrue(t.end() <= text.length() && t.start() <= t.end(), t.toString());
      assertTrue(!t.term().isEmpty());
      last = t.start();
    }
  }

  @Property(tries = 200)
  void stemmingIsStableOnItsOutputLength(@ForAll @StringLength(min = 1, max = 12) @CharRange(from = '\u0621', to = '\u064A') String word) {
    String s = ArabicLightStemmer.stem(word);
    assertTrue(s.length() <= word.length());
    assertTrue(s.length() >= Math.min(2, word.length()));
  }
}
