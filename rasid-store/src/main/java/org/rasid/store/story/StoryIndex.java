package org.rasid.store.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Quote;
import org.rasid.core.model.Sentence;

/**
 * The stories of a {@link StoryTracker} as the CLI and the HTTP API show them: a sorted list, and
 * one story with members, timeline, summary and quotes.
 *
 * <p>Article texts come from the lookup given at construction ({@code id → Analysis}), so this class
 * does not depend on how articles are stored; an id the lookup cannot find is reported in {@link
 * StoryView#missing()} and left out. Titles are computed on demand and cached per story size (a
 * story that grows gets a fresh title). Thread-safe.
 */
public final class StoryIndex {

  /** List orders. */
  public enum Order {
    /** Latest publication date first, then larger first. */
    RECENT,
    /** Larger first (distinct articles, then all members), then latest first. */
    SIZE
  }

  private record CachedTitle(int size, String title) {}

  private final StoryTracker tracker;
  private final Function<String, Optional<Analysis>> lookup;
  private final StorySummarizer summarizer;
  private final StoryTitler titler;
  private final StoryTimeline timeline = new StoryTimeline();
  private final Map<String, CachedTitle> titles = new ConcurrentHashMap<>();

  public StoryIndex(StoryTracker tracker, Function<String, Optional<Analysis>> lookup) {
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.summarizer = new StorySummarizer();
    this.titler = new StoryTitler(summarizer);
  }

  /** Number of stories. */
  public int size() {
    return tracker.clusterer().storyCount();
  }

