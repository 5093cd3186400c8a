package org.rasid.core.sentence;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasid.core.model.Token;
import org.rasid.core.token.ArabicTokenizer;
import org.rasid.core.token.RandomTexts;

/** Invariants of {@link SentenceSplitter} on random Arabic-news-like strings and arbitrary Unicode. */
class TestSentenceSplitterProperties {

  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(RandomTexts.newsLike(), Arbitraries.strings().all().ofMaxLength(60));
  }

  @Property(tries = 500)
  void sentencesAreOrderedTrimmedAndHoldEveryToken(@ForAll("texts") String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    SentenceInvariants.check(text, tokens, splitter.split(text, tokens));
  }
}
