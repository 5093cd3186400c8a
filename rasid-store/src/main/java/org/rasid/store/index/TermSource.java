package org.rasid.store.index;

import java.util.List;

/**
 * Where the search index gets its terms from: the pluggable token source of {@link
 * ArabicSearchAnalyzer}. The same source analyzes documents and queries, so both sides agree.
 *
 * <p>Rules every implementation keeps: offsets point into the text passed in (never into a
 * normalized copy); start offsets never decrease; implementations are thread-safe.
 */
@FunctionalInterface
public interface TermSource {

  List<IndexTerm> terms(String text);
}
