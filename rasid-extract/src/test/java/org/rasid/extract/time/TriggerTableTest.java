package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link TriggerTable}. */
class TriggerTableTest {

  private final TriggerTable table = new TriggerTable(Map.of("امس", 4, "وامس", 4, "الاثنين", 3, "في", 192));

  @Test
  void testKnownWordGivesItsMask() {
    assertEquals(4, table.mask("امس"));
    assertEquals(192, table.mask("في"));
    assertEquals(3, table.mask("الاثنين"));
  }

  @Test
  void testOtherWordGivesZero() {
    assertEquals(0, table.mask("الوزير"));
    assertEquals(0, table.mask("اليوم"));
    assertEquals(0, table.mask("فيه"), "a longer word with a trigger's start is not the trigger");
  }

  @Test
  void testWordOutsideTheKeysFirstCharacterRangeGivesZero() {
    assertEquals(0, table.mask("Monday"));
    assertEquals(0, table.mask("2011"));
  }

  @Test
  void testEmptyWordGivesZero() {
    assertEquals(0, table.mask(""));
  }

  @Test
  void testEmptyKeyIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new TriggerTable(Map.of("", 1)));
  }

  @Test
  void testBundledGrammarTableKnowsTimeWordsWithProclitics() {
    TimeGrammar g = new TimeGrammar(TimeLexicon.bundled());
    for (String w : new String[] {"امس", "وامس", "الاثنين", "يوليو", "بشهر", "للعام", "ثلاثه", "والعشرين"}) {
      assertEquals(true, g.triggerForms().contains(w), w);
    }
  }
  @Test
  void testLookupBitsAnswerForEveryWrittenFormOfEachLookupSet() {
    // every word whose forms reach a look-up set must be in the grammar's table with that set's bit:
    // a rule asking Ctx.strip of a word outside the table gets null without a look-up
    TimeGrammar g = new TimeGrammar(TimeLexicon.bundled());
    TriggerTable words = g.emptyTokens().table();
    for (Lookup l : Lookup.values()) {
      java.util.Set<String> set = words.lookupSet(l);
      assertEquals(false, set.isEmpty(), l + " has words");
      for (String w : Clitics.writtenForms(set)) {
        int slot = words.slot(w);
        assertEquals(true, slot >= 0, w + " (" + l + ") is in the table");
        assertEquals(Clitics.forms(w).find(set), words.find(slot, l), w + " in " + l);
      }
    }
  }

  @Test
  void testLookupBitsSayNoForAWordInAnotherSet() {
    TimeGrammar g = new TimeGrammar(TimeLexicon.bundled());
    TriggerTable words = g.emptyTokens().table();
    int slot = words.slot("والعام");
    assertEquals(new Clitics.Form("العام", 1), words.find(slot, Lookup.YEAR_WORDS));
    assertEquals(new Clitics.Form("العام", 1), words.find(slot, Lookup.PERIODS));
    assertEquals(null, words.find(slot, Lookup.WEEKDAYS));
    assertEquals(null, words.find(slot, Lookup.SHAHR));
  }

  @Test
  void testTableWithoutLookupSetsFindsNothing() {
    int slot = table.slot("امس");
    for (Lookup l : Lookup.values()) {
      assertEquals(null, table.find(slot, l));
    }
  }

  @Test
  void testNumberWordKeepsThePartersReadingOfItAlone() {
    TriggerTable numbers = new TriggerTable(Map.of("ثلاثه", 0, "وثلاثه", 0, "الثالث", 0, "سنوات", 0));
    org.rasid.core.number.NumberMatch three = numbers.standaloneNumber(numbers.slot("ثلاثه"));
    assertEquals(3, three.value());
    assertEquals(new org.rasid.core.model.CharSpan(0, 5), three.span());
    org.rasid.core.number.NumberMatch andThree = numbers.standaloneNumber(numbers.slot("وثلاثه"));
    assertEquals(new org.rasid.core.model.CharSpan(1, 6), andThree.span(), "the proclitic is no part of the number");
    org.rasid.core.number.NumberMatch third = numbers.standaloneNumber(numbers.slot("الثالث"));
    assertEquals(3, third.value());
    assertEquals(true, third.ordinal());
    assertEquals(null, numbers.standaloneNumber(numbers.slot("سنوات")), "no number word");
  }
}
