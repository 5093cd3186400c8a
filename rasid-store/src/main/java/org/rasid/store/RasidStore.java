package org.rasid.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.rasid.core.model.Document;
import org.rasid.store.story.StoryIndex;
import org.rasid.store.story.StoryTracker;
import org.rasid.store.story.TermStatistics;
import org.rasid.extract.Analyzer;
import org.rasid.store.index.ArabicSearchAnalyzer;
import org.rasid.store.index.ArticleIndex;
import org.rasid.core.TextLayer;
import org.rasid.store.index.TextLayerTermSource;
import org.rasid.store.index.TermSource;
import org.rasid.store.ingest.ArticleReaders;
import org.rasid.store.json.AnalysisJson;

/**
 * The article store: ingestion, embedded Lucene index and search, behind one facade.
 *
 * <p>Rules: one store per data directory at a time (Lucene's write lock is held until {@link
 * #close()}; a second open fails with {@link org.apache.lucene.store.LockObtainFailedException});
 * {@link #ingest} commits every batch and at the end, {@link #ingestOne} commits each article;
 * searches see everything committed or ingested by this instance. All methods are thread-safe.
 * I/O errors surface as {@link UncheckedIOException}.
 */
public final class RasidStore implements AutoCloseable {

  private static final String STORIES_DIR = "stories";

  private final Path dataDir;
  private final Analyzer analyzer;
  private final ArticleIndex index;
  private final ArticleIngester ingester;
  private final ArticleSearch search;
  private final EntityQueries entities;
  private final ArticleReaders readers = ArticleReaders.standard();
  /** The index as opened (for duplicate checks against earlier runs); null when it was empty. */
  private final IndexSearcher openedAs;
  private final StoryTracker stories;

  private RasidStore(Path dataDir, Analyzer analyzer, ArticleAnalyzer analysis, ArabicSearchAnalyzer chain,
      ArticleIndex index) throws IOException {
    this.dataDir = dataDir;
    this.analyzer = analyzer;
    this.index = index;
    IndexSearcher snapshot = index.acquire();
    if (snapshot.getIndexReader().numDocs() == 0) {
      index.release(snapshot);
      snapshot = null;
    }
    this.openedAs = snapshot;
    AnalysisJson json = new AnalysisJson();
    // Reuse the analysis' tokens for the body only when they come from the very text layer the
    // index analyzes with; otherwise index and query terms could differ.
    boolean sameTextLayer = analyzer != null && chain.termSource() instanceof TextLayerTermSource t
        && t.textLayer() == analyzer.textLayer();
    this.stories = loadStories(dataDir);
    this.ingester = new ArticleIngester(index, snapshot, analysis, json,
        sameTextLayer ? TextLayerTermSource::termsOf : null, stories);
    this.search = new ArticleSearch(index, chain, json);
    this.entities = new EntityQueries(index, search, new QueryParserRules(chain));
  }

  /**
   * Opens (creating when missing) the store in {@code dataDir} with Rasid's analyzer; the search
   * chain is the analyzer's own text layer ({@link TextLayerTermSource}).
   */
  public static RasidStore open(Path dataDir, Analyzer analyzer) throws IOException {
    Objects.requireNonNull(analyzer, "analyzer");
    return open(dataDir, analyzer, analyzer::analyze, new ArabicSearchAnalyzer(new TextLayerTermSource(analyzer.textLayer())));
  }

  /**
   * Opens the store with a custom analysis step and term source (tests, benchmarks, other text
   * layers). {@link #analyzer()} then is {@code analyzer}, which may be null.
   */
  public static RasidStore open(Path dataDir, Analyzer analyzer, ArticleAnalyzer analysis, TermSource terms)
      throws IOException {
    return open(dataDir, analyzer, analysis, new ArabicSearchAnalyzer(terms));
  }

