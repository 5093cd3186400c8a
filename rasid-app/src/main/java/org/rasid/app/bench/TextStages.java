package org.rasid.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.core.TextLayer;
import org.rasid.core.TextResult;
import org.rasid.core.clitic.CliticSegmenter;
import org.rasid.core.glued.GluedWordSplitter;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.sentence.SentenceSplitter;
import org.rasid.core.token.ArabicTokenizer;

/**
 * The text layer's stages run one after the other over a whole text, each timed on its own, to tell
 * which stage costs what.
 *
 * <p>Rules: the stages do the work of {@link TextLayer#process} with the same inputs — tokenize;
 * split each distinct ARABIC token text with the glued-word splitter (repeats within the text reuse
 * the first result, as {@code TextLayer} does); segment the clitics of those pieces; place the
 * pieces of every occurrence at its offset; split sentences over the final tokens — only grouped by
 * stage instead of interleaved per token, so each stage is timed by one pair of clock readings per
 * text (wall: {@link System#nanoTime}; CPU: the thread's CPU time, steadier on a shared machine).
 * {@link #process} returns what {@link TextLayer#process} returns (tested on the bundled samples),
 * so the breakdown is of the same work.
 */
public final class TextStages {

  /** The stages, in pipeline order. */
  public enum Stage {
    TOKENIZE("tokenize (incl. per-token normalize)"),
    GLUED("glued-word splitting (distinct words)"),
    CLITICS("clitic segmentation (distinct words)"),
    ASSEMBLE("placing repeated words, token list"),
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

  /** The stages around {@code glued} and its lexicon, as {@link TextLayer#create(GluedWordSplitter)} builds them. */
  public TextStages(GluedWordSplitter glued) {
    this.glued = glued;
    this.clitics = new CliticSegmenter(glued.lexicon());
  }

  /**
   * Processes {@code text}, adding the wall-clock nanoseconds of each stage to {@code wallNanos} and
   * the calling thread's CPU nanoseconds to {@code cpuNanos} (both indexed by {@link Stage#ordinal()}).
   */
  public TextResult process(String text, long[] wallNanos, long[] cpuNanos) {
    long[] wall = new long[Stage.values().length + 1];
    long[] cpu = new long[wall.length];
    mark(wall, cpu, 0);
    List<Token> raw = tokenizer.tokenize(text);
    mark(wall, cpu, 1);
    Map<String, List<Token>> split = new HashMap<>();
    for (Token t : raw) {
      if (t.type() == TokenType.ARABIC && !split.containsKey(t.text())) {
        split.put(t.text(), glued.split(t));
      }
    }
    mark(wall, cpu, 2);
    Map<String, List<Token>> pieces = new HashMap<>(split.size() * 2);
    for (Map.Entry<String, List<Token>> e : split.entrySet()) {
      List<Token> out = new ArrayList<>(e.getValue().size());
      for (Token p : e.getValue()) {
        out.add(withClitics(p));
      }
      pieces.put(e.getKey(), out);
    }
    mark(wall, cpu, 3);
    List<Token> tokens = new ArrayList<>(raw.size() + 8);
    for (Token t : raw) {
      if (t.type() != TokenType.ARABIC) {
        tokens.add(t);
        continue;
      }
      List<Token> first = pieces.get(t.text());
      int shift = t.start() - first.get(0).start();
      for (Token p : first) {
        tokens.add(shift == 0 ? p : new Token(new CharSpan(p.start() + shift, p.end() + shift), p.text(), p.type(), p.norm(), p.parts()));
      }
    }
    mark(wall, cpu, 4);
    List<Sentence> s = sentences.split(text, tokens);
    mark(wall, cpu, 5);
    for (Stage st : Stage.values()) {
      int k = st.ordinal();
      wallNanos[k] += wall[k + 1] - wall[k];
      cpuNanos[k] += cpu[k + 1] - cpu[k];
    }
    return new TextResult(tokens, s);
  }

  private void mark(long[] wall, long[] cpu, int k) {
    wall[k] = System.nanoTime();
    cpu[k] = threads.getCurrentThreadCpuTime();
  }

  private Token withClitics(Token t) {
    if (t.type() != TokenType.ARABIC) {
      return t;
    }
    List<String> parts = clitics.segment(t.text());
    return parts.size() <= 1 ? t : new Token(t.span(), t.text(), t.type(), t.norm(), parts);
  }
}
