package org.rasid.extract.time;

import java.util.List;
import java.util.Set;

/**
 * The word sets the rules look a token up in by its forms ({@link RuleSupport.Ctx#strip}): each has
 * a bit in the {@link TriggerTable}'s per-word answers, computed once per table word at start-up, so
 * that asking whether a token is, say, a weekday costs one read of that word's bits instead of a hash
 * look-up of each of its forms — and a word outside the table is in none of these sets (they are all
 * part of the table's {@link WordBits#LEXICAL} words).
 */
enum Lookup {
  YAWM_ONLY,
  YAWM,
  SHAHR,
  YEAR_WORDS,
  DECADES,
  CENTURY,
  WEEKDAYS,
  DAY_PART_HEADS,
  TONIGHT,
  SAA,
  ZONE,
  PERIODS,
  SEASONS,
  MODIFIERS,
  DURATION_PREFIXES,
  AGO,
  ARTICLE_UNITS,
  SETS,
  KUL,
  HOLIDAY_EVE,
  HOLIDAY_DAY_OF,
  YEAR_PART_HEADS;

  static {
    if (values().length > Integer.SIZE) {
      throw new AssertionError("more look-up sets than bits in an int");
    }
  }

  /** This set's bit in a word's look-up bits. */
  int bit() {
    return 1 << ordinal();
  }

  /** The words of this set in {@code lex} (normalized spelling), by {@link #ordinal()}. */
  static List<Set<String>> sets(TimeLexicon lex) {
    Lookup[] all = values();
    @SuppressWarnings("unchecked")
    Set<String>[] out = new Set[all.length];
    for (Lookup l : all) {
      out[l.ordinal()] = switch (l) {
        case YAWM_ONLY -> RuleSupport.YAWM_ONLY;
        case YAWM -> RuleSupport.YAWM;
        case SHAHR -> RuleSupport.SHAHR;
        case YEAR_WORDS -> RuleSupport.YEAR_WORDS;
        case DECADES -> lex.decades.keySet();
        case CENTURY -> RuleSupport.CENTURY;
        case WEEKDAYS -> lex.weekdays.keySet();
        case DAY_PART_HEADS -> lex.dayPartHeads.keySet();
        case TONIGHT -> lex.tonight;
        case SAA -> RuleSupport.SAA;
        case ZONE -> RuleSupport.ZONE;
        case PERIODS -> RuleSupport.PERIODS;
        case SEASONS -> lex.seasons.keySet();
        case MODIFIERS -> RuleSupport.MODIFIER_SET;
        case DURATION_PREFIXES -> RuleSupport.DURATION_PREFIXES;
        case AGO -> RuleSupport.AGO;
        case ARTICLE_UNITS -> RuleSupport.ARTICLE_UNITS;
        case SETS -> lex.sets.keySet();
        case KUL -> RuleSupport.KUL;
        case HOLIDAY_EVE -> HolidayRules.EVE;
        case HOLIDAY_DAY_OF -> HolidayRules.DAY_OF.keySet();
        case YEAR_PART_HEADS -> YearPartRules.HEADS;
      };
    }
    return List.of(out);
  }
}
