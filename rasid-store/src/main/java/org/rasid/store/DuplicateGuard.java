package org.rasid.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.rasid.store.dedup.Fingerprint;
import org.rasid.store.dedup.Fingerprinter;
import org.rasid.store.index.ArticleIndex;

/**
 * Decides, atomically per article, whether it is new, an exact duplicate or a near duplicate —
 * against a snapshot of the index taken when the store opened (articles of earlier runs) and an
 * in-memory table of every article this store instance has accepted since (the write lock
 * guarantees nobody else changed the index meanwhile). The snapshot is not consulted when it is
 * empty, so a fresh bulk ingest costs no index lookups.
 *
 * <p>Rules: same content hash as a stored article → exact duplicate of it (nothing changes, also
 * when it is the same article ingested again); else a stored or pending article with estimated
 * Jaccard ≥ {@link Fingerprinter#THRESHOLD} and another id → near duplicate of that article's
 * original (copies of copies point to the first). A decision registers the article at once, so two
 * threads holding the same text cannot both be new; a failed article is forgotten again.
 */
final class DuplicateGuard {

  private static final int MAX_CANDIDATES = 50;

  private final IndexSearcher snapshot;
  private final Map<String, String> pendingHashes = new HashMap<>();
  private final Map<String, List<Pending>> pendingBands = new HashMap<>();

  private record Pending(String id, String duplicateOf, long[] minHash) {}

  /** The verdict: {@code exactOf} or {@code nearOf} set, or neither for a new article. */
  record Verdict(String exactOf, String nearOf) {}

  /** @param snapshot the index as it was when the store opened, or null when it was empty */
  DuplicateGuard(IndexSearcher snapshot) {
    this.snapshot = snapshot;
  }

  synchronized Verdict decide(String id, Fingerprint fp) throws IOException {
    String exact = pendingHashes.get(fp.contentHash());
    if (exact == null && snapshot != null) {
      exact = ArticleIndex.idByHash(snapshot, fp.contentHash()).orElse(null);
    }
    if (exact != null) {
      return new Verdict(exact, null);
    }
    String near = nearest(id, fp);
    pendingHashes.put(fp.contentHash(), id);
    Pending p = new Pending(id, near, fp.minHash());
    for (String band : fp.bands()) {
      pendingBands.computeIfAbsent(band, k -> new ArrayList<>(1)).add(p);
    }
    return new Verdict(null, near);
  }

  private String nearest(String id, Fingerprint fp) throws IOException {
    String best = null;
    double bestSim = Fingerprinter.THRESHOLD;
    for (String band : fp.bands()) {
      for (Pending p : pendingBands.getOrDefault(band, List.of())) {
        double sim = fp.similarity(p.minHash());
        if (!p.id().equals(id) && sim >= bestSim) {
          best = p.duplicateOf() != null ? p.duplicateOf() : p.id();
          bestSim = sim;
        }
      }
    }
    List<ArticleIndex.Candidate> stored =
        snapshot == null ? List.of() : ArticleIndex.candidates(snapshot, fp.bands(), MAX_CANDIDATES);
    for (ArticleIndex.Candidate c : stored) {
      double sim = fp.similarity(c.minHash());
      if (!c.id().equals(id) && sim >= bestSim) {
        best = c.duplicateOf() != null ? c.duplicateOf() : c.id();
        bestSim = sim;
      }
    }
    return best;
  }

  /** Undoes the registration of an article that then failed. */
  synchronized void forget(String id, Fingerprint fp) {
    pendingHashes.remove(fp.contentHash(), id);
    for (String band : fp.bands()) {
      List<Pending> list = pendingBands.get(band);
      if (list != null) {
        list.removeIf(p -> p.id().equals(id));
      }
    }
  }
}
