package org.rasid.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.TimeExpression;
import org.rasid.core.normalize.ArabicNormalizer;
import org.rasid.core.normalize.NormalizedText;

/**
 * Finds time expressions in Arabic news text and gives them TIMEX3 values resolved against the
 * document creation time (dct).
 *
 * <p>The text is normalized once ({@link ArabicNormalizer#view}), split into word, number and
 * punctuation tokens, and walked left to right; at each token the rules of {@link TimeGrammar}
 * whose trigger word is there are tried (one hash probe decides most tokens) and the longest match
 * wins, so results are sorted and never overlap ("الثلاثاء 12 يوليو 2011" is one DATE). Spans are
 * mapped back to the original text exactly. The word lists are bundled resources listed in {@link
 * TimeLexicon}; the value conventions are in {@link Timex} and eval/gold/README.md.
 *
 * <p>Immutable and thread-safe; build once with {@link #create()} and share.
 */
public final class TimeTagger {

  private final TimeGrammar grammar;

  private TimeTagger(TimeGrammar grammar) {
    this.grammar = grammar;
  }

  /** Loads the bundled lexicons (and CLDR month names from ICU4J). */
  public static TimeTagger create() {
    return new TimeTagger(new TimeGrammar(TimeLexicon.bundled()));
  }

  /**
   * The time expressions of {@code text}, sorted, non-overlapping, with exact spans.
   *
   * @param dct the publication date, or null: then relative expressions get a *_REF value or null
   */
  public List<TimeExpression> tag(String text, LocalDate dct) {
    if (text.isEmpty()) {
      return List.of();
    }
    return tag(ArabicNormalizer.get().view(text), dct);
  }

  /**
   * Same as {@link #tag(String, LocalDate)} on a normalized view the caller already has (the
   * Analyzer's text layer), so the text is not normalized twice.
   */
  public List<TimeExpression> tag(NormalizedText view, LocalDate dct) {
    String text = view.original();
    if (text.isEmpty()) {
      return List.of();
    }
    List<TimeTokens.Tok> toks = TimeTokens.of(view.normalized());
    List<TimeExpression> out = new ArrayList<>();
    for (RuleSupport.Found f : grammar.scan(view.normalized(), toks, dct)) {
      CharSpan span = wholeWord(text, view.toOriginal(f.nStart(), f.nEnd()));
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
