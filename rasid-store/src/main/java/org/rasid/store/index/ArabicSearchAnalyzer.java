package org.rasid.store.index;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;

/**
 * The Lucene analysis chain for Arabic news: one tokenizer that replays a {@link TermSource}.
 *
 * <p>Why one stage instead of Lucene's tokenizer → normalization → stemming filters: Rasid's text
 * layer (normalizer, glued-word splitter, clitic segmenter) works on whole texts with offsets into
 * the original, so the chain asks it once per field value and keeps its offsets; index and query
 * analysis share the same source, so they always agree.
 */
public final class ArabicSearchAnalyzer extends Analyzer {

  private final TermSource source;

  public ArabicSearchAnalyzer(TermSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The chain over {@link NormalizingTermSource}. */
  public static ArabicSearchAnalyzer standard() {
    return new ArabicSearchAnalyzer(new NormalizingTermSource());
  }

  public TermSource termSource() {
    return source;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new TermSourceTokenizer(source));
  }
}
