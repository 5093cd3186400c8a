package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.rasid.core.number.ArabicNumberParser;

/**
 * Each {@link WordBits} bit is set exactly when its definition holds: the rules trust a missing bit
 * to skip a word (no forms made, no number parsed), so a bit missing on a word that has the property
 * would lose a match.
 */
class WordBitsTest {

  private static final TimeLexicon LEX = TimeLexicon.bundled();
  private static final Set<String> LEXICAL = new HashSet<>(List.of("يوم", "العام", "بتوقيت", "الاثنين", "امس"));
  private static final TriggerTable TABLE = new TriggerTable(WordBits.of(LEX, LEXICAL));
  private static final Set<String> MONTH_HEADS = monthHeads();
  private static final Set<String> TAILS = new HashSet<>();
  private static final Set<String> ONE_WORD = new HashSet<>();

  static {
    for (PhraseTable<?> t : LEX.phraseTables()) {
      TAILS.addAll(t.tails());
      ONE_WORD.addAll(t.oneWordHeads());
    }
  }

  private static Set<String> monthHeads() {
    Set<String> s = new HashSet<>(LEX.gregorianMonths.heads());
    s.addAll(LEX.hijriMonths.heads());
    return s;
  }

  /** Every base word the bits are about, and ordinary words. */
  private static List<String> bases() {
    List<String> out = new ArrayList<>(new java.util.TreeSet<>(LEXICAL));
    out.addAll(new java.util.TreeSet<>(MONTH_HEADS));
    out.addAll(new java.util.TreeSet<>(LEX.units.keySet()));
    out.addAll(new java.util.TreeSet<>(TAILS));
    out.addAll(new java.util.TreeSet<>(ONE_WORD));
    out.addAll(List.of("الشهر", "ثلاثه", "الخامس", "والعشرين", "الوزير", "لبنان", "الليل", "لل", "ال", "و", "قال"));
    return out;
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> prefix = Arbitraries.of("", "", "و", "ف", "ب", "ل", "ك", "ول", "لل", "وب", "بو", "فل", "كل", "لب", "وو");
    Arbitrary<String> base = Arbitraries.of(bases());
    Arbitrary<Integer> cut = Arbitraries.of(0, 0, 0, 1); // sometimes the base without its first letter (للعام)
    return Combinators.combine(prefix, base, cut).as((p, b, k) -> p + b.substring(Math.min(k, b.length() - 1)));
  }

  @Property(tries = 5000)
  void bitsHoldExactlyWhenTheirDefinitionDoes(@ForAll("words") String w) {
    int bits = TABLE.mask(w);
    Clitics.Forms f = Clitics.forms(w);
    assertEquals(f.find(LEXICAL) != null, (bits & WordBits.LEXICAL) != 0, () -> "LEXICAL of " + w);
    assertEquals(w.equals("الشهر") || f.find(MONTH_HEADS) != null, (bits & WordBits.MONTH) != 0, () -> "MONTH of " + w);
    assertEquals(LEX.units.containsKey(w), (bits & WordBits.UNIT) != 0, () -> "UNIT of " + w);
    assertEquals(ArabicNumberParser.isNumberWord(w), (bits & WordBits.NUMBER_WORD) != 0, () -> "NUMBER_WORD of " + w);
    assertEquals(TAILS.contains(w), (bits & WordBits.PHRASE_TAIL) != 0, () -> "PHRASE_TAIL of " + w);
    assertEquals(f.find(ONE_WORD) != null, (bits & WordBits.PHRASE_ONE) != 0, () -> "PHRASE_ONE of " + w);
  }

  @Test
  void testPhraseTailsAreWordsTheTokensLookUp() {
    // the bit is only set on word tokens, so a phrase whose later word were a number or a mark would
    // never be found
    var tokenizer = new org.rasid.core.token.ArabicTokenizer();
    for (String w : TAILS) {
      var toks = tokenizer.tokenize(w);
      assertEquals(1, toks.size(), w);
      assertEquals(org.rasid.core.model.TokenType.ARABIC, toks.get(0).type(), w);
      assertEquals(w, toks.get(0).norm(), w);
    }
  }

  @Test
  void testPhraseExamples() {
    assertEquals(WordBits.PHRASE_TAIL, TABLE.mask("الاول") & WordBits.PHRASE_TAIL, "أمس الأول");
    assertEquals(WordBits.PHRASE_ONE, TABLE.mask("واليوم") & WordBits.PHRASE_ONE, "اليوم with a proclitic");
    assertEquals(0, TABLE.mask("في") & WordBits.PHRASE_ONE, "في starts only longer phrases");
  }

  @Test
  void testExamples() {
    assertEquals(WordBits.MONTH, TABLE.mask("وبيوليو") & WordBits.MONTH, "two proclitics before a month");
    assertEquals(WordBits.LEXICAL, TABLE.mask("وللعام") & WordBits.LEXICAL, "و + ل + العام written وللعام");
    assertEquals(0, TABLE.mask("الوزير"));
    assertEquals(WordBits.UNIT, TABLE.mask("سنوات") & WordBits.UNIT);
    assertEquals(0, TABLE.mask("وسنوات") & WordBits.UNIT, "a unit is looked up as written");
  }

  @Test
  void testWrittenFormsAreThoseCutBackToAKnownForm() {
    Set<String> forms = Clitics.writtenForms(Set.of("العام"));
    for (String w : List.of("العام", "والعام", "للعام", "وللعام", "فبالعام")) {
      assertEquals(true, forms.contains(w), w);
    }
    assertEquals(false, forms.contains("عام"));
    assertEquals(false, forms.contains("ولعام"), "ل + عام is not ل + العام");
    Map<String, Integer> bits = WordBits.of(LEX, Set.of("العام"));
    assertEquals(forms, bits.entrySet().stream().filter(e -> (e.getValue() & WordBits.LEXICAL) != 0)
        .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()));
  }
}
