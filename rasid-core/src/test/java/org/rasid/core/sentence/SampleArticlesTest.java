package org.rasid.core.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.token.ArabicTokenizer;
import org.rasid.core.token.TokenInvariants;

/**
 * Runs the tokenizer and the splitter over the five sample articles bundled in the repository
 * ({@code samples/*.txt}) and checks the invariants and a few known tokens and sentences.
 */
class SampleArticlesTest {

  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** The repository's samples directory, found by walking up from the module directory. */
  static Path samplesDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path samples = dir.resolve("samples");
      if (Files.isRegularFile(samples.resolve("000_0b23df8c7f8b006c.txt"))) {
        return samples;
      }
    }
    throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
  }

  private static String read(String name) throws IOException {
    return Files.readString(samplesDir().resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void invariantsHoldOnEveryArticle() throws IOException {
    List<Path> articles;
    try (Stream<Path> files = Files.list(samplesDir())) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, articles.size());
    for (Path article : articles) {
      String text = Files.readString(article, StandardCharsets.UTF_8);
      List<Token> tokens = tokenizer.tokenize(text);
      List<Sentence> sentences = splitter.split(text, tokens);
      TokenInvariants.check(text, tokens);
      SentenceInvariants.check(text, tokens, sentences);
      assertTrue(sentences.size() >= 10, article + " has only " + sentences.size() + " sentences");
    }
  }

  @Test
  void gluedWordsStayOneArabicToken() throws IOException {
    List<Token> tokens = tokenizer.tokenize(read("000_0b23df8c7f8b006c.txt"));
    Token glued = tokens.stream().filter(t -> t.text().equals("الولاياتالمتحدةوفرنسا")).findFirst().orElseThrow();
    assertEquals(TokenType.ARABIC, glued.type());
    assertTrue(tokens.stream().anyMatch(t -> t.text().equals("1400") && t.type() == TokenType.NUMBER));
  }

  @Test
  void tatweelPrefixBeforeNumber() throws IOException {
    String text = read("002_e3a8602597ddc0e3.txt");
    List<Token> tokens = tokenizer.tokenize(text);
    int at = text.indexOf("الـ6");
    Token prefix = tokens.stream().filter(t -> t.start() == at).findFirst().orElseThrow();
    assertEquals("الـ", prefix.text());
    Token number = tokens.get(tokens.indexOf(prefix) + 1);
    assertEquals("6", number.text());
    assertEquals(TokenType.NUMBER, number.type());
  }

  @Test
  void quotedSentencesStayWhole() throws IOException {
    String text = read("000_0b23df8c7f8b006c.txt");
    List<String> sentences = splitter.split(text, tokenizer.tokenize(text)).stream().map(Sentence::text).toList();
    assertTrue(sentences.contains(
        "وقال فيون في مقابلة مع محطة اذاعة اوروبا 1 \"الرئيس الاسد تجاوز الحد. صمت مجلس الامن الدولي على سوريا اصبح امرا غير محتمل.\""));
    assertTrue(sentences.contains("وقال فاليرو \"نريد ان يتحدث مجلس الامن علنا عما حدث.\""));
  }

  @Test
  void headlinesOnTheirOwnLineAreSentences() throws IOException {
    String text = read("004_4b6dfd12cd3d3112.txt");
    List<String> sentences = splitter.split(text, tokenizer.tokenize(text)).stream().map(Sentence::text).toList();
    assertTrue(sentences.contains("مساعدات إنسانية"));
    assertTrue(sentences.contains("حصانة الأسد"));
  }

  @Test
  void unbalancedGuillemetDoesNotSwallowTheArticle() throws IOException {
    String text = read("003_8bb0b02f1c03471e.txt");
    List<String> sentences = splitter.split(text, tokenizer.tokenize(text)).stream().map(Sentence::text).toList();
    assertTrue(sentences.stream().anyMatch(s -> s.startsWith("كما دعا البيان «المعارضة")), sentences::toString);
    assertTrue(sentences.stream().allMatch(s -> s.length() < 600), "no runaway sentence");
  }
}
