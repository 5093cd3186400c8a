package org.rasid.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rasid.core.TextResult;
import org.rasid.core.WordAttribute;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.TimeExpression;
import org.rasid.core.model.Token;
import org.rasid.core.normalize.ArabicNormalizer;
import org.rasid.core.token.ArabicTokenizer;

/**
 * Finds time expressions in Arabic news text and gives them TIMEX3 values resolved against the
 * document creation time (dct).
 *
 * <p>The tagger reads the text layer's tokens ({@link TimeTokens}: words by their normalized form,
 * numbers cut into digit runs, single punctuation characters, line breaks) and walks them left to
 * right; at each token the rules of {@link TimeGrammar} whose trigger word is there are tried (a
 * word's entry in the trigger table comes from the text layer's {@link #wordAttribute()}, or from one
 * hash probe) and the longest match wins, so results are sorted and never
 * overlap ("الثلاثاء 12 يوليو 2011" is one DATE). Spans are exact ranges of the original text. The
 * word lists are bundled resources listed in {@link TimeLexicon}; the value conventions are in
 * {@link Timex} and eval/gold/README.md.
 *
 * <p>Thread-safe; build once with {@link #create()} and share (each thread reuses its own working
 * token list, nothing else changes).
 */
public final class TimeTagger {

  private final TimeGrammar grammar;
  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  /**
   * Each thread's token list, filled again for every text it tags (as Lucene's analyzers reuse their
   * token streams per thread) instead of a fresh array of a long per token for each text; with the
   * list's tight loop this took about 0.05 s a pass off the tagger on the corpus (see
   * docs/MEASURED-time.md). Emptied after each use, so it holds no text between two calls, and at
   * most some 100 KB of arrays per thread.
   */
  private final ThreadLocal<TimeTokens.TokList> tokenLists;

  TimeTagger(TimeGrammar grammar) {
    this.grammar = grammar;
    this.tokenLists = ThreadLocal.withInitial(grammar::emptyTokens);
  }

  /** Loads the bundled lexicons (and CLDR month names from ICU4J). */
  public static TimeTagger create() {
    return new TimeTagger(new TimeGrammar(TimeLexicon.bundled()));
  }

  /**
   * The time expressions of {@code text}, sorted, non-overlapping, with exact spans. Tokenizes the
   * text itself; a caller that has run the text layer passes its tokens to {@link #tag(String, List,
   * LocalDate)} instead.
   *
   * @param dct the publication date, or null: then relative expressions get a *_REF value or null
   */
  public List<TimeExpression> tag(String text, LocalDate dct) {
    if (text.isEmpty()) {
      return List.of();
    }
    return tag(text, tokenizer.tokenize(text), dct);
  }

  /**
   * Same as {@link #tag(String, LocalDate)} over the tokens the text layer already made for {@code
   * text} (the Analyzer's path): the text is neither tokenized nor normalized again.
   *
   * @param tokens the text's tokens in order, with exact spans and normalized forms (glued words
   *     may already be split)
   */
  public List<TimeExpression> tag(String text, List<Token> tokens, LocalDate dct) {
    if (text.isEmpty() || tokens.isEmpty()) {
      return List.of();
    }
    return withTokens(text, dct, toks -> grammar.tokens(toks, text, tokens));
  }

  /**
   * Same as {@link #tag(String, List, LocalDate)} over the text layer's whole result for {@code
   * text}. A layer made {@link org.rasid.core.TextLayer#withAttribute with} this tagger's {@link
   * #wordAttribute()} has already found each word's entry in the tagger's word table (once per word
   * it memoizes), so the tagger does not look the words up again; the expressions are the same.
   */
  public List<TimeExpression> tag(String text, TextResult layer, LocalDate dct) {
    if (text.isEmpty() || layer.tokens().isEmpty()) {
      return List.of();
    }
    return withTokens(text, dct, toks -> grammar.tokens(toks, text, layer));
  }

  /**
   * The per-word value to give the text layer ({@link org.rasid.core.TextLayer#withAttribute}) so
   * that {@link #tag(String, TextResult, LocalDate)} reads each word's entry in the tagger's word
   * table from the layer's memo instead of looking it up per token.
   */
  public WordAttribute wordAttribute() {
    return grammar.wordAttribute();
  }

  /** The expressions of {@code text} over this thread's token list, filled by {@code fill} and emptied after. */
  private List<TimeExpression> withTokens(String text, LocalDate dct,
      java.util.function.UnaryOperator<TimeTokens.TokList> fill) {
    TimeTokens.TokList toks = tokenLists.get();
    try {
      return expressions(text, fill.apply(toks), dct);
    } finally {
      toks.release();
    }
  }

  private List<TimeExpression> expressions(String text, TimeTokens.TokList toks, LocalDate dct) {
    List<TimeExpression> out = new ArrayList<>();
    for (RuleSupport.Found f : grammar.scan(text, toks, dct)) {
      CharSpan span = wholeWord(text, new CharSpan(f.start(), f.end()));
      out.add(new TimeExpression(span, span.of(text), f.type(), f.value(), f.anchor()));
    }
    return List.copyOf(out);
  }

  /** Extends a span over the diacritics and tatweel that end its last word (مستقبلاً، 1436هـ). */
  private static CharSpan wholeWord(String text, CharSpan span) {
    int end = span.end();
    while (end < text.length() && (ArabicNormalizer.isDiacritic(text.charAt(end)) || text.charAt(end) == TATWEEL)) {
      end++;
    }
    return end == span.end() ? span : new CharSpan(span.start(), end);
  }

  private static final char TATWEEL = '\u0640';
}
