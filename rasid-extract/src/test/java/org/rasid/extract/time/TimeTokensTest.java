package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.TextLayer;
import org.rasid.core.token.ArabicTokenizer;

/** One test per rule of {@link TimeTokens}: the time grammar's view of the text layer's tokens. */
class TimeTokensTest {

  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();
  private static final TriggerTable NO_WORDS = new TriggerTable(java.util.Map.of());

  private static List<String> texts(String text) {
    TimeTokens.TokList toks = TimeTokens.of(text, TOKENIZER.tokenize(text), NO_WORDS);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      out.add(toks.text(i) + ":" + toks.kind(i));
    }
    return out;
  }

  @Test
  void testWordsAreReadByTheirNormalizedForm() {
    assertEquals(List.of("امس:WORD", "الاثنين:WORD"), texts("أمسِ الإثنين"));
  }

  @Test
  void testNumberTokenIsCutIntoDigitRunsAndSeparators() {
    assertEquals(List.of("25:NUM", "/:PUNCT", "7:NUM", "/:PUNCT", "2015:NUM"), texts("25/7/2015"));
    assertEquals(List.of("7:NUM", "::PUNCT", "30:NUM"), texts("7:30"));
  }

  @Test
  void testArabicIndicDigitsBecomeAsciiWithTheirOwnOffsets() {
    String text = "في ١٢ يوليو";
    TimeTokens.TokList toks = TimeTokens.of(text, TOKENIZER.tokenize(text), NO_WORDS);
    assertEquals("12", toks.text(1));
    assertEquals("١٢", text.substring(toks.start(1), toks.end(1)));
  }

  @Test
  void testLineBreakInAGapIsASentenceEnd() {
    TimeTokens.TokList toks = TimeTokens.of("دمشق\nأمس", TOKENIZER.tokenize("دمشق\nأمس"), NO_WORDS);
    assertEquals(3, toks.size());
    assertEquals(true, toks.get(1).endsSentence());
  }

  @Test
  void testPunctuationRunIsOneTokenPerCharacter() {
    assertEquals(List.of("قال:WORD", "?:PUNCT", "!:PUNCT"), texts("قال؟!"));
  }

  @Test
  void testUrlIsOneOpaqueToken() {
    assertEquals(1, texts("http://example.com/2015/06/02/news").size());
    assertEquals("PUNCT", texts("http://example.com/2015/06/02/news").get(0).split(":")[2]);
  }

  @Test
  void testGluedWordPiecesAreJoinedBack() {
    String text = "زار ويليامسالقاهرة";
    var layerTokens = TextLayer.create().process(text).tokens();
    TimeTokens.TokList toks = TimeTokens.of(text, layerTokens, NO_WORDS);
    assertEquals(2, toks.size(), "the glued word is one token for the time grammar: " + layerTokens);
    assertEquals("ويليامسالقاهره", toks.text(1));
    assertEquals(4, toks.start(1));
    assertEquals(text.length(), toks.end(1));
  }

  @Test
  void testOffsetsSkipDiacriticsInsideAToken() {
    String text = "وَأمسِ";
    TimeTokens.TokList toks = TimeTokens.of(text, TOKENIZER.tokenize(text), NO_WORDS);
    assertEquals(2, TimeTokens.at(text, toks.start(0), toks.end(0), 1), "after و and its fatha");
    assertEquals(1, TimeTokens.normPrefix(text, toks.start(0), toks.end(0), 2));
  }

  @Test
  void testEachWordCarriesItsBitsFromTheWordTable() {
    TriggerTable words = new TriggerTable(java.util.Map.of("امس", 4, "يوليو", WordBits.MONTH));
    String text = "وصل أمس في 12 يوليو";
    TimeTokens.TokList toks = TimeTokens.of(text, TOKENIZER.tokenize(text), words);
    assertEquals(List.of(0, 4, 0, 0, WordBits.MONTH), List.of(toks.bits(0), toks.bits(1), toks.bits(2), toks.bits(3), toks.bits(4)));
  }

  @Test
  void testGluedWordIsLookedUpAsTheWholeWordWritten() {
    String text = "زار ويليامسالقاهرة";
    var layerTokens = TextLayer.create().process(text).tokens();
    TriggerTable words = new TriggerTable(java.util.Map.of("ويليامسالقاهره", 8, "ويليامس", 1, "القاهره", 2));
    TimeTokens.TokList toks = TimeTokens.of(text, layerTokens, words);
    assertEquals(8, toks.bits(1), "the joined word's bits, not its pieces': " + layerTokens);
  }
}
