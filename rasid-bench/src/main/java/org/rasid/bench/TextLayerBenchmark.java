package org.rasid.bench;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rasid.app.bench.BenchTexts;
import org.rasid.app.bench.LuceneArabic;
import org.rasid.core.TextLayer;
import org.rasid.core.TextResult;
import org.rasid.core.lexicon.WordLexicon;

/**
 * Rasid's text layer ({@link TextLayer#process}: normalize + tokenize + glued-word splitting +
 * clitics + sentences) against Lucene's ArabicAnalyzer (token stream fully consumed, term and
 * offsets read), one thread, over the same texts.
 *
 * <p>One op = one pass over all texts; the {@code words} secondary result is whitespace-separated
 * input words per second, the unit {@code rasid bench text} uses. Texts: the bundled samples, or
 * {@code -p corpus=/work/shared/corpora/saudinewsnet -p docs=2000}.
 *
 * <pre>java -jar rasid-bench/target/benchmarks.jar TextLayer -f 1 -wi 3 -i 5</pre>
 *
 * <p>The default warm-up is 10 iterations of 2 s: over the five samples the text layer is still
 * getting faster after 3 (the JIT compiles the glued-word Viterbi and the segmenter late), so
 * {@code -wi 3} understates it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextLayerBenchmark {

  /** SaudiNewsNet zip directory; empty = the bundled sample articles. */
  @Param({""})
  public String corpus;

  /** Articles to load when {@link #corpus} is given. */
  @Param({"2000"})
  public int docs;

  private List<String> texts;
  private long words;
  private TextLayer layer;
  private LuceneArabic lucene;

  @Setup(Level.Trial)
  public void setUp() {
    BenchTexts t = BenchInputs.load(corpus, docs);
    texts = t.texts();
    words = t.words();
    layer = TextLayer.create(WordLexicon.bundled());
    lucene = new LuceneArabic();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    lucene.close();
  }

  @Benchmark
  public void rasidTextLayer(Blackhole bh, WordCounter counter) {
    for (String text : texts) {
      TextResult r = layer.process(text);
      bh.consume(r);
    }
    counter.words += words;
  }

  @Benchmark
  public void luceneArabicAnalyzer(Blackhole bh, WordCounter counter) {
    for (String text : texts) {
      bh.consume(lucene.consume(text));
    }
    counter.words += words;
  }
}
