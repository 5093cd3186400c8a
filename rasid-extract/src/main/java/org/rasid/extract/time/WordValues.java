package org.rasid.extract.time;

import java.util.List;
import java.util.Map;

/**
 * What the rules read in the lexicon's maps by a token's whole word (its unit, its relative role,
 * the part of the day it names, the {@link WordSet}s it is in), kept by the word's number in the word
 * table ({@link TriggerTable#slot}): a token already carries that number, so a rule reads the value
 * with no hash look-up and no comparison of strings. Every key of these maps is a word of the table
 * (checked when the values are made), so a word outside the table has none of them. Immutable.
 */
final class WordValues {

  private final TimeLexicon.Unit[] units;
  private final String[] relative;
  /** By word number: the {@link WordSet#bit()}s of the sets the word is in. */
  private final int[] sets;
  private final TimeLexicon.DayPart[] dayPartAdverbs;
  /** The lexicon's phrase tables, and by table and word number: {@link PhraseTable#listsOf} the word's forms. */
  private final List<PhraseTable<?>> phraseTables;
  private final Object[][][] phraseLists;

  WordValues(TriggerTable table, TimeLexicon lex) {
    int n = table.slots();
    units = bySlot(table, lex.units, new TimeLexicon.Unit[n]);
    relative = bySlot(table, lex.relative, new String[n]);
    dayPartAdverbs = bySlot(table, lex.dayPartAdverbs, new TimeLexicon.DayPart[n]);
    phraseTables = lex.phraseTables();
    phraseLists = new Object[phraseTables.size()][n][];
    for (int t = 0; t < phraseTables.size(); t++) {
      for (int slot = 0; slot < n; slot++) {
        if ((table.maskAt(slot) & WordBits.LEXICAL) != 0) { // the words whose forms a rule looks up
          Object[] lists = phraseTables.get(t).listsOf(table.formsAt(slot));
          phraseLists[t][slot] = lists == null ? NO_LISTS : lists;
        }
      }
    }
    sets = new int[n];
    for (WordSet s : WordSet.values()) {
      for (String w : s.members(lex)) {
        sets[slotOf(table, w, s.name())] |= s.bit();
      }
    }
  }

  private static <V> V[] bySlot(TriggerTable table, Map<String, V> map, V[] out) {
    for (Map.Entry<String, V> e : map.entrySet()) {
      out[slotOf(table, e.getKey(), "map")] = e.getValue();
    }
    return out;
  }

  private static int slotOf(TriggerTable table, String w, String what) {
    int slot = table.slot(w);
    if (slot < 0) {
      throw new IllegalArgumentException("a key of the lexicon's " + what + " is no word of the word table: " + w);
    }
    return slot;
  }

  private static final Object[] NO_LISTS = new Object[0];

  /**
   * For word number {@code slot}, {@code table}'s phrase list of each of the word's forms (null
   * where a form starts no phrase; no element when none does), as {@link PhraseTable#listsOf} gives
   * them; null for a word without the {@link WordBits#LEXICAL} bit, whose forms no rule looks up.
   */
  Object[] phraseLists(PhraseTable<?> table, int slot) {
    for (int t = 0; t < phraseTables.size(); t++) {
      if (phraseTables.get(t) == table) {
        return phraseLists[t][slot];
      }
    }
    throw new IllegalArgumentException("not a phrase table of this lexicon");
  }

  /** The unit (سنوات، أيام …) word number {@code slot} names, or null. */
  TimeLexicon.Unit unit(int slot) {
    return units[slot];
  }

  /** The relative role (past, future, this, period:Y …) of word number {@code slot}, or null. */
  String relative(int slot) {
    return relative[slot];
  }

  /** Whether word number {@code slot} is a word of {@code set}. */
  boolean isIn(int slot, WordSet set) {
    return (sets[slot] & set.bit()) != 0;
  }

  /** The part of the day adverb word number {@code slot} names (صباحا، مساء …), or null. */
  TimeLexicon.DayPart dayPartAdverb(int slot) {
    return dayPartAdverbs[slot];
  }
}
