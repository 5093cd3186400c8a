package org.rasid.core.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.core.model.TokenType.ARABIC;
import static org.rasid.core.model.TokenType.EMAIL;
import static org.rasid.core.model.TokenType.HASHTAG;
import static org.rasid.core.model.TokenType.LATIN;
import static org.rasid.core.model.TokenType.MENTION;
import static org.rasid.core.model.TokenType.NUMBER;
import static org.rasid.core.model.TokenType.PUNCT;
import static org.rasid.core.model.TokenType.QUOTE;
import static org.rasid.core.model.TokenType.SYMBOL;
import static org.rasid.core.model.TokenType.URL;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;

/** One test per rule of {@link ArabicTokenizer}, each asserting texts, types and offsets. */
class TestArabicTokenizer {

  private final ArabicTokenizer tokenizer = new ArabicTokenizer();

  /** Expected token: text, type and start offset (the end is start + length). */
  private record T(String text, TokenType type, int start) {}

  private static T t(String text, TokenType type, int start) {
    return new T(text, type, start);
  }

  private List<Token> check(String input, T... expected) {
    List<Token> tokens = tokenizer.tokenize(input);
    List<T> actual = new ArrayList<>();
    for (Token token : tokens) {
      actual.add(new T(token.text(), token.type(), token.start()));
      assertEquals(token.start() + token.text().length(), token.end());
      assertEquals(input.substring(token.start(), token.end()), token.text());
      assertEquals(List.of(token.text()), token.parts());
    }
    assertEquals(List.of(expected), actual, "tokens of " + input);
    return tokens;
  }

  @Test
  void testArabicWords() {
    check("قال الرئيس", t("قال", ARABIC, 0), t("الرئيس", ARABIC, 4));
  }

  @Test
  void testDiacriticsStayInTheWord() {
    List<Token> tokens = check("قُتِلَ الجمعة", t("قُتِلَ", ARABIC, 0), t("الجمعة", ARABIC, 7));
    assertEquals("قتل", tokens.get(0).norm());
  }

  @Test
  void testNormIsTheNormalizedText() {
    List<Token> tokens = check("الأسد ١٢", t("الأسد", ARABIC, 0), t("١٢", NUMBER, 6));
    assertEquals("الاسد", tokens.get(0).norm());
    assertEquals("12", tokens.get(1).norm());
  }

  @Test
  void testGluedWordsStayOneToken() {
    check("الولاياتالمتحدةوفرنسا", t("الولاياتالمتحدةوفرنسا", ARABIC, 0));
  }

  @Test
  void testPresentationFormsAreArabic() {
    List<Token> tokens = check("\uFEFB \uFE8D\uFEDF\uFEB4\uFEFC\uFEE1",
        t("\uFEFB", ARABIC, 0), t("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1", ARABIC, 2));
    assertEquals("لا", tokens.get(0).norm());
    assertEquals("السلام", tokens.get(1).norm());
  }

  @Test
  void testAsciiNumbers() {
    check("قتل 1400 مدني", t("قتل", ARABIC, 0), t("1400", NUMBER, 4), t("مدني", ARABIC, 9));
  }

  @Test
  void testThousandsAndDecimalSeparators() {
    check("1,400 و1.5", t("1,400", NUMBER, 0), t("و", ARABIC, 6), t("1.5", NUMBER, 7));
  }

  @Test
  void testArabicIndicNumbers() {
    List<Token> tokens = check("١٢ ١٬٤٠٠ ٣٫٥",
        t("١٢", NUMBER, 0), t("١٬٤٠٠", NUMBER, 3), t("٣٫٥", NUMBER, 9));
    assertEquals("1,400", tokens.get(1).norm());
    assertEquals("3.5", tokens.get(2).norm());
  }

  @Test
  void testPersianNumbers() {
    List<Token> tokens = check("۲۰۱۱", t("۲۰۱۱", NUMBER, 0));
    assertEquals("2011", tokens.get(0).norm());
  }

