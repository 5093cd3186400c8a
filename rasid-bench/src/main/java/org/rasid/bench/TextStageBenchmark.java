package org.rasid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rasid.app.bench.BenchTexts;
import org.rasid.core.clitic.CliticSegmenter;
import org.rasid.core.glued.GluedWordSplitter;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.normalize.ArabicNormalizer;
import org.rasid.core.sentence.SentenceSplitter;
import org.rasid.core.token.ArabicTokenizer;

/**
 * Each text-layer stage alone, over the same texts as {@link TextLayerBenchmark}, with the inputs
 * of later stages prepared in setup: the normalizer (offset-mapped view and plain string of each
 * whole text), the tokenizer, the glued-word splitter over every ARABIC token, the clitic segmenter
 * over every ARABIC piece, the sentence splitter over the final tokens. Unlike the text layer these
 * stage benchmarks do not reuse results for words repeated within a text, so they show each stage's
 * full per-token cost. One op = one pass; {@code words} = input words per second.
 *
 * <pre>java -jar rasid-bench/target/benchmarks.jar TextStage -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextStageBenchmark {

  @Param({""})
  public String corpus;

  @Param({"2000"})
  public int docs;

  private List<String> texts;
  private long words;
  private final ArabicNormalizer normalizer = ArabicNormalizer.get();
  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  private final SentenceSplitter sentences = new SentenceSplitter();
  private GluedWordSplitter glued;
  private CliticSegmenter clitics;
  private List<Token> arabicTokens;
  private List<String> arabicPieces;
  private List<List<Token>> finalTokens;

  @Setup(Level.Trial)
  public void setUp() {
    BenchTexts t = BenchInputs.load(corpus, docs);
    texts = t.texts();
    words = t.words();
    WordLexicon lexicon = WordLexicon.bundled();
    glued = GluedWordSplitter.bundled(lexicon);
    clitics = new CliticSegmenter(lexicon);
    arabicTokens = new ArrayList<>();
    arabicPieces = new ArrayList<>();
    finalTokens = new ArrayList<>();
    for (String text : texts) {
      List<Token> tokens = new ArrayList<>();
      for (Token tok : tokenizer.tokenize(text)) {
        if (tok.type() != TokenType.ARABIC) {
          tokens.add(tok);
          continue;
        }
        arabicTokens.add(tok);
        for (Token piece : glued.split(tok)) {
          arabicPieces.add(piece.text());
          tokens.add(piece);
        }
      }
      finalTokens.add(tokens);
    }
  }

  @Benchmark
  public void normalizerView(Blackhole bh, WordCounter counter) {
    for (String text : texts) {
      bh.consume(normalizer.view(text));
    }
    counter.words += words;
  }

  @Benchmark
  public void normalizerString(Blackhole bh, WordCounter counter) {
    for (String text : texts) {
      bh.consume(normalizer.normalize(text));
    }
    counter.words += words;
  }

  @Benchmark
  public void tokenizer(Blackhole bh, WordCounter counter) {
    for (String text : texts) {
      bh.consume(tokenizer.tokenize(text));
    }
    counter.words += words;
  }

  @Benchmark
  public void gluedWordSplitter(Blackhole bh, WordCounter counter) {
    for (Token t : arabicTokens) {
      bh.consume(glued.split(t));
    }
    counter.words += words;
  }

  @Benchmark
  public void cliticSegmenter(Blackhole bh, WordCounter counter) {
    for (String piece : arabicPieces) {
      bh.consume(clitics.segment(piece));
    }
    counter.words += words;
  }

  @Benchmark
  public void sentenceSplitter(Blackhole bh, WordCounter counter) {
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(sentences.split(texts.get(i), finalTokens.get(i)));
    }
    counter.words += words;
  }
}