  /**
   * Stories in {@code order}, skipping {@code offset}, at most {@code limit}; {@code minSize} drops
   * smaller stories (1 keeps singletons).
   */
  public List<Story> list(Order order, int offset, int limit, int minSize) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must be >= 0, got offset=" + offset + ", limit=" + limit);
    }
    List<StoryCluster> all = new ArrayList<>(tracker.clusterer().stories());
    all.removeIf(c -> c.size() < minSize);
    Comparator<StoryCluster> recent =
        Comparator.comparing(StoryCluster::to, Comparator.nullsLast(Comparator.reverseOrder()));
    Comparator<StoryCluster> bigger =
        Comparator.<StoryCluster>comparingInt(c -> distinct(c)).reversed().thenComparing(Comparator.comparingInt(StoryCluster::size).reversed());
    all.sort(order == Order.RECENT ? recent.thenComparing(bigger).thenComparing(StoryCluster::id) : bigger.thenComparing(recent).thenComparing(StoryCluster::id));
    List<Story> out = new ArrayList<>();
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      out.add(toStory(all.get(i), null));
    }
    return out;
  }

  /** Count of stories with at least {@code minSize} members. */
  public int count(int minSize) {
    return (int) tracker.clusterer().stories().stream().filter(c -> c.size() >= minSize).count();
  }

  public Optional<Story> story(String id) {
    return tracker.clusterer().story(id).map(c -> toStory(c, null));
  }

  /** The story of an article. */
  public Optional<String> storyOf(String articleId) {
    return tracker.clusterer().storyOf(articleId);
  }

  /** The full story page; {@code summarySentences} bounds the summary length. */
  public Optional<StoryView> view(String id, int summarySentences) {
    Optional<StoryCluster> c = tracker.clusterer().story(id);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    StoryCluster cluster = c.get();
    List<Analysis> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String m : cluster.memberIds()) {
      Optional<Analysis> a = lookup.apply(m);
      if (a.isPresent()) {
        found.add(a.get());
      } else {
        missing.add(m);
      }
    }
    Set<String> copies = new HashSet<>();
    for (String m : cluster.memberIds()) {
      tracker.duplicates().representativeOf(m).filter(r -> !r.equals(m)).ifPresent(r -> copies.add(m));
    }
    List<Analysis> originals = found.stream().filter(a -> !copies.contains(a.id())).toList();
    Story story = toStory(cluster, found);
    return Optional.of(new StoryView(
        story,
        members(cluster, found),
        timeline.build(found, copies),
        summarizer.summarize(originals.isEmpty() ? found : originals, summarySentences),
        quotes(found),
        missing));
  }

  private Story toStory(StoryCluster c, List<Analysis> loaded) {
    CachedTitle t = titles.get(c.id());
    if (t == null || t.size() != c.size()) {
      List<Analysis> members = new ArrayList<>();
      Set<String> have = new HashSet<>();
      if (loaded != null) {
        members.addAll(loaded);
      } else {
        for (String m : c.memberIds()) {
          lookup.apply(m).ifPresent(members::add);
        }
      }
      members.forEach(a -> have.add(a.id()));
      // members whose text the lookup lacks still have their persisted headline
      for (String m : c.memberIds()) {
        if (!have.contains(m)) {
          tracker.featuresOf(m).filter(f -> f.title() != null).ifPresent(f -> members.add(headlineOnly(f)));
        }
      }
      t = new CachedTitle(c.size(), titler.title(members, c.keyEntities(), c.keyTerms()));
      titles.put(c.id(), t);
    }
    return new Story(c.id(), t.title(), c.keyEntities(), c.keyTerms(), c.from(), c.to(), c.memberIds(), c.duplicateCounts());
  }

  private static Analysis headlineOnly(ArticleFeatures f) {
    return new Analysis(f.id(), f.source(), f.title(), f.published(), null, "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static int distinct(StoryCluster c) {
    return c.size() - c.duplicateCounts().values().stream().mapToInt(Integer::intValue).sum();
  }

  private List<StoryMember> members(StoryCluster c, List<Analysis> found) {
    Map<String, Analysis> byId = new LinkedHashMap<>();
    found.forEach(a -> byId.put(a.id(), a));
    Map<String, List<String>> copiesOf = new LinkedHashMap<>();
    List<String> originals = new ArrayList<>();
    for (String m : c.memberIds()) {
      String rep = tracker.duplicates().representativeOf(m).orElse(m);
      if (rep.equals(m) || !c.memberIds().contains(rep)) {
        originals.add(m);
      } else {
        copiesOf.computeIfAbsent(rep, k -> new ArrayList<>()).add(m);
      }
    }
    originals.sort(Comparator.comparing((String m) -> published(m, byId), Comparator.nullsLast(Comparator.naturalOrder())));
    List<StoryMember> out = new ArrayList<>();
    for (String o : originals) {
      List<String> cs = copiesOf.getOrDefault(o, List.of());
      out.add(member(o, byId, null, cs.size()));
      for (String k : cs) {
        out.add(member(k, byId, o, 0));
      }
    }
    return out;
  }

  private java.time.LocalDate published(String id, Map<String, Analysis> byId) {
    return tracker.featuresOf(id).map(ArticleFeatures::published).orElseGet(() -> byId.containsKey(id) ? byId.get(id).dct() : null);
  }

  private StoryMember member(String id, Map<String, Analysis> byId, String duplicateOf, int copies) {
    Analysis a = byId.get(id);
    Optional<ArticleFeatures> f = tracker.featuresOf(id);
    String source = f.map(ArticleFeatures::source).orElse(a == null ? null : a.source());
    String title = a != null ? a.title() : f.map(ArticleFeatures::title).orElse(null);
    return new StoryMember(id, title, source, published(id, byId), duplicateOf, copies);
  }

  private static List<StoryQuote> quotes(List<Analysis> members) {
    Map<String, StoryQuote> byKey = new LinkedHashMap<>();
    for (Analysis a : members) {
      List<Sentence> ss = StorySentences.of(a);
      for (Quote q : a.quotes()) {
        String key = String.join(" ", ContentWords.shingleWords(q.text()));
        StoryQuote old = byKey.get(key);
        if (old != null) {
          if (!old.articleId().equals(a.id())) {
            byKey.put(key, new StoryQuote(old.text(), old.speaker(), old.direct(), old.articleId(), old.sentence(), old.sources() + 1));
          }
          continue;
        }
        String speaker = q.speaker() == null ? null : q.speaker().canonical();
        byKey.put(key, new StoryQuote(q.text(), speaker, q.direct(), a.id(), Math.max(0, StorySentences.indexAt(ss, q.span().start())), 1));
      }
    }
    List<StoryQuote> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparingInt(StoryQuote::sources).reversed());
    return out;
  }
}
