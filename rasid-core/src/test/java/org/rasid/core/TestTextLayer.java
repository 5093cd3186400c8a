package org.rasid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.From;
import org.junit.jupiter.api.Test;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.sentence.SentenceInvariants;
import org.rasid.core.token.RandomTexts;
import org.rasid.core.token.TokenInvariants;

/** The composed text layer: stage order and the invariants of its output. */
class TestTextLayer {

  private static final TextLayer LAYER = TextLayer.create(WordLexicon.bundled());

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  @Test
  void gluedWordIsSplitBeforeClitics() {
    String text = "زيارة سفيري فرنساوالولاياتالمتحدة مدينة حماة";
    TextResult r = LAYER.process(text);
    assertEquals(List.of("زيارة", "سفيري", "فرنسا", "والولايات", "المتحدة", "مدينة", "حماة"), texts(r.tokens()));
    Token wal = r.tokens().get(3);
    assertEquals(List.of("و", "ال", "ولايات"), wal.parts(), "clitics are segmented per piece of the glued word");
    TokenInvariants.check(text, r.tokens());
  }

  @Test
  void cliticPartsRestoreTheArticleAfterLam() {
    Token t = LAYER.process("وللأمم").tokens().get(0);
    assertEquals(List.of("و", "ل", "ال", "أمم"), t.parts());
  }

  @Test
  void sentencesCoverTheSplitTokens() {
    String text = "وقال فيون إن الأممالمتحدة فشلت. وأضاف أن الأمر خطير.";
    TextResult r = LAYER.process(text);
    assertEquals(2, r.sentences().size());
    Sentence first = r.sentences().get(0);
    assertTrue(texts(r.tokens().subList(first.firstToken(), first.endToken())).contains("المتحدة"));
    SentenceInvariants.check(text, r.tokens(), r.sentences());
  }

  @Test
  void emptyText() {
    TextResult r = LAYER.process("");
    assertTrue(r.tokens().isEmpty() && r.sentences().isEmpty());
  }

  @Property(tries = 300)
  void invariantsHoldOnRandomNewsLikeText(@ForAll @From("newsLike") String text) {
    TextResult r = LAYER.process(text);
    TokenInvariants.check(text, r.tokens());
    SentenceInvariants.check(text, r.tokens(), r.sentences());
    for (Token t : r.tokens()) {
      assertTrue(t.parts().stream().noneMatch(String::isEmpty), () -> "empty part in " + t);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> newsLike() {
    return RandomTexts.newsLike();
  }

  @Test
  void memoAcrossCallsDoesNotChangeOutput() {
    String a = "وقال فيون إن الأممالمتحدة فشلت في حماية المدنيين";
    String b = "طالب المدنيون الأممالمتحدة بالتحرك";
    TextLayer fresh = TextLayer.create(WordLexicon.bundled());
    TextResult bFirst = fresh.process(b);
    assertEquals(LAYER.process(a), fresh.process(a), "same output whatever was processed before");
    assertEquals(bFirst, fresh.process(b));
    assertEquals(bFirst, LAYER.process(b));
  }
}
