package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasid.core.TextLayer;
import org.rasid.core.model.TimeExpression;

/**
 * The grammar tries at a word only the rules its {@link TriggerTable} mask names. That is a speed
 * rule, never a change of output: on random text built from every trigger word (time words with
 * their proclitics, number words), time-context words and fillers, the dispatching tagger finds
 * exactly what a tagger trying every rule at every trigger word finds.
 */
class TimeGrammarDispatchTest {

  private static final TimeLexicon LEX = TimeLexicon.bundled();
  private static final TimeGrammar DISPATCH = new TimeGrammar(LEX);
  private static final TimeTagger FAST = new TimeTagger(DISPATCH);
  private static final TimeTagger EXHAUSTIVE = new TimeTagger(new TimeGrammar(LEX, true));
  private static final List<String> TRIGGERS = new ArrayList<>(new java.util.TreeSet<>(DISPATCH.triggerForms()));

  private static final String[] CONTEXT = {
    "12", "2011", "1436", "5", "31", "7", "30", ":", "/", "-", "(", ")", "،", ".", "\n", "هـ", "م", "من", "الى", "الماضي",
    "المقبل", "القادم", "الجاري", "سيزور", "قال", "وقت", "سابق", "لاحق", "الوقت", "الحالي", "صباحا", "مساء", "بتوقيت",
    "غرينتش", "القرن", "العشرين", "والنصف", "ونصف", "السنه", "الشهر", "يوليو", "تموز", "الاول", "الحادي", "والعشرين",
    "ثلاثه", "الثلاثه", "ايام", "سنوات", "الـ6", "المستمره", "الوزير", "دمشق", "في", "عام", "يوم", "الاثنين", "رمضان",
    "المبارك", "الكريم", "الفطر", "الاضحي", "عرفه", "النبوي", "الهجريه", "الثالث", "الرابع", "الاخير", "هذا", "العام"
  };

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> trigger = Arbitraries.of(TRIGGERS);
    Arbitrary<String> context = Arbitraries.of(CONTEXT);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, trigger), net.jqwik.api.Tuple.of(3, context))
        .list().ofMinSize(1).ofMaxSize(30).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<LocalDate> dcts() {
    return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d)).injectNull(0.2);
  }

  @Property(tries = 3000)
  void dispatchFindsWhatEveryRuleFinds(@ForAll("texts") String text, @ForAll("dcts") LocalDate dct) {
    List<TimeExpression> fast = FAST.tag(text, dct);
    List<TimeExpression> all = EXHAUSTIVE.tag(text, dct);
    assertEquals(all, fast, () -> "«" + text + "» dct " + dct);
  }

  @Property(tries = 200)
  void sameOverTheTextLayersTokens(@ForAll("texts") String text, @ForAll("dcts") LocalDate dct) {
    var tokens = LAYER.process(text).tokens();
    assertEquals(EXHAUSTIVE.tag(text, tokens, dct), FAST.tag(text, tokens, dct), () -> "«" + text + "»");
  }

  /**
   * The same on the real articles bundled in the repository (the seeds and the held-out
   * SaudiNewsNet texts): word bits such as {@link WordBits#LEXICAL} let the rules skip a word
   * without making its forms, so a word missing from the bits' sets would lose a match here
   * (بتوقيت after a clock time, a month after a day).
   */
  @org.junit.jupiter.api.Test
  void sameOnTheBundledArticles() throws java.io.IOException {
    int found = 0;
    for (java.nio.file.Path f : bundledArticles()) {
      String text = java.nio.file.Files.readString(f);
      var tokens = LAYER.process(text).tokens();
      for (LocalDate dct : java.util.Arrays.asList(null, LocalDate.of(2011, 7, 12), LocalDate.of(2015, 8, 10))) {
        List<TimeExpression> all = EXHAUSTIVE.tag(text, tokens, dct);
        assertEquals(all, FAST.tag(text, tokens, dct), () -> f + " dct " + dct);
        found += all.size();
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(found > 100, "time expressions found: " + found);
  }

  /**
   * A text layer made with the tagger's word attribute hands it each word's entry in the word table
   * (computed once per word); the expressions are those of the tagger's own look-up, on every
   * bundled article, twice (the second time from the layer's memo). A result of a layer without the
   * attribute (or with another tagger's) is looked up as before.
   */
  @org.junit.jupiter.api.Test
  void sameWithTheLayersWordAttribute() throws java.io.IOException {
    TextLayer withAttribute = LAYER.withAttribute(FAST.wordAttribute());
    TextLayer otherTaggers = LAYER.withAttribute(TimeTagger.create().wordAttribute());
    int found = 0;
    for (java.nio.file.Path f : bundledArticles()) {
      String text = java.nio.file.Files.readString(f);
      var tokens = LAYER.process(text).tokens();
      for (LocalDate dct : java.util.Arrays.asList(null, LocalDate.of(2011, 7, 12))) {
        List<TimeExpression> want = FAST.tag(text, tokens, dct);
        for (int round = 0; round < 2; round++) {
          assertEquals(want, FAST.tag(text, withAttribute.process(text), dct), () -> f + " dct " + dct);
        }
        assertEquals(want, FAST.tag(text, LAYER.process(text), dct), () -> f + " (no attribute)");
        assertEquals(want, FAST.tag(text, otherTaggers.process(text), dct), () -> f + " (another tagger's)");
        found += want.size();
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(found > 100, "time expressions found: " + found);
  }

  /**
   * The grammar's tokens made from the layer's entries (line breaks placed by the entries' flag and
   * read from the gap it marks) are those made by reading the tokens: line breaks before the first token,
   * between tokens, in runs, after a glued word, inside a URL and after the last token.
   */
  @org.junit.jupiter.api.Test
  void sameTokensWithTheLayersEntries() {
    TimeGrammar grammar = new TimeGrammar(LEX);
    TextLayer withAttribute = LAYER.withAttribute(grammar.wordAttribute());
    for (String text : List.of(
        "\n\nدمشق 12 يوليو 2011\nقال الوزير أمس\r\n\r\nإن الأممالمتحدة\nستجتمع غدا.\n",
        "الأممالمتحدة\nأمس", "انظر http://a.b/c\nd اليوم", "25/7/2015 م...\n؟!", "", "\n", "أمس")) {
      var plain = grammar.tokens(text, LAYER.process(text).tokens());
      var fast = grammar.tokens(text, withAttribute.process(text));
      assertEquals(plain, fast, () -> "«" + text + "»");
      for (int i = 0; i < plain.size(); i++) {
        assertEquals(plain.bits(i), fast.bits(i), "bits of token " + i);
      }
      assertEquals(plain.candidateCount(), fast.candidateCount());
      for (int k = 0; k < plain.candidateCount(); k++) {
        assertEquals(plain.candidate(k), fast.candidate(k));
      }
    }
  }

  /** Trigger and context words, numbers and punctuation joined by spaces, line breaks or nothing. */
  @Provide
  Arbitrary<String> layouts() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(TRIGGERS), Arbitraries.of(CONTEXT),
        Arbitraries.of("12", "25/7/2015", "7:30", "...", "؟!", "(", "»", "UN", "http://x.y/z", "الأممالمتحدة"));
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "\n", "", "\r\n", " \n\n ", "  ");
    return net.jqwik.api.Combinators.combine(word.list().ofMinSize(1).ofMaxSize(25), gap.list().ofSize(26))
        .as((words, gaps) -> {
          StringBuilder b = new StringBuilder(gaps.get(25).trim().isEmpty() ? gaps.get(25) : "");
          for (int i = 0; i < words.size(); i++) {
            b.append(words.get(i)).append(gaps.get(i));
          }
          return b.toString();
        });
  }

  @Property(tries = 500)
  void sameTokensWithTheLayersEntriesOnRandomLayouts(@ForAll("layouts") String text) {
    TimeGrammar grammar = new TimeGrammar(LEX);
    var fast = grammar.tokens(text, LAYER.withAttribute(grammar.wordAttribute()).process(text));
    var plain = grammar.tokens(text, LAYER.process(text).tokens());
    assertEquals(plain, fast, () -> "«" + text + "»");
    assertEquals(plain.candidateCount(), fast.candidateCount());
    for (int i = 0; i < plain.size(); i++) {
      assertEquals(plain.bits(i), fast.bits(i));
    }
  }

  @Property(tries = 300)
  void sameWithTheLayersWordAttributeOnRandomText(@ForAll("texts") String text, @ForAll("dcts") LocalDate dct) {
    TextLayer withAttribute = LAYER.withAttribute(FAST.wordAttribute());
    assertEquals(FAST.tag(text, LAYER.process(text).tokens(), dct), FAST.tag(text, withAttribute.process(text), dct),
        () -> "«" + text + "»");
  }

  private static List<java.nio.file.Path> bundledArticles() throws java.io.IOException {
    List<java.nio.file.Path> files = new ArrayList<>();
    for (String dir : List.of("../samples", "../eval/texts")) {
      try (var s = java.nio.file.Files.list(java.nio.file.Path.of(dir))) {
        s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(files.size() >= 10, "bundled articles: " + files);
    return files;
  }

  private static final TextLayer LAYER = TextLayer.create();
}
