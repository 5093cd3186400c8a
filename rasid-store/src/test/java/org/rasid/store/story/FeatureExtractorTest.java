package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.rasid.store.story.Fixtures.AUG_10;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.rasid.core.TextLayer;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.DctSource;
import org.rasid.core.model.Token;
import org.rasid.core.normalize.ArabicNormalizer;

/** The memoized, string-free feature path gives what the rules in ContentWords and MinHash say. */
class FeatureExtractorTest {

  private static final TextLayer TEXT = TextLayer.create();

  /** An analysis with the text layer's tokens (clitic parts, glued words split), as in ingestion. */
  private static Analysis tokenized(String id, String title, String text) {
    return new Analysis(id, "test", title, AUG_10, DctSource.GIVEN, text,
        List.of(), TEXT.process(text).tokens(), List.of(), List.of(), List.of(), List.of());
  }

  /** The features computed the plain way: word strings, term strings, no memo. */
  private static ArticleFeatures reference(Analysis a) {
    List<String> bag = new ArrayList<>();
    if (a.title() != null && !a.title().isBlank()) {
      List<String> title = new ArrayList<>();
      ContentWords.terms(a.title(), title);
      bag.addAll(title);
      bag.addAll(title);
    }
    List<String> words = ContentWords.shingleWords(a.text());
    bag.addAll(ContentWords.bodyTerms(a, words));
    long content = 0xcbf29ce484222325L;
    for (String w : words) {
      content = (content ^ MinHash.fnv(w)) * 0x100000001b3L;
    }
    return new ArticleFeatures(a.id(), AUG_10, "test", a.title(), TermVector.of(bag, Fixtures.STATS), java.util.Map.of(),
        MinHash.of(words, MinHash.Scheme.DEFAULT), MinHash.mix(content));
  }

  @Test
  void sameFeaturesAsThePlainComputation() {
    FeatureExtractor x = new FeatureExtractor(Fixtures.STATS);
    List<Analysis> articles = List.of(
        tokenized("berlin", "الجبير: المملكة حريصة على تطوير علاقاتها مع إيران", Fixtures.JUBEIR_BERLIN_SITE),
        tokenized("moscow", "الجبير في موسكو: لا مكان للأسد في مستقبل سوريا", Fixtures.JUBEIR_MOSCOW),
        Fixtures.article("heat", "وفاة 21 مصريا بسبب موجة الحر", AUG_10, Fixtures.EGYPT_HEAT),
        tokenized("untitled", null, Fixtures.JUBEIR_BERLIN_REWRITE));
    for (int round = 0; round < 2; round++) { // the second round is served by the memo
      for (Analysis a : articles) {
        ArticleFeatures expected = reference(a);
        assertEquals(expected, x.features(a, AUG_10, "test", null), a.id());
        assertEquals(expected, x.features(a, AUG_10, "test", ArabicNormalizer.get().normalize(a.text())), a.id());
        assertEquals(expected.minHash(), x.features(a, AUG_10, "test", null).minHash());
        assertEquals(expected.contentHash(), x.features(a, AUG_10, "test", null).contentHash());
      }
    }
  }

  @Test
  void aWordFormsTermIsTheTermOfItsNormalizedSpelling() {
    FeatureExtractor x = new FeatureExtractor(Fixtures.STATS);
    for (String form : List.of("والحكومة", "الحكومه", "بالمملكة", "إيران", "QNB", "في", "الذي", "٢٠١٥")) {
      String expected = ContentWords.term(ArabicNormalizer.get().normalize(form));
      for (int round = 0; round < 2; round++) {
        StoryTerm t = x.term(form);
        if (expected == null) {
          assertNull(t, form);
        } else {
          assertEquals(expected, t.text(), form);
          assertEquals(LongIntMap.fingerprint(expected), t.fingerprint());
          assertEquals(Fixtures.STATS.idf(expected), t.idf(), 0.0);
        }
      }
    }
  }

  @Test
  void stemWithoutAStreamIsTheTokensStem() {
    for (Token tok : TEXT.process("وللأمم المتحدة وبالمملكة فأعلنوها الخارجية").tokens()) {
      assertEquals(tok.stem(), ContentWords.stem(tok), tok.text());
    }
  }

  @Property(tries = 300)
  void wordHashesAreTheHashesOfTheWords(@ForAll String text) {
    String norm = ArabicNormalizer.get().normalize(text);
    List<String> words = ContentWords.wordsOfNormalized(norm);
    ContentWords.WordHashes hashes = ContentWords.wordHashes(norm);
    assertEquals(words.size(), hashes.count());
    for (int i = 0; i < words.size(); i++) {
      assertEquals(MinHash.fnv(words.get(i)), hashes.hash(i));
    }
    for (MinHash.Scheme scheme : MinHash.Scheme.values()) {
      assertEquals(MinHash.of(words, scheme), MinHash.ofWordHashes(hashes, scheme));
    }
  }

  @Test
  void wordHashesOfArabicText() {
    String norm = ArabicNormalizer.get().normalize(Fixtures.JUBEIR_BERLIN_WAS);
    List<String> words = ContentWords.wordsOfNormalized(norm);
    ContentWords.WordHashes hashes = ContentWords.wordHashes(norm);
    assertEquals(words.size(), hashes.count());
    assertEquals(MinHash.fnv(words.get(words.size() - 1)), hashes.hash(words.size() - 1));
    for (MinHash.Scheme scheme : MinHash.Scheme.values()) {
      assertEquals(MinHash.of(words, scheme), MinHash.ofWordHashes(hashes, scheme));
    }
  }
}
