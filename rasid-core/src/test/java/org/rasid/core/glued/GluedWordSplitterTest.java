package org.rasid.core.glued;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.normalize.ArabicNormalizer;

class GluedWordSplitterTest {

  static final WordLexicon LEXICON = WordLexicon.bundled();
  static final GluedWordSplitter SPLITTER = GluedWordSplitter.bundled(LEXICON);

  static Token token(String text, int start) {
    return new Token(new CharSpan(start, start + text.length()), text, TokenType.ARABIC,
        ArabicNormalizer.get().normalize(text), null);
  }

  static String pieces(String word) {
    List<Token> out = SPLITTER.split(token(word, 0));
    StringBuilder b = new StringBuilder();
    for (Token t : out) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(t.text());
    }
    return b.toString();
  }

  @Test
  void paragraphGluedIntoOneTokenIsSplitInBoundedTime() {
    // a scraped page can lose every space of a paragraph: 4,000 words, no ة or ى to cut at first
    String[] words = {"الولايات", "سوريا", "مجلس", "الأمن", "الدولي", "قرار"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      b.append(words[(i * 7 + i / 3) % words.length]);
    }
    String text = b.toString();
    List<Token> out = SPLITTER.split(token(text, 0));
    assertTrue(out.size() > 2000, "pieces: " + out.size());
    int at = 0;
    for (Token t : out) {
      assertEquals(at, t.start());
      assertEquals(text.substring(t.start(), t.end()), t.text());
      at = t.end();
    }
    assertEquals(text.length(), at);
  }

  @Test
  void unitedStatesGlued() {
    assertEquals("الولايات|المتحدة", pieces("الولاياتالمتحدة"));
  }

  @Test
  void unitedNationsGlued() {
    assertEquals("الأمم|المتحدة", pieces("الأممالمتحدة"));
  }

  @Test
  void threeWordsWithConjunction() {
    assertEquals("فرنسا|والولايات|المتحدة", pieces("فرنساوالولاياتالمتحدة"));
  }

  @Test
  void tehMarbutaInsideMarksLostSpace() {
    assertEquals("الولايات|المتحدة|وفرنسا", pieces("الولاياتالمتحدةوفرنسا"));
  }

  @Test
  void unknownNameBeforeFunctionWord() {
    assertEquals("ديلاتر|من", pieces("ديلاترمن"));
  }

  @Test
  void realWordsStayWhole() {
    for (String w : List.of("المتحدة", "واستخدامها", "الاستغناء", "بالديمقراطية", "فاليرو", "ميستورا",
        "تشوركين", "والاتحاد", "الولايات", "مجلس", "سوريا")) {
      assertEquals(w, pieces(w), w);
    }
  }

  @Test
  void offsetsArePreservedInsideTheText() {
    String text = "قال متحدث باسم الأممالمتحدة أمس";
    int start = text.indexOf("الأمم");
    Token t = token("الأممالمتحدة", start);
    List<Token> out = SPLITTER.split(t);
    assertEquals(2, out.size());
    for (Token p : out) {
      assertEquals(p.text(), text.substring(p.start(), p.end()));
      assertEquals(TokenType.ARABIC, p.type());
      assertEquals(List.of(p.text()), p.parts());
    }
    assertEquals("الأمم", out.get(0).text());
    assertEquals("المتحده", out.get(1).norm());
  }

  @Test
  void diacriticsStayWithTheirLetter() {
    List<Token> out = SPLITTER.split(token("الأممُالمتحدةُ", 0));
    assertEquals("الأممُ", out.get(0).text());
    assertEquals("المتحدةُ", out.get(1).text());
  }

  @Test
  void alefMaksuraInsideMarksLostSpace() {
    assertEquals("على|الأرض", pieces("علىالأرض"));
  }

  @Test
  void hamzaArticleIsNotIlla() {
    // الإ is the start of الإرهاب, never إلا + a word
    assertEquals("الإرهابيين", pieces("الإرهابيين"));
  }

  @Test
  void inflectedRareFormsStayWhole() {
    for (String w : List.of("اشتراكاتهم", "والصوماليين", "وبمشاركتهم")) {
      assertEquals(w, pieces(w), w);
    }
  }

  @Test
  void functionWordNextToLongWord() {
    assertEquals("عن|الدماغ", pieces("عنالدماغ"));
  }

  @Test
  void nonArabicTokenUntouched() {
    Token t = new Token(new CharSpan(0, 6), "abcdef", TokenType.LATIN, "abcdef", null);
    assertEquals(List.of(t), SPLITTER.split(t));
  }

  @Test
  void shortTokenUntouched() {
    assertEquals("في", pieces("في"));
  }

  @Test
  void sampleSentenceWordsStayWhole() {
    String sentence = "وقال برنار فاليرو المتحدث باسم الخارجية الفرنسية لرويترز ان واشنطن تضغط ايضا من اجل عقد الاجتماع";
    for (String w : sentence.split(" ")) {
      assertEquals(w, pieces(w), w);
    }
  }

  @Test
  void cutModelSplitsRareWordPairs() {
    // neither the glued form nor the pair was counted: the character model and word counts decide
    assertEquals("بسكته|قلبية", pieces("بسكتهقلبية"));
    assertEquals("ثامر|المحشادي", pieces("ثامرالمحشادي"));
    assertEquals("العيش|وسوء", pieces("العيشوسوء"));
  }

  @Test
  void cutModelKeepsRareWordsWhole() {
    // a split the word counts alone used to make (وان|حاز, سفر|ائها)
    assertEquals("وانحاز", pieces("وانحاز"));
    assertEquals("سفرائها", pieces("سفرائها"));
  }

  @Test
  void knownFormWrittenApartFarMoreOftenIsSplit() {
    // يبدوأن and لايقل are seen a few times glued in the training text, but far more often apart
    assertEquals("يبدو|أن", pieces("يبدوأن"));
    assertEquals("لا|يقل", pieces("لايقل"));
    // real words stay whole although their pieces are words
    assertEquals("فيما", pieces("فيما"));
    assertEquals("منهم", pieces("منهم"));
    assertEquals("كلما", pieces("كلما"));
  }

  @Test
  void alefMaksuraBeforeHamzaIsOneWord() {
    // ىء is a spelling of ئ (الخاطئ), not a word end
    assertEquals("الخاطىء", pieces("الخاطىء"));
    assertEquals("الطوارىء", pieces("الطوارىء"));
  }

  @Property(tries = 300)
  void piecesPartitionTheToken(@ForAll @StringLength(min = 1, max = 24) @CharRange(from = '\u0621', to = '\u064A') String s,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 50) int start) {
    Token t = token(s, start);
    List<Token> out = SPLITTER.split(t);
    assertTrue(!out.isEmpty());
    int at = t.start();
    StringBuilder rebuilt = new StringBuilder();
    for (Token p : out) {
      assertEquals(at, p.start());
      assertTrue(p.end() > p.start());
      rebuilt.append(p.text());
      at = p.end();
    }
    assertEquals(t.end(), at);
    assertEquals(s, rebuilt.toString());
  }
}
