package org.rasid.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rasid.core.model.Document;

/**
 * The article store: ingestion, embedded Lucene index and search, behind one facade.
 *
 * <p>FACADE SKELETON: signatures are final; implementations follow in the next commits.
 */
public final class RasidStore implements AutoCloseable {

  private final Path dataDir;
  private final ArticleAnalyzer analyzer;

  private RasidStore(Path dataDir, ArticleAnalyzer analyzer) {
    this.dataDir = dataDir;
    this.analyzer = analyzer;
  }

  /**
   * Opens (creating when missing) the store in {@code dataDir}; holds the Lucene write lock until
   * {@link #close()}.
   */
  public static RasidStore open(Path dataDir, ArticleAnalyzer analyzer) throws IOException {
    return new RasidStore(dataDir, analyzer);
  }

  /** Reads every file under {@code paths} and ingests its articles. */
  public IngestSummary ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Analyzes and stores one article, committing it. */
  public IngestResult ingestOne(Document doc) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public SearchResult search(SearchQuery q) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public Optional<StoredArticle> article(String id) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public List<StoredArticle> moreLikeThis(String id, int n) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public List<EntityHit> findEntities(String nameInAnySpelling, int limit) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public Optional<EntityProfile> entity(String entityId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public List<TimelineItem> timeline(SearchQuery filter) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public int articleCount() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public ArticleAnalyzer analyzer() {
    return analyzer;
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() throws IOException {}
}
