package org.rasid.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The on-disk Lucene index: one writer (holding the directory's write lock while open) and a
 * near-real-time searcher manager over it.
 *
 * <p>Durability rule: only {@link #commit()} makes changes durable; Lucene commits are atomic, so
 * after a crash (even {@code kill -9}) the index reopens at its last commit, consistent.
 *
 * <p>Read-only mode ({@link #openReadOnly}) takes no lock and searches the last commit (refreshed
 * before each search when a newer one exists), so searching works while another process ingests.
 */
public final class ArticleIndex implements AutoCloseable {

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** Opens the last commit of the index in {@code dir} for searching only. */
  public static ArticleIndex openReadOnly(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      return new ArticleIndex(directory, null, new SearcherManager(directory, null));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public boolean isReadOnly() {
    return writer == null;
  }

  private ArticleIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** Opens or creates the index in {@code dir}. */
  public static ArticleIndex open(Path dir, ArabicSearchAnalyzer analyzer) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(128)
          .setCommitOnClose(true);
      ConcurrentMergeScheduler cms = new ConcurrentMergeScheduler();
      cms.setMaxMergesAndThreads(2, 1);
      config.setMergeScheduler(cms);
      IndexWriter writer = new IndexWriter(directory, config);
      return new ArticleIndex(directory, writer, new SearcherManager(writer, null));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Adds or replaces the article with the document's id. */
  public void put(String id, Document doc) throws IOException {
    requireWritable();
    writer.updateDocument(new Term(ArticleFields.ID, id), doc);
  }

  /** Makes every change so far durable, then visible to searchers. */
  public void commit() throws IOException {
    requireWritable();
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** Makes every change so far visible to searchers (not durable). */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  public IndexSearcher acquire() throws IOException {
    if (writer == null) {
      searchers.maybeRefresh();
    }
    return searchers.acquire();
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
  }

  public void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Id of an article with this content hash in {@code s}'s view, if any. */
  public static Optional<String> idByHash(IndexSearcher s, String hash) throws IOException {
    {
      TopDocs td = s.search(new TermQuery(new Term(ArticleFields.HASH, hash)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(s.storedFields().document(td.scoreDocs[0].doc).get(ArticleFields.ID));
    }
  }

  /** Articles in {@code s}'s view sharing at least one LSH band key, with their MinHash signatures. */
  public static List<Candidate> candidates(IndexSearcher s, List<String> bands, int max) throws IOException {
    if (bands.isEmpty()) {
      return List.of();
    }
    {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String band : bands) {
        b.add(new TermQuery(new Term(ArticleFields.LSH, band)), BooleanClause.Occur.SHOULD);
      }
      TopDocs td = s.search(b.build(), max);
      List<Candidate> out = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (ScoreDoc sd : td.scoreDocs) {
        Document d = fields.document(sd.doc);
        BytesRef sig = d.getBinaryValue(ArticleFields.MINHASH);
        out.add(new Candidate(d.get(ArticleFields.ID), d.get(ArticleFields.DUPLICATE_OF), sig == null ? new long[0] : MinHashBytes.decode(sig)));
      }
      return out;
    }
  }

  /**
   * An article that may be a near duplicate.
   *
   * @param duplicateOf the article it already copies, or null
   */
  public record Candidate(String id, String duplicateOf, long[] minHash) {}

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
