package org.rasid.extract.time;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.rasid.core.number.ArabicNumberParser;

/**
 * What the time rules ask of the words around a trigger, answered once per word when the tokens are
 * made (the same {@link TriggerTable} look-up that gives the word's rule mask, in the bits above the
 * rule bits) instead of by cutting proclitics and hashing at every question:
 *
 * <ul>
 *   <li>{@link #LEXICAL}: a look-up form of the word ({@link Clitics#forms}) is in one of the sets the
 *       rules look words up in; a word without it is in none of them, so its forms are never made;
 *   <li>{@link #MONTH}: a look-up form is a month name's first word (Gregorian or Hijri), or the word
 *       is الشهر — what a day (الخامس، 12) needs after it;
 *   <li>{@link #UNIT}: the word is a duration unit (سنوات، أيام) — what a number needs after it;
 *   <li>{@link #NUMBER_WORD}: the word is a number word ({@link ArabicNumberParser#isNumberWord});
 *   <li>{@link #PHRASE_TAIL}: the word, as written, is a word after the first of a phrase of one of
 *       the lexicon's phrase tables (أمس الأول، في وقت سابق) — what a longer phrase needs next;
 *   <li>{@link #PHRASE_ONE}: a look-up form of the word is a one-word phrase of a phrase table (اليوم،
 *       حاليا).
 * </ul>
 *
 * <p>Each bit is exact (set if and only if its definition holds), checked by WordBitsTest.
 */
final class WordBits {

  static final int LEXICAL = 1 << 20;
  static final int MONTH = 1 << 21;
  static final int UNIT = 1 << 22;
  static final int NUMBER_WORD = 1 << 23;
  static final int PHRASE_TAIL = 1 << 24;
  static final int PHRASE_ONE = 1 << 25;

  /** The bits below this one are free for the grammar's rule mask. */
  static final int FIRST = LEXICAL;
  /** The highest word bit. */
  static final int LAST = PHRASE_ONE;

  private WordBits() {}

  /**
   * Word → bits for every word that has at least one.
   *
   * @param lexical every word the rules look up by its forms (the union of those sets)
   */
  static Map<String, Integer> of(TimeLexicon lex, Set<String> lexical) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : Clitics.writtenForms(lexical)) {
      out.merge(w, LEXICAL, (a, b) -> a | b);
    }
    Set<String> heads = new java.util.HashSet<>(lex.gregorianMonths.heads());
    heads.addAll(lex.hijriMonths.heads());
    for (String w : Clitics.writtenForms(heads)) {
      out.merge(w, MONTH, (a, b) -> a | b);
    }
    out.merge("الشهر", MONTH, (a, b) -> a | b);
    for (String w : lex.units.keySet()) {
      out.merge(w, UNIT, (a, b) -> a | b);
    }
    for (String w : ArabicNumberParser.numberWordForms()) {
      out.merge(w, NUMBER_WORD, (a, b) -> a | b);
    }
    Set<String> oneWord = new java.util.HashSet<>();
    for (PhraseTable<?> t : lex.phraseTables()) {
      for (String w : t.tails()) {
        out.merge(w, PHRASE_TAIL, (a, b) -> a | b);
      }
      oneWord.addAll(t.oneWordHeads());
    }
    for (String w : Clitics.writtenForms(oneWord)) {
      out.merge(w, PHRASE_ONE, (a, b) -> a | b);
    }
    return out;
  }
}
