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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Incremental single-pass story clustering: each article joins the best existing story or starts
 * a new one.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Candidates: the stories whose indexed terms include one of the article's {@link
 *       Config#queryTerms()} heaviest terms (an inverted index; each member adds its {@code
 *       queryTerms} heaviest terms to its story's postings). Only the {@link Config#maxPostings()}
 *       most recent stories of a term are read, and stories more than {@link Config#maxGapDays()}
 *       days away are skipped: clustering stays linear in the number of articles.
 *   <li>Score of a candidate: {@code ((1 - w) * cos + w * ent) * exp(-gap / tau)} where {@code cos}
 *       is the cosine of the article's TF-IDF vector with the story centroid (the sum of its members'
 *       normalized vectors), {@code ent} the Jaccard of the article's entity ids with the story's
 *       key entity ids, {@code w} = {@link Config#entityWeight()} when both sides have entities and 0
 *       otherwise, and {@code gap} the days between the article's date
 *       (0 when either is undated) and the mean date of the story's members, {@code tau} = {@link Config#tauDays()}.
 *   <li>The best candidate (ties: the older story) wins if its score reaches {@link
 *       Config#threshold()}; otherwise the article starts a story (Allan et al., <i>Topic Detection
 *       and Tracking Pilot Study</i>, 1998: single-pass clustering with a time penalty).
 *   <li>A copy found by {@link NearDuplicateDetector} joins its representative's story through
 *       {@link #assignCopy} without moving the centroid (one agency text republished ten times is one
 *       voice).
 *   <li>Story ids are stable: {@code s} + 12 hex digits of a hash of the first member's id.
 * </ol>
 *
 * <p>Assignment is deterministic for a given order of articles; {@link #rebuild} sorts by date then
 * id first. Thread-safe: every public method locks the clusterer.
 */
public final class StoryClusterer {

  /**
   * Tuning knobs.
   *
   * @param threshold minimum score to join a story
   * @param entityWeight weight of the entity Jaccard when both sides have entities
   * @param tauDays time decay constant in days
   * @param maxGapDays stories further away in time are never candidates
   * @param queryTerms heaviest article terms used to look up and index stories
   * @param maxPostings most recent stories read per query term
   * @param centroidTerms heaviest centroid terms kept per story
   */
  public record Config(
      double threshold,
      double entityWeight,
      double tauDays,
      int maxGapDays,
      int queryTerms,
      int maxPostings,
      int centroidTerms) {

    /** Tuned on the dev part of eval/stories (see docs/MEASURED-stories.md). */
    public static final Config DEFAULT = new Config(0.225, 0.3, 7.0, 14, 10, 400, 300);

    public Config {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
      }
      if (!(entityWeight >= 0 && entityWeight <= 1)) {
        throw new IllegalArgumentException("entityWeight must be in [0, 1], got " + entityWeight);
      }
      if (!(tauDays > 0) || maxGapDays < 0 || queryTerms <= 0 || maxPostings <= 0 || centroidTerms <= 0) {
        throw new IllegalArgumentException("tauDays, queryTerms, maxPostings, centroidTerms must be > 0: " + this);
      }
    }

    public Config withThreshold(double t) {
      return new Config(t, entityWeight, tauDays, maxGapDays, queryTerms, maxPostings, centroidTerms);
    }
  }

  private static final int MAGIC = 0x52535432; // "RST2"
  private static final int KEY_ENTITIES = 10;
  private static final int KEY_TERMS = 8;
  /** Stories fully scored per article. */
  static final int MAX_CANDIDATES = 40;

  private final Config config;
  private LongIntMap termIds = new LongIntMap(1 << 16);
  private final List<String> terms = new ArrayList<>();
  private final List<State> stories = new ArrayList<>();
  private final Map<String, State> byId = new HashMap<>();
  private final Map<String, State> storyOfArticle = new HashMap<>();
  /** Term id → story ordinals that indexed the term (count in cell 0), or null. */
  private int[][] postings = new int[1 << 12][];
  /** Scratch of {@link #candidates}, indexed by story ordinal; only touched under the lock. */
  private double[] overlap = new double[1 << 10];
  private int[] overlapStamp = new int[1 << 10];
  private int stamp;
  private int[] touched = new int[1 << 8];
  /**
   * Per story ordinal, the mean day of the members that moved its centroid ({@code daySum /
   * (double) datedMembers}), NaN while it has none: the candidate scan reads this compact array
   * instead of visiting up to {@code queryTerms * maxPostings} story objects per article.
   */
  private double[] centre = new double[1 << 10];
  /** Scratch of {@link State#cosine}: zeros between calls. */
  private double[] products = new double[TermVector.MAX_TERMS];
  /** The current article's term ids → positions, for {@link State#cosine}; see {@link ArticleTerms}. */
  private final ArticleTerms articleTerms = new ArticleTerms();
  /** Scratch of {@link State#add}: the merged centroid before it is cut and copied out. */
  private int[] mergedIds = new int[1 << 9];
  private float[] mergedSums = new float[1 << 9];
  private float[] sortedSums = new float[1 << 9];

  public StoryClusterer(Config config) {
    this.config = config;
  }

  public StoryClusterer() {
    this(Config.DEFAULT);
  }

  public Config config() {
    return config;
  }

  /**
   * Puts {@code f} in a story and returns the story id. An article already assigned keeps its
   * story.
   */
  public synchronized String assign(ArticleFeatures f) {
    State known = storyOfArticle.get(f.id());
    if (known != null) {
      return known.id;
    }
    int[] ids = new int[f.terms().size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = intern(f.terms(), i);
    }
    int[] order = byTermId(ids);
    if (products.length < ids.length) {
      products = new double[ids.length];
    }
    int day = f.published() == null ? Integer.MIN_VALUE : (int) f.published().toEpochDay();
    State best = null;
    double bestScore = -1;
    int[] candidates = candidates(ids, f.terms(), day);
    articleTerms.set(ids);
    try {
      for (int ord : candidates) {
        State s = stories.get(ord);
        double score = score(f, day, s);
        if (score > bestScore || (score == bestScore && best != null && s.ordinal < best.ordinal)) {
          best = s;
          bestScore = score;
        }
      }
    } finally {
      articleTerms.clear(ids);
    }
    State target = best != null && bestScore >= config.threshold() ? best : newStory(f.id());
    join(target, f, ids, order, day);
    return target.id;
  }

  /**
   * Puts a copy of {@code representativeId} in the representative's story (without moving its
   * centroid). Falls back to {@link #assign} when the representative is unknown.
   */
  public synchronized String assignCopy(ArticleFeatures f, String representativeId) {
    State known = storyOfArticle.get(f.id());
    if (known != null) {
      return known.id;
    }
    State s = storyOfArticle.get(representativeId);
    if (s == null) {
      return assign(f);
    }
    s.members.add(f.id());
    s.copies().merge(representativeId, 1, Integer::sum);
    s.widen(f.published() == null ? Integer.MIN_VALUE : (int) f.published().toEpochDay());
    storyOfArticle.put(f.id(), s);
    return s.id;
  }

  /**
   * Forgets every story and clusters {@code articles} again, oldest first (ties by id), using
   * {@code duplicateOf} (article id → representative id, may be empty) to route copies.
   */
  public synchronized void rebuild(Stream<ArticleFeatures> articles, Map<String, String> duplicateOf) {
    termIds = new LongIntMap(1 << 16);
    terms.clear();
    stories.clear();
    byId.clear();
    storyOfArticle.clear();
    postings = new int[1 << 12][];
    centre = new double[1 << 10];
    List<ArticleFeatures> all = new ArrayList<>(articles.toList());
    all.sort(
        Comparator.comparing(ArticleFeatures::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ArticleFeatures::id));
    for (ArticleFeatures f : all) {
      String rep = duplicateOf.get(f.id());
      if (rep != null && storyOfArticle.containsKey(rep)) {
        assignCopy(f, rep);
      } else {
        assign(f);
      }
    }
  }

  /** Same as {@link #rebuild(Stream, Map)} without duplicate routing. */
  public void rebuild(Stream<ArticleFeatures> articles) {
    rebuild(articles, Map.of());
  }

  public synchronized Optional<String> storyOf(String articleId) {
    State s = storyOfArticle.get(articleId);
    return s == null ? Optional.empty() : Optional.of(s.id);
  }

  public synchronized Optional<StoryCluster> story(String storyId) {
    State s = byId.get(storyId);
    return s == null ? Optional.empty() : Optional.of(snapshot(s));
  }

  /** Every story, in creation order. */
  public synchronized List<StoryCluster> stories() {
    List<StoryCluster> out = new ArrayList<>(stories.size());
    for (State s : stories) {
      out.add(snapshot(s));
    }
    return out;
  }

  public synchronized int storyCount() {
    return stories.size();
  }

  public synchronized int articleCount() {
    return storyOfArticle.size();
  }

  // ---- scoring -------------------------------------------------------------------------------

  /**
   * Stories sharing query terms with the article, the {@link #MAX_CANDIDATES} with the most article
   * weight on shared terms first (a cheap upper bound of the dot product that spares full cosines);
   * ties by story age.
   */
  private int[] candidates(int[] ids, TermVector v, int day) {
    if (overlap.length < stories.size()) {
      int n = Math.max(stories.size(), overlap.length * 2);
      overlap = Arrays.copyOf(overlap, n);
      overlapStamp = Arrays.copyOf(overlapStamp, n);
    }
    if (++stamp == 0) { // wrapped around: forget every old mark
      Arrays.fill(overlapStamp, 0);
      stamp = 1;
    }
    int touchedCount = 0;
    int q = Math.min(config.queryTerms(), ids.length);
    for (int i = 0; i < q; i++) {
      int[] p = ids[i] < postings.length ? postings[ids[i]] : null;
      if (p == null) {
        continue;
      }
      int n = p[0];
      double w = v.weight(i);
      for (int k = n; k >= 1 && k > n - config.maxPostings(); k--) {
        int ord = p[k];
        if (gap(centre[ord], day) <= config.maxGapDays()) {
          if (overlapStamp[ord] != stamp) {
            overlapStamp[ord] = stamp;
            overlap[ord] = w;
            if (touchedCount == touched.length) {
              touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = ord;
          } else {
            overlap[ord] += w;
          }
        }
      }
    }
    // the best MAX_CANDIDATES by (overlap desc, ordinal asc): a bounded insertion, no full sort
    int[] top = new int[Math.min(MAX_CANDIDATES, touchedCount)];
    int filled = 0;
    for (int t = 0; t < touchedCount; t++) {
      int ord = touched[t];
      if (filled == top.length && !before(ord, top[filled - 1])) {
        continue;
      }
      int pos = filled == top.length ? filled - 1 : filled;
      while (pos > 0 && before(ord, top[pos - 1])) {
        top[pos] = top[pos - 1];
        pos--;
      }
      top[pos] = ord;
      if (filled < top.length) {
        filled++;
      }
    }
    return filled == top.length ? top : Arrays.copyOf(top, filled);
  }

  /** Candidate order: more overlap first, then the older story. */
  private boolean before(int a, int b) {
    int c = Double.compare(overlap[a], overlap[b]);
    return c != 0 ? c > 0 : a < b;
  }

  private double score(ArticleFeatures f, int day, State s) {
    double cos = s.cosine(articleTerms, f.terms(), products);
    double w = 0;
    double ent = 0;
    if (!f.entities().isEmpty() && s.entityCounts != null && !s.entityCounts.isEmpty()) {
      w = config.entityWeight();
      Set<String> key = s.keyEntityIds();
      int inter = 0;
      for (String e : f.entityIds()) {
        if (key.contains(e)) {
          inter++;
        }
      }
      int union = f.entityIds().size() + key.size() - inter;
      ent = union == 0 ? 0 : inter / (double) union;
    }
    return ((1 - w) * cos + w * ent) * Math.exp(-gap(centre[s.ordinal], day) / config.tauDays());
  }

  /**
   * Days between the article and the story's centre (mean date of the members that moved its
   * centroid). Measuring from the centre rather than the latest member keeps a daily series (oil
   * prices, weather) from chaining into one story for weeks: each new day pulls the centre only a
   * little, so the gap grows with the series' length.
   */
  private static double gap(double centre, int day) {
    if (day == Integer.MIN_VALUE || Double.isNaN(centre)) {
      return 0;
    }
    return Math.abs(day - centre);
  }

  private State newStory(String firstMember) {
    String hex = Long.toHexString(MinHash.mix(MinHash.fnv(firstMember)) >>> 16);
    String base = "s" + "0".repeat(12 - hex.length()) + hex;
    String id = base;
    for (int k = 2; byId.containsKey(id); k++) {
      id = base + "-" + k;
    }
    State s = new State(stories.size(), id);
    stories.add(s);
    byId.put(id, s);
    setCentre(s);
    return s;
  }

  /** Positions of {@code ids} by increasing id (ties, impossible between distinct terms, by position). */
  private static int[] byTermId(int[] ids) {
    long[] keyed = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      keyed[i] = ((long) ids[i] << 32) | i;
    }
    Arrays.sort(keyed);
    int[] order = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      order[i] = (int) keyed[i];
    }
    return order;
  }

  private void join(State s, ArticleFeatures f, int[] ids, int[] order, int day) {
    s.members.add(f.id());
    s.widen(day);
    if (day != Integer.MIN_VALUE) {
      s.daySum += day;
      s.datedMembers++;
      setCentre(s);
    }
    growScratch(s.termIds.length + ids.length);
    s.add(ids, order, f.terms(), config.centroidTerms(), mergedIds, mergedSums, sortedSums);
    if (!f.entities().isEmpty()) {
      s.keyEntities = null;
      s.makeEntityMaps();
      f.entities().forEach((id, name) -> {
        s.entityCounts.merge(id, 1, Integer::sum);
        s.entityNames.putIfAbsent(id, name);
      });
    }
    int q = Math.min(config.queryTerms(), ids.length);
    for (int i = 0; i < q; i++) {
      if (s.index(ids[i])) {
        addPosting(ids[i], s.ordinal);
      }
    }
    storyOfArticle.put(f.id(), s);
  }

  private void growScratch(int n) {
    if (mergedIds.length < n) {
      int cap = Integer.highestOneBit(n - 1) << 1;
      mergedIds = new int[cap];
      mergedSums = new float[cap];
      sortedSums = new float[cap];
    }
  }

  /**
   * The current article's term ids with their positions in its vector, by term id: a bit per term
   * id (a few tens of KB, so it stays in the first caches while up to {@link #MAX_CANDIDATES}
   * centroids are scanned against it; most centroid terms are not the article's and stop there)
   * and, for the set bits, the position. Empty between articles.
   */
  private static final class ArticleTerms {
    private long[] bits = new long[1 << 10];
    private int[] positions = new int[1 << 16];

    /** Holds {@code ids} (non-negative) and their positions, the first on a repeat; the table must be empty. */
    void set(int[] ids) {
      for (int p = ids.length - 1; p >= 0; p--) {
        int id = ids[p];
        if (id >= positions.length) {
          positions = Arrays.copyOf(positions, Math.max(id + 1, positions.length * 2));
        }
        if ((id >>> 6) >= bits.length) {
          bits = Arrays.copyOf(bits, Math.max((id >>> 6) + 1, bits.length * 2));
        }
        bits[id >>> 6] |= 1L << id;
        positions[id] = p;
      }
    }

    /** Empties the table after {@link #set}{@code (ids)}. */
    void clear(int[] ids) {
      for (int id : ids) {
        bits[id >>> 6] = 0;
      }
    }

    /** The article position of term {@code id}, or -1. */
    int position(int id) {
      int w = id >>> 6;
      return w < bits.length && (bits[w] & (1L << id)) != 0 ? positions[id] : -1;
    }
  }

  /** Records the story's centre in {@link #centre} (call when its dated members change). */
  private void setCentre(State s) {
    if (s.ordinal >= centre.length) {
      centre = Arrays.copyOf(centre, Math.max(s.ordinal + 1, centre.length * 2));
    }
    centre[s.ordinal] = s.datedMembers == 0 ? Double.NaN : s.daySum / (double) s.datedMembers;
  }

  private void addPosting(int term, int ordinal) {
    if (term >= postings.length) {
      postings = Arrays.copyOf(postings, Math.max(term + 1, postings.length * 2));
    }
    postings[term] = LongIntListMap.append(postings[term], ordinal); // the same count-first list layout
  }

  private int intern(TermVector v, int i) {
    long fp = v.fingerprint(i);
    int id = termIds.get(fp, -1);
    if (id < 0) {
      id = terms.size();
      terms.add(v.term(i));
      termIds.put(fp, id);
    }
    return id;
  }

  private StoryCluster snapshot(State s) {
    List<String> keyEntities = new ArrayList<>();
    for (String id : s.keyEntityIds()) {
      keyEntities.add(s.entityNames.getOrDefault(id, id)); // key ids come from entityCounts: names exist
    }
    // top KEY_TERMS by centroid weight without sorting the whole centroid (list pages snapshot every story)
    int k = Math.min(KEY_TERMS, s.termIds.length);
    int[] top = new int[k];
    int filled = 0;
    for (int i = 0; i < s.termIds.length; i++) {
      int pos = filled;
      while (pos > 0 && s.sums[top[pos - 1]] < s.sums[i]) {
        pos--;
      }
      if (pos >= k) {
        continue;
      }
      int end = Math.min(filled, k - 1);
      System.arraycopy(top, pos, top, pos + 1, end - pos);
      top[pos] = i;
      filled = Math.min(k, filled + 1);
    }
    List<String> keyTerms = new ArrayList<>(k);
    for (int i = 0; i < filled; i++) {
      keyTerms.add(terms.get(s.termIds[top[i]]));
    }
    return new StoryCluster(
        s.id,
        s.members,
        s.minDay == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(s.minDay),
        s.maxDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(s.maxDay),
        keyEntities,
        keyTerms,
        s.copies == null ? Map.of() : s.copies);
  }

  /** One story's mutable state, only touched under the clusterer's lock. */
  private static final class State {
    final int ordinal;
    final String id;
    final List<String> members = new ArrayList<>(2);
    /** Representative id → copies of it in the story; null until the first copy (most stories have none). */
    Map<String, Integer> copies;
    /** Entity id → members naming it, and its name; both null until a member has entities. */
    Map<String, Integer> entityCounts;
    Map<String, String> entityNames;
    /** Term ids this story added to the postings, sorted (count in {@link #indexedCount}). */
    int[] indexed = new int[16];
    int indexedCount;
    /** Cache of {@link #keyEntityIds()}; null when stale. */
    Set<String> keyEntities;
    int[] termIds = new int[0];
    float[] sums = new float[0];
    double sumSq;
    int minDay = Integer.MAX_VALUE;
    int maxDay = Integer.MIN_VALUE;
    /** Sum and count of the dates of members that moved the centroid (copies do not). */
    long daySum;
    int datedMembers;

    State(int ordinal, String id) {
      this.ordinal = ordinal;
      this.id = id;
    }

    Map<String, Integer> copies() {
      if (copies == null) {
        copies = new LinkedHashMap<>();
      }
      return copies;
    }

    /** Creates the entity maps on the story's first member with entities. */
    void makeEntityMaps() {
      if (entityCounts == null) {
        entityCounts = new HashMap<>();
        entityNames = new HashMap<>();
      }
    }

    /** Adds {@code term} to the indexed terms; false when it was there already. */
    boolean index(int term) {
      int at = Arrays.binarySearch(indexed, 0, indexedCount, term);
      if (at >= 0) {
        return false;
      }
      int pos = -at - 1;
      if (indexedCount == indexed.length) {
        indexed = Arrays.copyOf(indexed, indexedCount * 2);
      }
      System.arraycopy(indexed, pos, indexed, pos + 1, indexedCount - pos);
      indexed[pos] = term;
      indexedCount++;
      return true;
    }

    void widen(int day) {
      if (day != Integer.MIN_VALUE) {
        minDay = Math.min(minDay, day);
        maxDay = Math.max(maxDay, day);
      }
    }

    /**
     * Cosine with the article: each centroid term is looked up in the article's term table, and
     * the products summed in the article's term order (the order of the plain per-term lookup, so
     * the sum is the same to the last bit).
     *
     * @param products scratch of at least the article's length, zeros, left zeroed
     */
    double cosine(ArticleTerms article, TermVector v, double[] products) {
      if (sumSq == 0) {
        return 0;
      }
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      int[] t = termIds;
      for (int b = 0; b < t.length; b++) {
        int i = article.position(t[b]);
        if (i >= 0) {
          products[i] = sums[b] * v.weight(i);
          lo = Math.min(lo, i);
          hi = Math.max(hi, i);
        }
      }
      double dot = 0;
      for (int i = lo; i <= hi; i++) {
        dot += products[i];
        products[i] = 0;
      }
      return dot / Math.sqrt(sumSq);
    }

    /**
     * Adds a normalized vector to the centroid sums, keeping the {@code cap} heaviest terms. The
     * merge runs in the clusterer's scratch arrays ({@code nt}, {@code ns}, {@code sorted}, each at
     * least as long as both inputs together); the centroid's arrays are overwritten in place when
     * the merged length equals theirs (a story at its cap), else replaced by arrays of that length.
     */
    void add(int[] ids, int[] order, TermVector v, int cap, int[] nt, float[] ns, float[] sorted) {
      int a = 0;
      int b = 0;
      int n = 0;
      while (a < termIds.length || b < order.length) {
        int ta = a < termIds.length ? termIds[a] : Integer.MAX_VALUE;
        int tb = b < order.length ? ids[order[b]] : Integer.MAX_VALUE;
        if (ta < tb) {
          nt[n] = ta;
          ns[n++] = sums[a++];
        } else if (tb < ta) {
          nt[n] = tb;
          ns[n++] = v.weight(order[b++]);
        } else {
          nt[n] = ta;
          ns[n++] = sums[a++] + v.weight(order[b++]);
        }
      }
      if (n > cap) {
        System.arraycopy(ns, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        float cut = sorted[n - cap];
        int m = 0;
        for (int i = 0; i < n && m < cap; i++) {
          if (ns[i] >= cut) {
            nt[m] = nt[i];
            ns[m++] = ns[i];
          }
        }
        n = m;
      }
      if (termIds.length != n) {
        termIds = new int[n];
        sums = new float[n];
      }
      System.arraycopy(nt, 0, termIds, 0, n);
      System.arraycopy(ns, 0, sums, 0, n);
      double sq = 0;
      for (float x : sums) {
        sq += (double) x * x;
      }
      sumSq = sq;
    }

    /** The {@link #KEY_ENTITIES} key entity ids, cached until the entity counts change. */
    Set<String> keyEntityIds() {
      if (keyEntities == null) {
        keyEntities = keyEntityIds(KEY_ENTITIES);
      }
      return keyEntities;
    }

    Set<String> keyEntityIds(int k) {
      if (entityCounts == null) {
        return Set.of();
      }
      List<Map.Entry<String, Integer>> es = new ArrayList<>(entityCounts.entrySet());
      es.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      Set<String> out = new java.util.LinkedHashSet<>();
      for (int i = 0; i < Math.min(k, es.size()); i++) {
        out.add(es.get(i).getKey());
      }
      return java.util.Collections.unmodifiableSet(out);
    }
  }

  // ---- persistence -------------------------------------------------------------------------

  /** Writes the state to {@code file} (gzip), atomically replacing it. */
  public synchronized void save(Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp)) {
      write(os);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads a state written by {@link #save}, with the configuration it was saved with. */
  public static StoryClusterer load(Path file) throws IOException {
    try (InputStream is = Files.newInputStream(file)) {
      return read(is);
    }
  }

  synchronized void write(OutputStream os) throws IOException {
    DataOutputStream out = FastGzip.dataOut(os);
    out.writeInt(MAGIC);
    out.writeDouble(config.threshold());
    out.writeDouble(config.entityWeight());
    out.writeDouble(config.tauDays());
    out.writeInt(config.maxGapDays());
    out.writeInt(config.queryTerms());
    out.writeInt(config.maxPostings());
    out.writeInt(config.centroidTerms());
    out.writeInt(terms.size());
    for (String t : terms) {
      out.writeUTF(t);
    }
    out.writeInt(stories.size());
    for (State s : stories) {
      out.writeUTF(s.id);
      out.writeInt(s.minDay);
      out.writeInt(s.maxDay);
      out.writeLong(s.daySum);
      out.writeInt(s.datedMembers);
      out.writeInt(s.members.size());
      for (String m : s.members) {
        out.writeUTF(m);
      }
      Map<String, Integer> copies = s.copies == null ? Map.of() : s.copies;
      out.writeInt(copies.size());
      for (var e : copies.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue());
      }
      Map<String, Integer> entityCounts = s.entityCounts == null ? Map.of() : s.entityCounts;
      out.writeInt(entityCounts.size());
      for (var e : entityCounts.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(s.entityNames.getOrDefault(e.getKey(), e.getKey()));
        out.writeInt(e.getValue());
      }
      out.writeInt(s.termIds.length);
      for (int i = 0; i < s.termIds.length; i++) {
        out.writeInt(s.termIds[i]);
        out.writeFloat(s.sums[i]);
      }
      out.writeInt(s.indexedCount);
      for (int i = 0; i < s.indexedCount; i++) {
        out.writeInt(s.indexed[i]);
      }
    }
    // postings keep their append order, which decides which stories a term reads first
    int np = 0;
    for (int[] p : postings) {
      np += p == null ? 0 : 1;
    }
    out.writeInt(np);
    for (int term = 0; term < postings.length; term++) {
      int[] p = postings[term];
      if (p == null) {
        continue;
      }
      out.writeInt(term);
      out.writeInt(p[0]);
      for (int k = 1; k <= p[0]; k++) {
        out.writeInt(p[k]);
      }
    }
    out.flush();
    out.close();
  }

  static StoryClusterer read(InputStream is) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is)));
    int magic = in.readInt();
    if (magic != MAGIC) {
      throw new IOException("not a Rasid story state (magic " + Integer.toHexString(magic) + ")");
    }
    Config c = new Config(in.readDouble(), in.readDouble(), in.readDouble(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
    StoryClusterer k = new StoryClusterer(c);
    int nt = in.readInt();
    for (int i = 0; i < nt; i++) {
      String t = in.readUTF();
      k.termIds.put(LongIntMap.fingerprint(t), i);
      k.terms.add(t);
    }
    int ns = in.readInt();
    for (int i = 0; i < ns; i++) {
      State s = new State(i, in.readUTF());
      s.minDay = in.readInt();
      s.maxDay = in.readInt();
      s.daySum = in.readLong();
      s.datedMembers = in.readInt();
      int nm = in.readInt();
      for (int m = 0; m < nm; m++) {
        String id = in.readUTF();
        s.members.add(id);
        k.storyOfArticle.put(id, s);
      }
      int nc = in.readInt();
      for (int m = 0; m < nc; m++) {
        s.copies().put(in.readUTF(), in.readInt());
      }
      int ne = in.readInt();
      if (ne > 0) {
        s.makeEntityMaps();
      }
      for (int m = 0; m < ne; m++) {
        String id = in.readUTF();
        s.entityNames.put(id, in.readUTF());
        s.entityCounts.put(id, in.readInt());
      }
      int nv = in.readInt();
      s.termIds = new int[nv];
      s.sums = new float[nv];
      double sq = 0;
      for (int m = 0; m < nv; m++) {
        s.termIds[m] = in.readInt();
        s.sums[m] = in.readFloat();
        sq += (double) s.sums[m] * s.sums[m];
      }
      s.sumSq = sq;
      int ni = in.readInt();
      for (int m = 0; m < ni; m++) {
        s.index(in.readInt());
      }
      k.stories.add(s);
      k.byId.put(s.id, s);
      k.setCentre(s);
    }
    int np = in.readInt();
    for (int i = 0; i < np; i++) {
      int term = in.readInt();
      int n = in.readInt();
      int[] p = new int[n + 1];
      p[0] = n;
      for (int m = 1; m <= n; m++) {
        p[m] = in.readInt();
      }
      if (term >= k.postings.length) {
        k.postings = Arrays.copyOf(k.postings, Math.max(term + 1, k.postings.length * 2));
      }
      k.postings[term] = p;
    }
    return k;
  }
}
