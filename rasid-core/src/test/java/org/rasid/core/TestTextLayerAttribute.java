package org.rasid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.token.RandomTexts;

/** A text layer made with a word attribute: the same tokens, and every word's value beside them. */
class TestTextLayerAttribute {

  private static final TextLayer PLAIN = TextLayer.create(WordLexicon.bundled());

  /** A pure function of the normalized form: its length, plus 100 for words ending in ه (ة normalized). */
  private static final WordAttribute LENGTH = norm -> norm.length() + (norm.endsWith("ه") ? 100 : 0);

  private static int expected(Token t) {
    return t.type() == TokenType.ARABIC || t.type() == TokenType.LATIN ? LENGTH.of(t.norm()) : 0;
  }

  private static void checkValues(String text, TextResult r) {
    assertTrue(r.attributes().of(LENGTH));
    assertEquals(r.tokens().size(), r.attributes().size());
    for (int i = 0; i < r.tokens().size(); i++) {
      Token t = r.tokens().get(i);
      int e = r.attributes().entry(i);
      assertEquals(expected(t), r.attributes().get(i), () -> "value of " + t);
      assertEquals(expected(t), TokenAttributes.value(e), () -> "value in the entry of " + t);
      assertEquals(t.type(), TokenAttributes.type(e), () -> "type of " + t);
      boolean attached = i > 0 && r.tokens().get(i - 1).end() == t.start();
      assertEquals(attached, TokenAttributes.attached(e), () -> "attached: " + t);
      assertEquals(t.end() - t.start() == 1, TokenAttributes.oneChar(e), () -> "one character: " + t);
      int gapStart = i == 0 ? 0 : r.tokens().get(i - 1).end();
      assertEquals(text.substring(gapStart, t.start()).indexOf('\n') >= 0, TokenAttributes.lineBreakBefore(e),
          () -> "line break before " + t);
      assertTrue(TokenAttributes.isLayout(TokenAttributes.layout(e)));
      assertEquals(TokenAttributes.type(e), TokenAttributes.type(TokenAttributes.layout(e)), "the layout keeps the type");
    }
  }

  /** The entry of the first token written {@code written} in {@code text}, all entries checked first. */
  private static int entryOf(String text, String written) {
    TextResult r = PLAIN.withAttribute(LENGTH).process(text);
    checkValues(text, r);
    int i = r.tokens().stream().map(Token::text).toList().indexOf(written);
    assertTrue(i >= 0, () -> "no token " + written + " in " + r.tokens());
    return r.attributes().entry(i);
  }

  @Test
  void entriesTellTypeAndLayout() {
    String text = "(UN) قال: «غدا»، في 12/7 الأممالمتحدة...";
    assertTrue(TokenAttributes.attached(entryOf(text, "UN")), "UN follows ( with no gap");
    assertFalse(TokenAttributes.attached(entryOf(text, "(")), "the first token follows nothing");
    assertTrue(TokenAttributes.attached(entryOf(text, "المتحدة")), "a glued word's second piece");
    assertEquals(TokenType.ARABIC, TokenAttributes.type(entryOf(text, "المتحدة")));
  }

  @Test
  void entriesTellWhereLinesBreak() {
    String text = "\nدمشق 12 يوليو\n\nقال الوزير  \r\n «غدا»\n";
    assertTrue(TokenAttributes.lineBreakBefore(entryOf(text, "دمشق")), "a line break before the first token");
    assertFalse(TokenAttributes.lineBreakBefore(entryOf(text, "12")), "one space");
    assertTrue(TokenAttributes.lineBreakBefore(entryOf(text, "قال")), "two line breaks");
    assertFalse(TokenAttributes.lineBreakBefore(entryOf(text, "الوزير")));
    assertTrue(TokenAttributes.lineBreakBefore(entryOf(text, "«")), "spaces and CR LF");
  }

