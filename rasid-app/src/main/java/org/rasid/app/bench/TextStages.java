package org.rasid.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.rasid.core.TextLayer;
import org.rasid.core.TextResult;
import org.rasid.core.clitic.CliticSegmenter;
import org.rasid.core.glued.GluedWordSplitter;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.sentence.SentenceSplitter;
import org.rasid.core.token.ArabicTokenizer;

/**
 * The text layer's four stages run one after the other over a whole text, each timed on its own, to
 * tell which stage costs what.
 *
 * <p>Rules: the stages do exactly the work of {@link TextLayer#process} in the same order and with
 * the same inputs — tokenize; split every ARABIC token with the glued-word splitter; segment the
 * clitics of every ARABIC piece; split sentences over the final tokens — only grouped by stage
 * instead of interleaved per token, so each stage is timed by one pair of clock readings per text
 * (wall: {@link System#nanoTime}; CPU: the thread's CPU time, steadier on a shared machine). {@link #process} returns what {@link TextLayer#process} returns (tested), so the
 * breakdown is of the same work.
 */
public final class TextStages {

  /** The stages, in pipeline order. */
  public enum Stage {
    TOKENIZE("tokenize (incl. per-token normalize)"),
    GLUED("glued-word splitting"),
    CLITICS("clitic segmentation"),
    SENTENCES("sentence splitting");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  private final GluedWordSplitter glued;
  private final CliticSegmenter clitics;
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /** The stages over {@code lexicon}, as {@link TextLayer#create(WordLexicon)} builds them. */
  public TextStages(WordLexicon lexicon) {
    this.glued = new GluedWordSplitter(lexicon);
    this.clitics = new CliticSegmenter(lexicon);
  }

  /**
   * Processes {@code text}, adding the wall-clock nanoseconds of each stage to {@code wallNanos} and
   * the calling thread's CPU nanoseconds to {@code cpuNanos} (both indexed by {@link Stage#ordinal()}).
   */
  public TextResult process(String text, long[] wallNanos, long[] cpuNanos) {
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    List<Token> raw = tokenizer.tokenize(text);
    long t1 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    List<Token> pieces = new ArrayList<>(raw.size() + 8);
    for (Token t : raw) {
      if (t.type() == TokenType.ARABIC) {
        pieces.addAll(glued.split(t));
      } else {
        pieces.add(t);
      }
    }
    long t2 = System.nanoTime();
    long c2 = threads.getCurrentThreadCpuTime();
    List<Token> tokens = new ArrayList<>(pieces.size());
    for (Token t : pieces) {
      tokens.add(t.type() == TokenType.ARABIC ? withClitics(t) : t);
    }
    long t3 = System.nanoTime();
    long c3 = threads.getCurrentThreadCpuTime();
    List<Sentence> split = sentences.split(text, tokens);
    long t4 = System.nanoTime();
    long c4 = threads.getCurrentThreadCpuTime();
    add(wallNanos, t0, t1, t2, t3, t4);
    add(cpuNanos, c0, c1, c2, c3, c4);
    return new TextResult(tokens, split);
  }

  private static void add(long[] nanos, long t0, long t1, long t2, long t3, long t4) {
    nanos[Stage.TOKENIZE.ordinal()] += t1 - t0;
    nanos[Stage.GLUED.ordinal()] += t2 - t1;
    nanos[Stage.CLITICS.ordinal()] += t3 - t2;
    nanos[Stage.SENTENCES.ordinal()] += t4 - t3;
  }

  private Token withClitics(Token t) {
    List<String> parts = clitics.segment(t.text());
    return parts.size() <= 1 ? t : new Token(t.span(), t.text(), t.type(), t.norm(), parts);
  }
}
