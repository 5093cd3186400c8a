package org.rasid.store.story;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.rasid.core.model.Analysis;

/**
 * The story step of ingestion: near-duplicate detection, then clustering. This is the one object
 * the store calls per article ({@link #add}) and persists in its data directory ({@link #save}).
 *
 * <p>Order of the step, and why: features are computed outside any lock (the costly part, so
 * ingestion threads run it in parallel); then, under the tracker's lock, the detector decides
 * whether the article copies an earlier one, and a copy joins its representative's story without
 * moving the centroid while an original is clustered. Holding one lock for both keeps a copy from
 * racing ahead of its original.
 */
public final class StoryTracker {

  static final String STORIES_FILE = "stories.bin.gz";
  static final String DUPLICATES_FILE = "duplicates.bin.gz";
  static final String FEATURES_FILE = "features.bin.gz";
  /** Features with terms numbered in the file and the signature scheme in the header ({@link FeaturesCodec}). */
  private static final int FEATURES_MAGIC = 0x52465433; // "RFT3"
  /** The previous features format (terms as text, {@link MinHash.Scheme#K_PERMUTATIONS}), still read. */
  private static final int FEATURES_MAGIC_V2 = 0x52465432; // "RFT2"
  /** Duplicate state with the signature scheme in the header; signatures may refer to the features file. */
  private static final int DUP_MAGIC = 0x52445033; // "RDP3"
  /** The previous duplicate state format ({@link MinHash.Scheme#K_PERMUTATIONS}), still read. */
  private static final int DUP_MAGIC_V2 = 0x52445032; // "RDP2"
  /** The first duplicate state format (every signature inline, K_PERMUTATIONS), still read. */
  private static final int DUP_MAGIC_V1 = 0x52445031; // "RDP1"

  private final TermStatistics stats;
  /**
   * How this tracker's signatures are made: {@link MinHash.Scheme#DEFAULT} for a new tracker, the
   * saved state's scheme for a loaded one (so that old and new articles are compared alike).
   */
  private final MinHash.Scheme scheme;
  private final FeatureExtractor extractor;
  private final NearDuplicateDetector duplicates;
  private final StoryClusterer clusterer;
  /** Every added article's features, in order, so the stories can be rebuilt offline. */
  private final Map<String, ArticleFeatures> features = new LinkedHashMap<>();

  private StoryTracker(
      TermStatistics stats, MinHash.Scheme scheme, NearDuplicateDetector duplicates, StoryClusterer clusterer) {
    this.stats = Objects.requireNonNull(stats, "stats");
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.extractor = new FeatureExtractor(stats, scheme);
    this.duplicates = duplicates;
    this.clusterer = clusterer;
  }

  /** An empty tracker with the default (tuned) configurations. */
  public static StoryTracker create(TermStatistics stats) {
    return create(stats, NearDuplicateDetector.Config.DEFAULT, StoryClusterer.Config.DEFAULT);
  }

  public static StoryTracker create(
      TermStatistics stats, NearDuplicateDetector.Config dupConfig, StoryClusterer.Config clusterConfig) {
    return create(stats, MinHash.Scheme.DEFAULT, dupConfig, clusterConfig);
  }

  private static StoryTracker create(TermStatistics stats, MinHash.Scheme scheme,
      NearDuplicateDetector.Config dupConfig, StoryClusterer.Config clusterConfig) {
    return new StoryTracker(stats, scheme, new NearDuplicateDetector(dupConfig), new StoryClusterer(clusterConfig));
  }

  /**
   * A tracker holding {@code articles} clustered afresh, oldest first (ties by id): what {@code
   * rasid stories --rebuild} runs. Its signature scheme is the articles' (all must share one).
   */
  public static StoryTracker rebuilt(
      TermStatistics stats,
      NearDuplicateDetector.Config dupConfig,
      StoryClusterer.Config clusterConfig,
      Stream<ArticleFeatures> articles) {
    List<ArticleFeatures> all = new ArrayList<>(articles.toList());
    MinHash.Scheme scheme = all.isEmpty() ? MinHash.Scheme.DEFAULT : all.get(0).minHash().scheme();
    return addOldestFirst(create(stats, scheme, dupConfig, clusterConfig), all);
  }

