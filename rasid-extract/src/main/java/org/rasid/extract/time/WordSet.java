package org.rasid.extract.time;

import java.util.Set;
import java.util.function.Function;

/**
 * Small sets of whole words the rules ask about the words around a match (a calendar suffix after
 * a year, a preposition before one, an approximator before an amount …). Their words are put in the
 * word table, and {@link WordValues} keeps, by a word's number in it, the sets it is in, so that a
 * rule asks with a bit test ({@link RuleSupport.Ctx#isIn}) instead of hashing and comparing the
 * word's string. A word outside the table is in none of them.
 */
enum WordSet {
  HIJRI_SUFFIX(lex -> RuleSupport.HIJRI_SUFFIX),
  GREGORIAN_SUFFIX(lex -> RuleSupport.GREGORIAN_SUFFIX),
  YEAR_PREPOSITIONS(lex -> RuleSupport.YEAR_PREPOSITIONS),
  YEAR_LINKS(lex -> CalendarRules.YEAR_LINKS),
  ORDINAL_NOUNS(lex -> CalendarRules.ORDINAL_NOUNS),
  ABOUT(lex -> DurationRules.ABOUT),
  VAGUE_QUANTIFIERS(lex -> RuleSupport.VAGUE_QUANTIFIERS),
  HONORIFICS(lex -> lex.honorifics),
  /** هذا، هذه before a period (هذا الأسبوع، هذه السنة). */
  THIS(lex -> Set.of("هذا", "هذه", "وهذا")),
  /** نصف before a unit (نصف ساعة). */
  HALF(lex -> Set.of("نصف")),
  /** وقت after في (في وقت سابق/لاحق). */
  WAQT(lex -> Set.of("وقت")),
  WEEKDAYS(lex -> lex.weekdays.keySet());

  private final Function<TimeLexicon, Set<String>> members;

  WordSet(Function<TimeLexicon, Set<String>> members) {
    this.members = members;
  }

  /** The set's words (normalized). */
  Set<String> members(TimeLexicon lex) {
    return members.apply(lex);
  }

  /** This set's bit in a word's {@link WordValues} set bits. */
  int bit() {
    return 1 << ordinal();
  }
}
