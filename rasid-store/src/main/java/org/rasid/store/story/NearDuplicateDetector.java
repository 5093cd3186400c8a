package org.rasid.store.story;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds articles that are copies of an earlier one: the same agency story republished with another
 * header, footer, dateline or a cut ending.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Exact fast path: an article whose normalized word sequence hashes like an earlier one
 *       ({@link ArticleFeatures#contentHash()}) is its copy.
 *   <li>Candidates come from LSH banding of the {@value MinHash#HASHES}-value signature ({@link
 *       Config#bands()} bands of {@link Config#rows()} rows; Leskovec, Rajaraman &amp; Ullman,
 *       <i>Mining of Massive Datasets</i>, ch. 3): two articles meet when one band is identical.
 *   <li>A candidate is a copy when the estimated containment (share of the shorter text's shingles
 *       found in the longer, {@link MinHash#containment}) reaches {@link Config#minContainment()}
 *       and the estimated Jaccard reaches {@link Config#minJaccard()} (a short note fully quoted in a
 *       long feature is not a copy of it). Texts with fewer than {@link Config#minShingles()}
 *       shingles are matched only exactly.
 *   <li>The best candidate (highest containment, then Jaccard, then earliest) wins, and the new
 *       article joins that candidate's group: its representative is the group's first article.
 * </ol>
 *
 * <p>Thread-safe: every method locks the detector (an ingestion thread checks and adds atomically
 * with {@link #observe}).
 */
public final class NearDuplicateDetector {

  /**
   * Thresholds.
   *
   * @param bands LSH bands; {@code bands * rows <= }{@value MinHash#HASHES}
   * @param rows signature values per band
   * @param minContainment estimated containment to call a pair copies
   * @param minJaccard estimated Jaccard floor
   * @param minShingles shortest text (in distinct shingles) matched by MinHash
   */
  public record Config(int bands, int rows, double minContainment, double minJaccard, int minShingles) {
    /** Tuned on the dev part of eval/stories (see docs/MEASURED-stories.md). */
    public static final Config DEFAULT = new Config(64, 2, 0.65, 0.1, 5);

    public Config {
      if (bands <= 0 || rows <= 0 || bands * rows > MinHash.HASHES) {
        throw new IllegalArgumentException(
            "need bands * rows <= " + MinHash.HASHES + ", got bands=" + bands + ", rows=" + rows);
      }
    }
  }

  private final Config config;
  private final List<String> ids = new ArrayList<>();
  private final List<MinHash> signatures = new ArrayList<>();
  private int[] representative = new int[64];
  private final Map<String, Integer> indexOf = new HashMap<>();
  private final Map<Long, Integer> exact = new HashMap<>();
  private final LongIntListMap buckets = new LongIntListMap(1 << 12);
  /** {@code seen[i] == generation}: candidate i was already checked in the current {@link #match}. */
  private int[] seen = new int[64];
  private int generation;
  private final Map<Integer, Integer> copies = new HashMap<>();

  public NearDuplicateDetector(Config config) {
    this.config = config;
  }

  public NearDuplicateDetector() {
    this(Config.DEFAULT);
  }

  public Config config() {
    return config;
  }

  /** The id of the first article of the group {@code f} would join, if it is a copy. */
  public synchronized Optional<String> duplicateOf(ArticleFeatures f) {
    int m = match(f);
    return m < 0 ? Optional.empty() : Optional.of(ids.get(representative[m]));
  }

  /** Adds {@code f} (joining a group when it is a copy). Adding an id twice is ignored. */
  public synchronized void add(ArticleFeatures f) {
    observe(f);
  }

  /**
   * Checks and adds in one step: the representative id when {@code f} is a copy, else empty. An id
   * already added answers as it did the first time.
   */
  public synchronized Optional<String> observe(ArticleFeatures f) {
    Integer known = indexOf.get(f.id());
    if (known != null) {
      int r = representative[known];
      return r == known ? Optional.empty() : Optional.of(ids.get(r));
    }
    int m = match(f);
    int idx = ids.size();
    ids.add(f.id());
    signatures.add(f.minHash());
    if (idx == representative.length) {
      representative = Arrays.copyOf(representative, idx * 2);
    }
    int rep = m < 0 ? idx : representative[m];
    representative[idx] = rep;
    indexOf.put(f.id(), idx);
    if (f.minHash().shingles() > 0) {
      exact.putIfAbsent(f.contentHash(), idx);
    }
    if (f.minHash().shingles() >= config.minShingles()) {
      for (int b = 0; b < config.bands(); b++) {
        buckets.add(bandKey(f.minHash(), b), idx);
      }
    }
    if (rep != idx) {
      copies.merge(rep, 1, Integer::sum);
      return Optional.of(ids.get(rep));
    }
    return Optional.empty();
  }

  /** How many copies of {@code representativeId} were seen (0 when none or unknown). */
  public synchronized int copies(String representativeId) {
    Integer i = indexOf.get(representativeId);
    return i == null ? 0 : copies.getOrDefault(i, 0);
  }

  /** The representative of an added article (itself when it is no copy). */
  public synchronized Optional<String> representativeOf(String id) {
    Integer i = indexOf.get(id);
    return i == null ? Optional.empty() : Optional.of(ids.get(representative[i]));
  }

  public synchronized int size() {
    return ids.size();
  }

  private int match(ArticleFeatures f) {
    MinHash sig = f.minHash();
    if (sig.shingles() > 0) {
      Integer e = exact.get(f.contentHash());
      if (e != null) {
        return e;
      }
    }
    if (sig.shingles() < config.minShingles()) {
      return -1;
    }
    int best = -1;
    double bestC = -1;
    double bestJ = -1;
    if (seen.length < ids.size()) {
      seen = Arrays.copyOf(seen, Math.max(ids.size(), seen.length * 2));
    }
    if (++generation == 0) { // wrapped around: forget every old mark
      Arrays.fill(seen, 0);
      generation = 1;
    }
    for (int b = 0; b < config.bands(); b++) {
      int bucket = buckets.find(bandKey(sig, b));
      if (bucket < 0) {
        continue;
      }
      for (int i = 0, n = buckets.listSize(bucket); i < n; i++) {
        int cand = buckets.value(bucket, i);
        if (seen[cand] == generation) {
          continue;
        }
        seen[cand] = generation;
        MinHash other = signatures.get(cand);
        double j = sig.jaccard(other);
        if (j < config.minJaccard()) {
          continue;
        }
        double c = sig.containment(other);
        if (c < config.minContainment()) {
          continue;
        }
        if (c > bestC || (c == bestC && j > bestJ) || (c == bestC && j == bestJ && cand < best)) {
          best = cand;
          bestC = c;
          bestJ = j;
        }
      }
    }
    return best;
  }

  private long bandKey(MinHash sig, int band) {
    long h = 0x9E3779B97F4A7C15L * (band + 1);
    for (int r = 0; r < config.rows(); r++) {
      h = MinHash.mix(h ^ sig.value(band * config.rows() + r));
    }
    return h;
  }

  // ---- persistence -------------------------------------------------------------------------

  /**
   * Writes the state. A signature equal to the one in {@code known} (the tracker's features of the
   * same article, persisted beside) is written as one marker byte instead of {@value
   * MinHash#HASHES} values.
   */
  synchronized void writeTo(DataOutputStream out, Map<String, ArticleFeatures> known) throws IOException {
    out.writeInt(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      out.writeUTF(ids.get(i));
      out.writeInt(representative[i]);
      MinHash s = signatures.get(i);
      ArticleFeatures f = known.get(ids.get(i));
      if (f != null && (f.minHash() == s || f.minHash().equals(s))) {
        out.writeByte(0);
        continue;
      }
      out.writeByte(1);
      out.writeInt(s.shingles());
      for (int v : s.values()) {
        out.writeInt(v);
      }
    }
    out.writeInt(exact.size());
    for (var e : exact.entrySet()) {
      out.writeLong(e.getKey());
      out.writeInt(e.getValue());
    }
  }

  /**
   * Reads a state written by {@link #writeTo}.
   *
   * @param markers whether each signature is preceded by a marker byte (0: take it from {@code
   *     known}); false for the first format, where every signature is inline
   * @param scheme the scheme of the signatures written inline
   * @param known the persisted features by article id
   */
  static NearDuplicateDetector readFrom(DataInputStream in, Config config, boolean markers, MinHash.Scheme scheme,
      Map<String, ArticleFeatures> known) throws IOException {
    NearDuplicateDetector d = new NearDuplicateDetector(config);
    int n = in.readInt();
    d.representative = new int[Math.max(64, n)];
    for (int i = 0; i < n; i++) {
      String id = in.readUTF();
      int rep = in.readInt();
      MinHash sig;
      if (markers && in.readByte() == 0) {
        ArticleFeatures f = known.get(id);
        if (f == null) {
          throw new IOException("duplicate state refers to the features of " + id + ", which are missing");
        }
        sig = f.minHash();
      } else {
        int shingles = in.readInt();
        int[] v = new int[MinHash.HASHES];
        for (int k = 0; k < v.length; k++) {
          v[k] = in.readInt();
        }
        sig = MinHash.of(scheme, v, shingles);
      }
      int shingles = sig.shingles();
      d.ids.add(id);
      d.signatures.add(sig);
      d.representative[i] = rep;
      d.indexOf.put(id, i);
      if (rep != i) {
        d.copies.merge(rep, 1, Integer::sum);
      }
      if (shingles >= config.minShingles()) {
        for (int b = 0; b < config.bands(); b++) {
          d.buckets.add(d.bandKey(sig, b), i);
        }
      }
    }
    int e = in.readInt();
    for (int i = 0; i < e; i++) {
      d.exact.put(in.readLong(), in.readInt());
    }
    return d;
  }
}