  private static StoryTracker addOldestFirst(StoryTracker t, List<ArticleFeatures> all) {
    all.sort(
        Comparator.comparing(ArticleFeatures::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ArticleFeatures::id));
    for (ArticleFeatures f : all) {
      t.add(f);
    }
    return t;
  }

  /** Features of an analysed article under this tracker's term statistics (no lock taken). */
  public ArticleFeatures features(Analysis a, LocalDate published, String source) {
    return extractor.features(a, published, source, null);
  }

  /**
   * Same, given {@code ArabicNormalizer.get().normalize(a.text())}, which the caller computed already
   * (the store normalizes each text once for its own fingerprint and the story features).
   */
  public ArticleFeatures features(Analysis a, LocalDate published, String source, String normalizedText) {
    return extractor.features(a, published, source, Objects.requireNonNull(normalizedText, "normalizedText"));
  }

  /** Computes the features of {@code a} and adds it. */
  public StoryAssignment add(Analysis a, LocalDate published, String source) {
    return add(features(a, published, source));
  }

  /** Adds an article: duplicate check, then story assignment. Idempotent per article id. */
  public synchronized StoryAssignment add(ArticleFeatures f) {
    features.putIfAbsent(f.id(), f);
    Optional<String> rep = duplicates.observe(f);
    String story = rep.isPresent() ? clusterer.assignCopy(f, rep.get()) : clusterer.assign(f);
    return new StoryAssignment(f.id(), story, rep.orElse(null));
  }

  /**
   * A new tracker holding the same articles clustered afresh, oldest first, with the given
   * configurations: {@code rasid stories --rebuild}.
   */
  public synchronized StoryTracker rebuilt(NearDuplicateDetector.Config dupConfig, StoryClusterer.Config clusterConfig) {
    return addOldestFirst(create(stats, scheme, dupConfig, clusterConfig), new ArrayList<>(features.values()));
  }

  /** The features of an added article. */
  public synchronized Optional<ArticleFeatures> featuresOf(String articleId) {
    return Optional.ofNullable(features.get(articleId));
  }

  public synchronized int articleCount() {
    return features.size();
  }

  public StoryClusterer clusterer() {
    return clusterer;
  }

  public NearDuplicateDetector duplicates() {
    return duplicates;
  }

  public TermStatistics termStatistics() {
    return stats;
  }