  @Test
  void valuesOutsideTheRangeAreRefused() {
    TextLayer negative = PLAIN.withAttribute(norm -> -1);
    assertThrows(IllegalStateException.class, () -> negative.process("في دمشق"));
    TextLayer huge = PLAIN.withAttribute(norm -> TokenAttributes.MAX_VALUE + 1);
    assertThrows(IllegalStateException.class, () -> huge.process("الحكومة"));
    TextLayer largest = PLAIN.withAttribute(norm -> TokenAttributes.MAX_VALUE);
    assertEquals(TokenAttributes.MAX_VALUE, largest.process("الحكومة UN في").attributes().get(1));
  }

  @Test
  void everyWordHasItsValueAndOtherTokensNone() {
    String text = "زار الوزير دمشق في 12 يوليو 2011، وقال إن الأممالمتحدة ستجتمع غدا (UN).";
    TextResult r = PLAIN.withAttribute(LENGTH).process(text);
    checkValues(text, r);
    int fi = r.tokens().stream().map(Token::text).toList().indexOf("في");
    assertEquals(2, r.attributes().get(fi), "a two-letter word (not memoized) gets its value too");
    int un = r.tokens().stream().map(Token::text).toList().indexOf("UN");
    assertEquals(2, r.attributes().get(un), "a Latin word");
    int twelve = r.tokens().stream().map(Token::text).toList().indexOf("12");
    assertEquals(0, r.attributes().get(twelve), "a number has none");
  }

  @Test
  void gluedWordPiecesHaveTheirOwnValues() {
    String text = "زيارة سفيري فرنساوالولاياتالمتحدة مدينة حماة";
    TextResult r = PLAIN.withAttribute(LENGTH).process(text);
    List<String> texts = r.tokens().stream().map(Token::text).toList();
    assertEquals(List.of("زيارة", "سفيري", "فرنسا", "والولايات", "المتحدة", "مدينة", "حماة"), texts);
    checkValues(text, r);
    assertEquals(107, r.attributes().get(4), "المتحدة → المتحده: 7 letters, ends in ه");
  }

  @Test
  void sameTokensAndSentencesAsWithoutTheAttribute() {
    String text = "وقال فيون إن الأممالمتحدة فشلت. وأضاف أن الأمر خطير في حماة.";
    TextResult plain = PLAIN.process(text);
    TextResult with = PLAIN.withAttribute(LENGTH).process(text);
    assertEquals(plain.tokens(), with.tokens());
    assertEquals(plain.sentences(), with.sentences());
    assertSame(TokenAttributes.NONE, plain.attributes(), "a plain layer gives no values");
    assertFalse(plain.attributes().of(LENGTH));
  }

  @Test
  void valueIsComputedOncePerMemoizedWord() {
    Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    WordAttribute counting = norm -> {
      calls.computeIfAbsent(norm, k -> new AtomicInteger()).incrementAndGet();
      return 1;
    };
    TextLayer layer = PLAIN.withAttribute(counting);
    for (int i = 0; i < 5; i++) {
      layer.process("قال الوزير في دمشق إن الحكومة ستجتمع");
    }
    assertEquals(1, calls.get("الحكومه").get(), "a frequent word: once, then from the memo");
    assertEquals(1, calls.get("في").get(), "a two-letter word: once, then from the short-word table");
  }

  @Test
  void attributesMustMatchTheTokens() {
    TokenAttributes two = TokenAttributes.adopt(LENGTH,
        new int[] {TokenAttributes.pack(1, TokenType.ARABIC, false, false, false), TokenAttributes.pack(2, TokenType.ARABIC, false, false, false)}, 2);
    assertThrows(IllegalArgumentException.class,
        () -> new TextResult(PLAIN.process("في دمشق اليوم").tokens(), List.of(), two));
    assertThrows(IllegalArgumentException.class, () -> TokenAttributes.adopt(LENGTH, new int[1], 2));
    assertThrows(IndexOutOfBoundsException.class, () -> two.get(2));
  }

  @Property(tries = 300)
  void valuesMatchTheAttributeOnRandomNewsLikeText(@ForAll @From("newsLike") String text) {
    TextLayer layer = PLAIN.withAttribute(LENGTH);
    TextResult r = layer.process(text);
    assertEquals(PLAIN.process(text).tokens(), r.tokens());
    checkValues(text, r);
    checkValues(text, layer.process(text)); // again, from the memo and the short-word table
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> newsLike() {
    return RandomTexts.newsLike();
  }
}