  @Test
  void testTimesAndDates() {
    check("7:30 12/07/2011 2011-07-12",
        t("7:30", NUMBER, 0), t("12/07/2011", NUMBER, 5), t("2011-07-12", NUMBER, 16));
  }

  @Test
  void testSeparatorNotFollowedByDigitEndsTheNumber() {
    check("عام 2011. و2012،", t("عام", ARABIC, 0), t("2011", NUMBER, 4), t(".", PUNCT, 8),
        t("و", ARABIC, 10), t("2012", NUMBER, 11), t("،", PUNCT, 15));
  }

  @Test
  void testScriptChangeArabicThenDigits() {
    check("ب15", t("ب", ARABIC, 0), t("15", NUMBER, 1));
  }

  @Test
  void testTatweelBeforeDigits() {
    List<Token> tokens = check("الـ15", t("الـ", ARABIC, 0), t("15", NUMBER, 3));
    assertEquals("ال", tokens.get(0).norm());
  }

  @Test
  void testScriptChangeDigitsThenArabic() {
    check("15كم", t("15", NUMBER, 0), t("كم", ARABIC, 2));
  }

  @Test
  void testScriptChangeArabicAndLatin() {
    check("بـAFP وCNN", t("بـ", ARABIC, 0), t("AFP", LATIN, 2), t("و", ARABIC, 6), t("CNN", LATIN, 7));
  }

  @Test
  void testLatinWords() {
    check("Bashar al-Assad don't O’Brien",
        t("Bashar", LATIN, 0), t("al-Assad", LATIN, 7), t("don't", LATIN, 16), t("O’Brien", LATIN, 22));
  }

  @Test
  void testLatinWordThenDigits() {
    check("Europe1", t("Europe", LATIN, 0), t("1", NUMBER, 6));
  }

  @Test
  void testQuotesOfEachKind() {
    check("«أ» \"ب\" “ج” „د‟ 'ه' ‘و’ ‹ز›",
        t("«", QUOTE, 0), t("أ", ARABIC, 1), t("»", QUOTE, 2),
        t("\"", QUOTE, 4), t("ب", ARABIC, 5), t("\"", QUOTE, 6),
        t("“", QUOTE, 8), t("ج", ARABIC, 9), t("”", QUOTE, 10),
        t("„", QUOTE, 12), t("د", ARABIC, 13), t("‟", QUOTE, 14),
        t("'", QUOTE, 16), t("ه", ARABIC, 17), t("'", QUOTE, 18),
        t("‘", QUOTE, 20), t("و", ARABIC, 21), t("’", QUOTE, 22),
        t("‹", QUOTE, 24), t("ز", ARABIC, 25), t("›", QUOTE, 26));
  }

  @Test
  void testQuoteGluedToWords() {
    check("بـ\"المعتدلة\".", t("بـ", ARABIC, 0), t("\"", QUOTE, 2), t("المعتدلة", ARABIC, 3),
        t("\"", QUOTE, 11), t(".", PUNCT, 12));
  }

  @Test
  void testArabicPunctuation() {
    check("حلب، حمص؛ لماذا؟", t("حلب", ARABIC, 0), t("،", PUNCT, 3), t("حمص", ARABIC, 5),
        t("؛", PUNCT, 8), t("لماذا", ARABIC, 10), t("؟", PUNCT, 15));
  }

  @Test
  void testBracketsAndDashes() {
    check("حمص (وسط) – سوريا- —",
        t("حمص", ARABIC, 0), t("(", PUNCT, 4), t("وسط", ARABIC, 5), t(")", PUNCT, 8),
        t("–", PUNCT, 10), t("سوريا", ARABIC, 12), t("-", PUNCT, 17), t("—", PUNCT, 19));
  }

  @Test
  void testPunctuationRuns() {
    check("حلب.. طبي ... المتحدة-- الداعين…?!",
        t("حلب", ARABIC, 0), t("..", PUNCT, 3), t("طبي", ARABIC, 6), t("...", PUNCT, 10),
        t("المتحدة", ARABIC, 14), t("--", PUNCT, 21), t("الداعين", ARABIC, 24), t("…", PUNCT, 31),
        t("?", PUNCT, 32), t("!", PUNCT, 33));
  }

