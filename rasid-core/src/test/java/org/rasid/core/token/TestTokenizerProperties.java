package org.rasid.core.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasid.core.model.Token;

/** Invariants of {@link ArabicTokenizer} on random Arabic-news-like strings and on arbitrary Unicode. */
class TestTokenizerProperties {

  private final ArabicTokenizer tokenizer = new ArabicTokenizer();

  @Provide
  static Arbitrary<String> texts() {
    return RandomTexts.newsLike();
  }

  @Provide
  static Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMaxLength(60);
  }

  @Property(tries = 400)
  void tokensAreExactSubstringsInOrder(@ForAll("texts") String text) {
    TokenInvariants.check(text, tokenizer.tokenize(text));
  }

  @Property(tries = 300)
  void tokensAreExactSubstringsInOrderForAnyUnicode(@ForAll("unicode") String text) {
    TokenInvariants.check(text, tokenizer.tokenize(text));
  }

  @Property(tries = 50)
  void sharedInstanceGivesTheSameTokensOnSeveralThreads(@ForAll("texts") String text) throws Exception {
    List<Token> expected = tokenizer.tokenize(text);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<Token>>> results = pool.invokeAll(
          List.of(() -> tokenizer.tokenize(text), () -> tokenizer.tokenize(text), () -> tokenizer.tokenize(text)));
      for (Future<List<Token>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