  private static RasidStore open(Path dataDir, Analyzer analyzer, ArticleAnalyzer analysis, ArabicSearchAnalyzer chain)
      throws IOException {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(analysis, "analysis");
    ArticleIndex index = ArticleIndex.open(dataDir.resolve("index"), chain);
    try {
      return new RasidStore(dataDir, analyzer, analysis, chain, index);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * Opens the last commit of an existing store for searching only: no write lock (an ingest may run
   * at the same time; its commits become visible), no analyzer; ingest methods throw {@link
   * IllegalStateException}.
   *
   * @throws java.nio.file.NoSuchFileException when {@code dataDir} holds no index
   */
  public static RasidStore openReadOnly(Path dataDir) throws IOException {
    return openReadOnly(dataDir, new TextLayerTermSource(TextLayer.create()));
  }

  /** {@link #openReadOnly(Path)} with the term source the index was built with. */
  public static RasidStore openReadOnly(Path dataDir, TermSource terms) throws IOException {
    Path dir = dataDir.resolve("index");
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(dataDir.toString(), null, "no Rasid index here");
    }
    try (var d = org.apache.lucene.store.FSDirectory.open(dir)) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(d)) {
        throw new java.nio.file.NoSuchFileException(dataDir.toString(), null, "no Rasid index here");
      }
    }
    ArticleIndex index = ArticleIndex.openReadOnly(dir);
    ArticleAnalyzer none = doc -> {
      throw new IllegalStateException("store opened read-only");
    };
    try {
      return new RasidStore(dataDir, null, none, new ArabicSearchAnalyzer(terms), index);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Reads every file under {@code paths} and ingests its articles (see {@link IngestRun}). */
  public IngestSummary ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
    requireWritable();
    try {
      IngestSummary summary =
          new IngestRun(readers, ingester, index, options == null ? IngestOptions.defaults() : options, listener)
              .run(paths);
      saveStories();
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Analyzes, stores and commits one article. */
  public IngestResult ingestOne(Document doc) {
    requireWritable();
    IngestResult r = ingester.ingest(doc, true);
    if (r.status() != IngestResult.Status.FAILED && r.status() != IngestResult.Status.DUPLICATE) {
      try {
        index.commit();
        saveStories();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return r;
  }

  public SearchResult search(SearchQuery q) {
    try {
      return search.search(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<StoredArticle> article(String id) {
    try {
      return search.article(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Up to {@code n} articles most similar to article {@code id} (its near-duplicates left out). */
  public List<StoredArticle> moreLikeThis(String id, int n) {
    try {
      return search.moreLikeThis(id, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Entities whose canonical name or a mention matches {@code nameInAnySpelling}, most articles first. */
  public List<EntityHit> findEntities(String nameInAnySpelling, int limit) {
    try {
      return entities.findEntities(nameInAnySpelling, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Profile of an entity, empty when no stored article mentions it. */
  public Optional<EntityProfile> entity(String entityId) {
    try {
      return entities.profile(entityId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dated events and time expressions of the articles matching {@code filter}, in date order. */
  public List<TimelineItem> timeline(SearchQuery filter) {
    try {
      return entities.timeline(filter);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stored articles, near-duplicates included. */
  public int articleCount() {
    try {
      IndexSearcher s = index.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        index.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The analyzer the store was opened with (null only when opened with a custom analysis step). */
  public Analyzer analyzer() {
    return analyzer;
  }

  public boolean isReadOnly() {
    return index.isReadOnly();
  }

  private void requireWritable() {
    if (index.isReadOnly()) {
      throw new IllegalStateException("store opened read-only: " + dataDir);
    }
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * The stories of the stored articles (near-duplicate groups, clusters, timelines, summaries); it
   * reads member analyses from this store.
   */
  public StoryIndex stories() {
    return new StoryIndex(stories, id -> article(id).map(StoredArticle::analysis));
  }

  /** The story state, kept in {@code dataDir/stories}; a new one when there is none yet. */
  private static StoryTracker loadStories(Path dataDir) throws IOException {
    Path dir = dataDir.resolve(STORIES_DIR);
    if (java.nio.file.Files.isDirectory(dir)) {
      try (var entries = java.nio.file.Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          return StoryTracker.load(dir, TermStatistics.bundled());
        }
      }
    }
    return StoryTracker.create(TermStatistics.bundled());
  }

  /**
   * Saves the story state after an ingest. Saved per ingest run, not per index commit (the state of
   * a large corpus is tens of MB); after a crash the story state may lag the index, and {@code rasid
   * stories --rebuild} re-clusters what it holds.
   */
  private void saveStories() throws IOException {
    stories.save(dataDir.resolve(STORIES_DIR));
  }

  /** Commits what is pending and releases the index. */
  @Override
  public void close() throws IOException {
    if (openedAs != null) {
      index.release(openedAs);
    }
    index.close();
  }
}