  @Test
  void testUrls() {
    check("انظر https://www.reuters.com/article?id=1. وwww.bbc.co.uk",
        t("انظر", ARABIC, 0), t("https://www.reuters.com/article?id=1", URL, 5), t(".", PUNCT, 41),
        t("و", ARABIC, 43), t("www.bbc.co.uk", URL, 44));
  }

  @Test
  void testUrlEndsAtQuoteAndBracket() {
    check("(http://sana.sy)\"", t("(", PUNCT, 0), t("http://sana.sy", URL, 1), t(")", PUNCT, 15),
        t("\"", QUOTE, 16));
  }

  @Test
  void testEmail() {
    check("راسلونا على news.desk@example.org.", t("راسلونا", ARABIC, 0), t("على", ARABIC, 8),
        t("news.desk@example.org", EMAIL, 12), t(".", PUNCT, 33));
  }

  @Test
  void testHashtags() {
    check("#سوريا #Syria_2011 #حلب_تحترق",
        t("#سوريا", HASHTAG, 0), t("#Syria_2011", HASHTAG, 7), t("#حلب_تحترق", HASHTAG, 19));
  }

  @Test
  void testHashWithoutNameIsASymbol() {
    check("# 2011 #2011", t("#", SYMBOL, 0), t("2011", NUMBER, 2), t("#", SYMBOL, 7), t("2011", NUMBER, 8));
  }

  @Test
  void testMention() {
    check("@Reuters قال", t("@Reuters", MENTION, 0), t("قال", ARABIC, 9));
  }

  @Test
  void testSymbols() {
    check("50% و٥٠٪ $", t("50", NUMBER, 0), t("%", SYMBOL, 2), t("و", ARABIC, 4), t("٥٠", NUMBER, 5),
        t("٪", SYMBOL, 7), t("$", SYMBOL, 9));
  }

  @Test
  void testSurrogatePairEmojiIsNeverSplit() {
    String text = "حلب\uD83D\uDE22\uD83D\uDC4D\uD83C\uDFFD";
    check(text, t("حلب", ARABIC, 0), t("\uD83D\uDE22", SYMBOL, 3), t("\uD83D\uDC4D\uD83C\uDFFD", SYMBOL, 5));
  }

  @Test
  void testFlagAndZwjEmojiSequencesAreOneSymbol() {
    String flag = "\uD83C\uDDF8\uD83C\uDDFE";
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    check("سوريا" + flag + " " + family, t("سوريا", ARABIC, 0), t(flag, SYMBOL, 5), t(family, SYMBOL, 10));
  }

  @Test
  void testOverlongLocalPartIsNoEmail() {
    String local = "a".repeat(65);
    check(local + "@example.org", t(local, LATIN, 0), t("@example", MENTION, 65), t(".", PUNCT, 73), t("org", LATIN, 74));
  }

  @Test
  void testInvisibleControlsBetweenWordsAreSkipped() {
    check("\u200Fحلب\u200E \u202Bحمص\u202C", t("حلب", ARABIC, 1), t("حمص", ARABIC, 7));
  }

  @Test
  void testInvisibleControlsInsideAWordStay() {
    List<Token> tokens = check("می\u200Cخواهم", t("می\u200Cخواهم", ARABIC, 0));
    assertEquals("ميخواهم", tokens.get(0).norm());
  }

  @Test
  void testNoBreakSpaceSeparates() {
    check("بشار\u00A0الأسد", t("بشار", ARABIC, 0), t("الأسد", ARABIC, 5));
  }

  @Test
  void testEmptyInput() {
    assertTrue(tokenizer.tokenize("").isEmpty());
  }

  @Test
  void testWhitespaceOnly() {
    assertTrue(tokenizer.tokenize(" \t\n\r\u00A0\u200F\n ").isEmpty());
  }
}
