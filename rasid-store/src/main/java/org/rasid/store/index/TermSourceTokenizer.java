package org.rasid.store.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adapts a {@link TermSource} to Lucene: reads the whole field value, asks the source for its terms
 * and replays them with their original offsets (so highlighting marks the original text).
 */
final class TermSourceTokenizer extends Tokenizer {

  private final TermSource source;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
  private final StringBuilder buffer = new StringBuilder();
  private final char[] chunk = new char[8192];
  private List<IndexTerm> terms = List.of();
  private int next;
  private int finalOffset;

  TermSourceTokenizer(TermSource source) {
    this.source = source;
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    IndexTerm t = terms.get(next++);
    termAtt.setEmpty().append(t.term());
    offsetAtt.setOffset(correctOffset(t.start()), correctOffset(t.end()));
    posAtt.setPositionIncrement(next == 1 ? Math.max(1, t.positionIncrement()) : t.positionIncrement());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    buffer.setLength(0);
    for (int r; (r = input.read(chunk)) != -1; ) {
      buffer.append(chunk, 0, r);
    }
    String text = buffer.toString();
    terms = source.terms(text);
    next = 0;
    finalOffset = correctOffset(text.length());
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    terms = List.of();
  }
}
