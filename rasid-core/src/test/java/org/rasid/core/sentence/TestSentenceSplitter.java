package org.rasid.core.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.token.ArabicTokenizer;

/**
 * One test per rule of {@link SentenceSplitter}, on sentences copied from the sample articles
 * (samples/*.txt), some with their punctuation changed to exercise a rule.
 */
class TestSentenceSplitter {

  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<Sentence> split(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    List<Sentence> sentences = splitter.split(text, tokens);
    int next = 0;
    for (Sentence s : sentences) {
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertEquals(next, s.firstToken(), "sentences must hold every token in order");
      assertEquals(tokens.get(s.firstToken()).start(), s.start());
      assertEquals(tokens.get(s.endToken() - 1).end(), s.end());
      next = s.endToken();
    }
    assertEquals(tokens.size(), next);
    return sentences;
  }

  private void check(String text, String... expected) {
    assertEquals(List.of(expected), split(text).stream().map(Sentence::text).toList());
  }

  @Test
  void testFullStop() {
    String a = "طالبت فرنسا الثلاثاء 12 يوليو 2011، بعقد اجتماع لمجلس الامن التابع للامم المتحدة ليدين الهجوم الذي وقع هذا الاسبوع على السفارتين الامريكية والفرنسية في دمشق.";
    String b = "وقال برنار فاليرو المتحدث باسم الخارجية الفرنسية لرويترز ان واشنطن تضغط ايضا من اجل عقد الاجتماع وهو ما يجب ان يحدث في وقت لاحق من يوم الثلاثاء.";
    check(a + " " + b, a, b);
  }

  @Test
  void testArabicQuestionMark() {
    String a = "وقال دي ميستورا إنه سئل عدة مرات: لماذا لا تستقيل عند هذه النقطة؟";
    String b = "قائلا أن \"هذا لن يقود إلى شئ وستكون استقالتي إشارة الى أن المجتمع الدولي يتخلى عن السوريين\".";
    check(a + " " + b, a, b);
  }

  @Test
  void testRunOfTerminalMarks() {
    String a = "لماذا لا تستقيل عند هذه النقطة؟!";
    String b = "قائلا أن هذا لن يقود إلى شئ.";
    check(a + " " + b, a, b);
  }

  @Test
  void testExclamationMark() {
    check("لسنا حمقى! الروس لن يبدأوا احترام حقوق الإنسان بين عشية وضحاها.",
        "لسنا حمقى!", "الروس لن يبدأوا احترام حقوق الإنسان بين عشية وضحاها.");
  }

  @Test
  void testEllipsisOutsideQuotation() {
    check("مع استمرار عمليات القصف في حلب.. سيزور جان مارك أيرو موسكو يوم الخميس.",
        "مع استمرار عمليات القصف في حلب..", "سيزور جان مارك أيرو موسكو يوم الخميس.");
    check("من شرق حلب… وقال دي ميستورا", "من شرق حلب…", "وقال دي ميستورا");
  }

  @Test
  void testLineBreakEndsHeadline() {
    check("المصدر / وكالات\nقالت وزارة الخارجية الفرنسية إن الوزير جان مارك أيرو سيسافر إلى روسيا",
        "المصدر / وكالات", "قالت وزارة الخارجية الفرنسية إن الوزير جان مارك أيرو سيسافر إلى روسيا");
    check("مساعدات إنسانية\r\nسياسيا، يدرس البيت الأبيض إمكانية إرسال مساعدات إنسانية",
        "مساعدات إنسانية", "سياسيا، يدرس البيت الأبيض إمكانية إرسال مساعدات إنسانية");
  }

  @Test
  void testLineBreakEndsSentenceEvenInsideQuotation() {
    check("وقالت الوزارة في بيان \"مع استمرار عمليات القصف في حلب\nسيزور جان مارك أيرو موسكو\"",
        "وقالت الوزارة في بيان \"مع استمرار عمليات القصف في حلب", "سيزور جان مارك أيرو موسكو\"");
  }

  @Test
  void testClosingQuoteAfterFullStopBelongsToTheSentence() {
    String a = "وقال فاليرو \"نريد ان يتحدث مجلس الامن علنا عما حدث.\"";
    String b = "وقادت باريس الجهود الرامية الى اجازة قرار بمجلس الامن الدولي.";
    check(a + " " + b, a, b);
  }

  @Test
  void testFullStopInsideStraightQuotation() {
    String a = "وقال فيون في مقابلة مع محطة اذاعة اوروبا 1 \"الرئيس الاسد تجاوز الحد. صمت مجلس الامن الدولي على سوريا اصبح امرا غير محتمل.\"";
    String b = "وقال الان جوبيه وزير الخارجية الفرنسي في محطة فرانس انفو العامة ان باريس تعمل بجد في مقر الاممالمتحدة بنيويورك لضمان صدور رد من الاممالمتحدة.";
    check(a + " " + b, a, b);
  }

  @Test
  void testFullStopInsideGuillemets() {
    String a = "وقال فيون «الرئيس الاسد تجاوز الحد. صمت مجلس الامن الدولي على سوريا اصبح امرا غير محتمل.»";
    String b = "وذكر ان الصين وروسيا تعوقان تبني قرار للامم المتحدة.";
    check(a + " " + b, a, b);
  }

