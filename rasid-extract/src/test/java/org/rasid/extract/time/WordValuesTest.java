package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasid.core.token.ArabicTokenizer;

/** One test per rule of {@link WordValues}: the lexicon's values read by a token's number in the word table. */
class WordValuesTest {

  private static final TimeLexicon LEX = TimeLexicon.bundled();
  private static final TimeGrammar GRAMMAR = new TimeGrammar(LEX);

  /** A scan context over the grammar's tokens of {@code text}. */
  private static RuleSupport.Ctx ctx(String text) {
    TimeTokens.TokList toks = GRAMMAR.tokens(text, new ArabicTokenizer().tokenize(text));
    return new RuleSupport.Ctx(text, toks, LocalDate.of(2011, 7, 12), new ArrayList<>(), false,
        new WordValues(toks.table(), LEX));
  }

  @Test
  void testUnitWordGivesItsUnit() {
    RuleSupport.Ctx c = ctx("منذ خمس سنوات");
    assertEquals(LEX.units.get("سنوات"), c.unit(2));
    assertNull(c.unit(1), "a number word is no unit");
  }

  @Test
  void testRelativeWordGivesItsRole() {
    RuleSupport.Ctx c = ctx("الأسبوع الماضي");
    assertEquals(LEX.relative.get("الماضي"), c.relative(1));
    assertEquals(LEX.relative.get("الاسبوع"), c.relative(0), "a period word's role");
  }

  @Test
  void testWeekdayAndPartOfDay() {
    RuleSupport.Ctx c = ctx("الخميس صباحا");
    assertTrue(c.isWeekday(0));
    assertFalse(c.isWeekday(1));
    assertEquals(LEX.dayPartAdverbs.get("صباحا"), c.dayPartAdverb(1));
  }

  @Test
  void testWordSetsAreReadByTheWordsNumber() {
    RuleSupport.Ctx c = ctx("منذ نحو 1435 هـ و 2011 م");
    assertTrue(c.isIn(0, WordSet.YEAR_PREPOSITIONS));
    assertTrue(c.isIn(1, WordSet.ABOUT));
    assertFalse(c.isIn(1, WordSet.YEAR_PREPOSITIONS));
    assertTrue(c.isIn(3, WordSet.HIJRI_SUFFIX), "هـ normalized: ه");
    assertTrue(c.isIn(4, WordSet.YEAR_LINKS));
    assertTrue(c.isIn(6, WordSet.GREGORIAN_SUFFIX));
    assertFalse(c.isIn(2, WordSet.HIJRI_SUFFIX), "a number is in no set");
    for (WordSet s : WordSet.values()) {
      for (String w : s.members(LEX)) {
        assertTrue(GRAMMAR.tokens(w, new ArabicTokenizer().tokenize(w)).inTable(0), () -> s + ": " + w);
      }
    }
  }

  @Test
  void testWordOutsideTheTableAndOtherTokensHaveNone() {
    RuleSupport.Ctx c = ctx("الوزير 12 .");
    for (int i = 0; i < 3; i++) {
      assertNull(c.unit(i));
      assertNull(c.relative(i));
      assertFalse(c.isWeekday(i));
      assertNull(c.dayPartAdverb(i));
      for (WordSet s : WordSet.values()) {
        assertFalse(c.isIn(i, s));
      }
    }
    assertNull(c.relative(7), "past the last token");
  }

  @Test
  void testLexiconKeyOutsideTheTableIsRefused() {
    Map<String, Integer> masks = new HashMap<>();
    masks.put("سنوات", 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new WordValues(new TriggerTable(masks), LEX));
    assertTrue(e.getMessage().contains("no word of the word table"), e.getMessage());
  }
}
