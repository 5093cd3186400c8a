package org.rasid.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The baseline: Lucene's {@link ArabicAnalyzer} (StandardTokenizer → LowerCaseFilter →
 * StopFilter(Arabic stop words) → ArabicNormalizationFilter → ArabicStemFilter), consumed the way
 * an indexer consumes it.
 *
 * <p>Rules: one analyzer per instance, reused for every text (Lucene reuses the token stream
 * components per thread, as IndexWriter does); each stream is fully consumed — {@code reset},
 * {@code incrementToken} until false, {@code end}, {@code close} — and every token's term and
 * offsets are read. Not thread-safe to share across threads for measuring (one per thread).
 */
public final class LuceneArabic implements AutoCloseable {

  private static final String FIELD = "body";

  private final ArabicAnalyzer analyzer = new ArabicAnalyzer();

  /**
   * Analyzes {@code text}; returns tokens + their term lengths + their end offsets, a number that
   * depends on every token so the work cannot be skipped.
   */
  public long consume(String text) {
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      long sum = 0;
      ts.reset();
      while (ts.incrementToken()) {
        sum += 1 + term.length() + offset.endOffset();
      }
      ts.end();
      return sum;
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene analysis of an in-memory string failed", e);
    }
  }

  /** Tokens of {@code text} after stop-word removal (for reporting token counts). */
  public int tokenCount(String text) {
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      int n = 0;
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