  @Test
  void testFullStopInsideCurlyQuotes() {
    String a = "وقال مصدر دبلوماسي فرنسي “هذا كل ما تبقى. لسنا حمقى. الروس لن يبدأوا احترام حقوق الإنسان بين عشية وضحاها.”";
    String b = "ومنذ انهيار أحدث وقف لإطلاق النار في سبتمبر أيلول تشن الطائرات الحربية الروسية والسورية أكبر هجوم لها.";
    check(a + " " + b, a, b);
    // Arabic text often writes the curly marks the other way round.
    String reversed = a.replace('“', '\u0000').replace('”', '“').replace('\u0000', '”');
    check(reversed + " " + b, reversed, b);
  }

  @Test
  void testQuotationClosedAfterItsFullStop() {
    String a = "وقال الناشط محمد الحسن من حمص \"الدبابات الآن عند مسجد القباب والجنود دخلوا مستشفى الحكمة في إنشاءات. واقتربوا أيضا من بابا عمرو ويسمع الآن القصف على كرم الزيتون والبياضة\".";
    String b = "وأضاف قوله \"الاتصالات مقطوعة في كثير من أجزاء حمس. ويصعب تجميع صورة شاملة\".";
    check(a + " " + b, a, b);
  }

  @Test
  void testUnbalancedGuillemetDoesNotSwallowTheText() {
    String a = "وأوضح البيان الختامي من جهة ثانية أن المشاركين قرروا «تكثيف» المساعدة للمعارضة»، وفي هذا الشأن سيقوم بعض المشاركين بتأمين وسائل اتصال للسماح للمعارضة بإجراء اتصالات فيما بينها وبالخارج بشكل أكثر أمانا وبما يتيح ضمان حمايتها في إطار تحركها السلمي.";
    String b = "كما دعا البيان «المعارضة إلى الاستمرار في التركيز على أهدافها المشتركة» بعدما ظهرت هذا الأسبوع إلى العلن انقساماتها حول المرحلة الانتقالية.";
    check(a + " " + b, a, b);
  }

  @Test
  void testStrayClosingQuoteDoesNotHoldTheSentence() {
    String a = "وقال إن النظام السوري وحلفاءه يبعثون برسالة أعلى صوتا وأكثر وضوحا للعالم بأنهم عازمون على محاصرة وتجويع وقصف حلب حتى يصلوا إلى هدفهم العسكري بالقضاء على المعارضة.";
    String b = "هذه هي كل القصة من وراء الحصار.";
    String c = "من الواضح أن المفاوضات المختلفة لا تعني أي شئ في عقول النظام في دمشق أكثر من مجرد ستار من الدخان\".";
    check(a + " " + b + " " + c, a, b, c);
  }

  @Test
  void testClosingShapedQuoteWithoutOpenerIsStray() {
    // The first mark is glued to the word before it and followed by a space: a stray closing mark.
    // The quotation is opened by the ambiguous " before وأهالي and closed after المدمر.
    String a = "وقال ستيفان دي ميستورا\" هذه أيام قاسية حقا بالنسبة لسوريا \" وأهالي حلب على الأخص. الأسبوع الماضي كان الأسوأ في سوريا خلال قرابة 6 سنوات من هذا النزاع المدمر\".";
    String b = "وطالب دي ميستورا المجلس أن يضغط من أجل وقف العنف.";
    check(a + " " + b, a, b);
  }

  @Test
  void testOpeningShapedQuoteDropsAStrayOpenQuote() {
    // The stray " before سبق would otherwise pair with the " before الريتزكارلتون and hold every
    // full stop in between.
    String a = "وبدأ الحفل بكلمة لرئيس مجلس إدارة \"سبق الذي أشاد بالفائزين.";
    String b = "- احتل منتجع موفنبيك الخبر المركز الأول في قائمة أفضل المنتجعات في السعودية.";
    String c = "- منتجع \"الريتزكارلتون شرم الشيخ بمصر\" يتصدر قائمة المنتجعات المفضلة للسعوديين.";
    check(a + " " + b + " " + c, a, b, c);
  }

  @Test
  void testCurlyQuotesUsedBothWays() {
    String a = "إنك كنت تظن أن “أبا فهد”، بار الوالدين، سيسكت عن هذا السم.";
    String b = "كل ما قلته من سموم “في الصميم” هي نفسها ذات الجمل.";
    check(a + " " + b, a, b);
  }

  @Test
  void testOpeningQuoteWithoutCloserInParagraph() {
    String a = "وأضاف \"سورية اختبار لمصداقية العالم.";
    String b = "المسار في الأممالمتحدة كان تجربة فاشلة للعالم المتحضر.";
    check(a + " " + b + "\nوجدد اردوغان الثلاثاء \"التزام بلاده\".", a, b, "وجدد اردوغان الثلاثاء \"التزام بلاده\".");
  }

