package org.rasid.extract.time;

import java.util.Map;

/**
 * What the rules read in the lexicon's maps by a token's whole word (its unit, its relative role,
 * whether it is a weekday, the part of the day it names), kept by the word's number in the word
 * table ({@link TriggerTable#slot}): a token already carries that number, so a rule reads the value
 * with no hash look-up and no comparison of strings. Every key of these maps is a word of the table
 * (checked when the values are made), so a word outside the table has none of them. Immutable.
 */
final class WordValues {

  private final TimeLexicon.Unit[] units;
  private final String[] relative;
  private final boolean[] weekdays;
  private final TimeLexicon.DayPart[] dayPartAdverbs;

  WordValues(TriggerTable table, TimeLexicon lex) {
    int n = table.slots();
    units = bySlot(table, lex.units, new TimeLexicon.Unit[n]);
    relative = bySlot(table, lex.relative, new String[n]);
    dayPartAdverbs = bySlot(table, lex.dayPartAdverbs, new TimeLexicon.DayPart[n]);
    weekdays = new boolean[n];
    for (String w : lex.weekdays.keySet()) {
      weekdays[slotOf(table, w, "weekdays")] = true;
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

  /** The unit (سنوات، أيام …) word number {@code slot} names, or null. */
  TimeLexicon.Unit unit(int slot) {
    return units[slot];
  }

  /** The relative role (past, future, this, period:Y …) of word number {@code slot}, or null. */
  String relative(int slot) {
    return relative[slot];
  }

  /** Whether word number {@code slot} is a weekday's name. */
  boolean isWeekday(int slot) {
    return weekdays[slot];
  }

  /** The part of the day adverb word number {@code slot} names (صباحا، مساء …), or null. */
  TimeLexicon.DayPart dayPartAdverb(int slot) {
    return dayPartAdverbs[slot];
  }
}
