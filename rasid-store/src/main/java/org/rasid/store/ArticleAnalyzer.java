package org.rasid.store;

import org.rasid.core.model.Analysis;
import org.rasid.core.model.Document;

/**
 * The analysis step the store runs on every ingested article: {@code Document → Analysis}.
 *
 * <p>Production code passes {@code org.rasid.extract.Analyzer::analyze}; the store only needs this
 * one method, so the dependency stays narrow. Implementations must be thread-safe (ingestion calls
 * it from several threads at once).
 */
@FunctionalInterface
public interface ArticleAnalyzer {

  Analysis analyze(Document doc);
}