  @Test
  void testManyStrayOpeningMarksDoNotBreakLaterPairs() {
    String a = "«".repeat(40) + " وقال فيون \"الرئيس الاسد تجاوز الحد. صمت مجلس الامن الدولي على سوريا اصبح امرا غير محتمل.\"";
    String b = "وذكر ان الصين وروسيا تعوقان تبني قرار للامم المتحدة.";
    check(a + " " + b, a, b);
  }

  @Test
  void testQuotationReachingTooFarDoesNotHoldTheSentence() {
    String first = "وأضاف \"سورية اختبار لمصداقية العالم.";
    String filler = "أولئك الذين يغضّون الطرف عما يجري ولا يتفاعلون معه كما يجب، سيعانون من عواقب هذه الأزمة كما لو كانوا هم من أراقوا الدماء بأنفسهم";
    String rest = (filler + "، ").repeat(3) + "المسار في الأممالمتحدة كان تجربة فاشلة\".";
    assertTrue(rest.length() > SentenceSplitter.QUOTE_REACH);
    check(first + " " + rest, first, rest);
  }

  @Test
  void testSpacedArabicInitials() {
    check("وقالت وكالة د. أ. ف. ب إن الرئيس بشار الأسد أكد أن بلاده رحبت بأي جهود.",
        "وقالت وكالة د. أ. ف. ب إن الرئيس بشار الأسد أكد أن بلاده رحبت بأي جهود.");
  }

  @Test
  void testGluedArabicInitials() {
    check("ونقلت أ.ف.ب عن المرصد السوري لحقوق الإنسان أن 29 شخصا قتلوا.",
        "ونقلت أ.ف.ب عن المرصد السوري لحقوق الإنسان أن 29 شخصا قتلوا.");
  }

  @Test
  void testGluedInitialsEndingTheSentence() {
    check("بحسب ما نقلت أ.ف.ب. وقال نشطاء إن قوات مدرعة توغلت في مدينة حمص.",
        "بحسب ما نقلت أ.ف.ب.", "وقال نشطاء إن قوات مدرعة توغلت في مدينة حمص.");
  }

  @Test
  void testArabicTitleAbbreviation() {
    check("وقال د. برهان غليون إن المعارضة ستواصل جهودها.", "وقال د. برهان غليون إن المعارضة ستواصل جهودها.");
    check("على ارتفاع 300 م. وقال الناشط", "على ارتفاع 300 م.", "وقال الناشط");
  }

  @Test
  void testEraLetterAfterYearEndsTheSentence() {
    check("منذ بدء حركة الاحتجاجات في آذار 2011م. وينحدر طلاس من الرستن.",
        "منذ بدء حركة الاحتجاجات في آذار 2011م.", "وينحدر طلاس من الرستن.");
  }

  @Test
  void testLatinAbbreviations() {
    check("Mr. Fillon said the U.S. embassy was attacked. Dr. Smith agreed.",
        "Mr. Fillon said the U.S. embassy was attacked.", "Dr. Smith agreed.");
    check("وتسلمت الخطوط السعودية طائرات من طراز MD90s. وتقوم الخطوط السعودية حاليا بتشغيلها.",
        "وتسلمت الخطوط السعودية طائرات من طراز MD90s.", "وتقوم الخطوط السعودية حاليا بتشغيلها.");
  }

  @Test
  void testLowerCaseLatinWordContinues() {
    check("Envoys met at the U.N. on Monday, i.e. yesterday.", "Envoys met at the U.N. on Monday, i.e. yesterday.");
  }

  @Test
  void testDecimalNumberIsNoBoundary() {
    check("ارتفعت الحصيلة 1.5 في المئة و٣٫٥ في حمص.", "ارتفعت الحصيلة 1.5 في المئة و٣٫٥ في حمص.");
  }

  @Test
  void testClosingBracketAfterFullStop() {
    check("(وينحدر طلاس من الرستن.) وقد كان صديق طفولة لبشار الأسد.",
        "(وينحدر طلاس من الرستن.)", "وقد كان صديق طفولة لبشار الأسد.");
  }

  @Test
  void testSentencesAreTrimmed() {
    String text = "  \u200F ومناف طلاس هو أهم الضباط السوريين.   \n\t ميدانيا، قُتِلَ الجمعة 29 شخصا.  ";
    List<Sentence> sentences = split(text);
    assertEquals(2, sentences.size());
    assertEquals(new CharSpan(4, 38), sentences.get(0).span());
    assertEquals("ومناف طلاس هو أهم الضباط السوريين.", sentences.get(0).text());
    assertEquals("ميدانيا، قُتِلَ الجمعة 29 شخصا.", sentences.get(1).text());
  }

  @Test
  void testNoTerminalMark() {
    check("حصانة الأسد", "حصانة الأسد");
  }

  @Test
  void testEmptyText() {
    assertTrue(split("").isEmpty());
  }

  @Test
  void testWhitespaceOnlyText() {
    assertTrue(split(" \n\t\u200F \n").isEmpty());
  }

  @Test
  void testRejectsTokensOfAnotherText() {
    List<Token> tokens = tokenizer.tokenize("وقال الناشط محمد الحسن");
    assertThrows(IllegalArgumentException.class, () -> splitter.split("وقال", tokens));
  }
}
