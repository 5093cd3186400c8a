package org.rasid.store.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replays terms computed ahead of time (from an analysis' tokens) as a Lucene token stream, so an
 * article is not tokenized twice. Same attributes and offsets as {@link TermSourceTokenizer}.
 */
final class IndexTermStream extends TokenStream {

  private final List<IndexTerm> terms;
  private final int finalOffset;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
  private int next;

  IndexTermStream(List<IndexTerm> terms, int textLength) {
    this.terms = List.copyOf(terms);
    this.finalOffset = textLength;
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    IndexTerm t = terms.get(next++);
    termAtt.setEmpty().append(t.term());
    offsetAtt.setOffset(t.start(), t.end());
    posAtt.setPositionIncrement(next == 1 ? Math.max(1, t.positionIncrement()) : t.positionIncrement());
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }
}