  /**
   * Writes the state into {@code dir}: {@value #STORIES_FILE}, {@value #DUPLICATES_FILE} and
   * {@value #FEATURES_FILE}, each replaced atomically. The features file, the largest, is written on
   * a second thread meanwhile (saving ends every ingest, when the ingestion threads are idle).
   */
  public synchronized void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    // the helper reads the features map while this thread holds the lock, so nobody changes it
    IOException[] failure = new IOException[1];
    Thread featuresWriter = new Thread(() -> {
      try {
        writeFeatures(dir);
      } catch (IOException | RuntimeException e) {
        failure[0] = e instanceof IOException io ? io : new IOException("writing story features failed", e);
      }
    }, "rasid-story-save");
    featuresWriter.setDaemon(true);
    featuresWriter.start();
    try {
      clusterer.save(dir.resolve(STORIES_FILE));
      Path tmp = dir.resolve(DUPLICATES_FILE + ".tmp");
      try (OutputStream os = Files.newOutputStream(tmp);
          DataOutputStream out = FastGzip.dataOut(os)) {
        NearDuplicateDetector.Config c = duplicates.config();
        out.writeInt(DUP_MAGIC);
        out.writeInt(scheme.ordinal());
        out.writeInt(c.bands());
        out.writeInt(c.rows());
        out.writeDouble(c.minContainment());
        out.writeDouble(c.minJaccard());
        out.writeInt(c.minShingles());
        duplicates.writeTo(out, features);
      }
      Files.move(tmp, dir.resolve(DUPLICATES_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      joinQuietly(featuresWriter);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private void writeFeatures(Path dir) throws IOException {
    Path ftmp = dir.resolve(FEATURES_FILE + ".tmp");
    try (OutputStream os = Files.newOutputStream(ftmp);
        DataOutputStream out = FastGzip.dataOutStored(os)) {
      out.writeInt(FEATURES_MAGIC);
      out.writeInt(scheme.ordinal());
      out.writeInt(features.size());
      FeaturesCodec.Writer w = new FeaturesCodec.Writer(out);
      for (ArticleFeatures f : features.values()) {
        w.write(f);
      }
    }
    Files.move(ftmp, dir.resolve(FEATURES_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void joinQuietly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the writer must finish before the lock is released
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static MinHash.Scheme scheme(int ordinal, Path file) throws IOException {
    MinHash.Scheme[] all = MinHash.Scheme.values();
    if (ordinal < 0 || ordinal >= all.length) {
      throw new IOException("unknown signature scheme " + ordinal + " in " + file);
    }
    return all[ordinal];
  }

  /** Reads a tracker saved by {@link #save}; an empty tracker when {@code dir} holds none. */
  public static StoryTracker load(Path dir, TermStatistics stats) throws IOException {
    Path stories = dir.resolve(STORIES_FILE);
    Path dups = dir.resolve(DUPLICATES_FILE);
    if (!Files.exists(stories) && !Files.exists(dups)) {
      return create(stats);
    }
    if (!Files.exists(stories) || !Files.exists(dups)) {
      throw new IOException("incomplete story state in " + dir + ": need both " + STORIES_FILE + " and " + DUPLICATES_FILE);
    }
    StoryClusterer clusterer = StoryClusterer.load(stories);
    Map<String, ArticleFeatures> known = new LinkedHashMap<>();
    Path fp = dir.resolve(FEATURES_FILE);
    if (Files.exists(fp)) {
      try (InputStream fs = Files.newInputStream(fp);
          DataInputStream fin = new DataInputStream(new BufferedInputStream(new GZIPInputStream(fs), 1 << 16))) {
        int magic = fin.readInt();
        if (magic != FEATURES_MAGIC && magic != FEATURES_MAGIC_V2) {
          throw new IOException("not a Rasid features file: " + fp);
        }
        FeaturesCodec.Reader reader = magic == FEATURES_MAGIC ? new FeaturesCodec.Reader(fin, scheme(fin.readInt(), fp)) : null;
        int n = fin.readInt();
        for (int i = 0; i < n; i++) {
          ArticleFeatures f = reader != null ? reader.read() : FeaturesCodec.readV2(fin);
          known.put(f.id(), f);
        }
      }
    }
    try (InputStream is = Files.newInputStream(dups);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is), 1 << 16))) {
      int magic = in.readInt();
      if (magic != DUP_MAGIC && magic != DUP_MAGIC_V2 && magic != DUP_MAGIC_V1) {
        throw new IOException("not a Rasid duplicate state: " + dups);
      }
      MinHash.Scheme scheme = magic == DUP_MAGIC ? scheme(in.readInt(), dups) : MinHash.Scheme.K_PERMUTATIONS;
      NearDuplicateDetector.Config c =
          new NearDuplicateDetector.Config(in.readInt(), in.readInt(), in.readDouble(), in.readDouble(), in.readInt());
      for (ArticleFeatures f : known.values()) {
        if (f.minHash().scheme() != scheme) {
          throw new IOException("the features in " + dir + " were signed by " + f.minHash().scheme()
              + ", the duplicate state by " + scheme);
        }
      }
      StoryTracker t = new StoryTracker(
          stats, scheme, NearDuplicateDetector.readFrom(in, c, magic != DUP_MAGIC_V1, scheme, known), clusterer);
      t.features.putAll(known);
      return t;
    }
  }
}
