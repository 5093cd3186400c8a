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
}
