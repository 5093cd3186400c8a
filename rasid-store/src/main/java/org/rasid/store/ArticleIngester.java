package org.rasid.store;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Document;
import org.rasid.core.normalize.ArabicNormalizer;
import org.rasid.store.dedup.Fingerprint;
import org.rasid.store.dedup.Fingerprinter;
import org.rasid.store.index.ArticleDocuments;
import org.rasid.store.index.ArticleIndex;
import org.rasid.store.json.AnalysisJson;
import org.rasid.store.story.StoryTracker;

/**
 * Ingests one article: duplicate check, analysis, Lucene document, index (not committed), story.
 *
 * <p>Rules: a blank text fails; an exact duplicate is skipped before analysis (so re-running an
 * ingest costs only fingerprints); an analysis error fails the article with its message. Thread-safe.
 */
final class ArticleIngester {

  private final ArticleIndex index;
  private final ArticleAnalyzer analyzer;
  private final AnalysisJson json;
  private final Fingerprinter fingerprinter = new Fingerprinter();
  private final ArabicNormalizer normalizer = ArabicNormalizer.get();
  private final DuplicateGuard guard;
  private final java.util.function.Function<java.util.List<org.rasid.core.model.Token>, java.util.List<org.rasid.store.index.IndexTerm>> tokensToTerms;
  private final StoryTracker stories;

  /**
   * @param tokensToTerms when the analysis' tokens come from the same text layer as the index's
   *     term source: turns them into the body's terms (saves tokenizing twice); else null
   */
  ArticleIngester(ArticleIndex index, IndexSearcher snapshot, ArticleAnalyzer analyzer, AnalysisJson json,
      java.util.function.Function<java.util.List<org.rasid.core.model.Token>, java.util.List<org.rasid.store.index.IndexTerm>> tokensToTerms,
      StoryTracker stories) {
    this.tokensToTerms = tokensToTerms;
    this.stories = stories;
    this.index = index;
    this.analyzer = analyzer;
    this.json = json;
    this.guard = new DuplicateGuard(snapshot);
  }

  /**
   * @param trackStories whether the article joins a story (off only when measuring stories' cost)
   */
  IngestResult ingest(Document doc, boolean trackStories) {
    if (doc.text().isBlank()) {
      return IngestResult.failed(doc.id(), "empty text");
    }
    // one normalization of the text serves the store's fingerprint and the story features
    String normalized = normalizer.normalize(doc.text());
    Fingerprint fp = fingerprinter.fingerprintNormalized(normalized);
    DuplicateGuard.Verdict verdict;
    try {
      verdict = guard.decide(doc.id(), fp);
    } catch (IOException e) {
      return IngestResult.failed(doc.id(), "index lookup failed: " + e.getMessage());
    }
    if (verdict.exactOf() != null) {
      return IngestResult.duplicate(doc.id(), verdict.exactOf());
    }
    try {
      Analysis a = analyzer.analyze(doc);
      String stored = StoredAnalysis.encode(json, a);
      var terms = tokensToTerms == null || a.tokens().isEmpty() ? null : tokensToTerms.apply(a.tokens());
      index.put(doc.id(), ArticleDocuments.build(doc.meta(), a, stored, fp, verdict.nearOf(), terms));
      // the article joins a story (or starts one); features are computed outside the tracker's lock
      if (trackStories) {
        stories.add(a.text().equals(doc.text())
            ? stories.features(a, doc.meta().published(), doc.meta().source(), normalized)
            : stories.features(a, doc.meta().published(), doc.meta().source()));
      }
    } catch (IOException | RuntimeException e) {
      guard.forget(doc.id(), fp);
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
      return IngestResult.failed(doc.id(), why.replaceAll("\\s+", " "));
    }
    return verdict.nearOf() != null ? IngestResult.nearDuplicate(doc.id(), verdict.nearOf()) : IngestResult.ingested(doc.id());
  }
}
