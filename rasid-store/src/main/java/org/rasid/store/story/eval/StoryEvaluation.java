package org.rasid.store.story.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.store.corpus.CorpusArticle;
import org.rasid.store.corpus.SaudiNewsNetCorpus;
import org.rasid.store.story.ArticleFeatures;
import org.rasid.store.story.NearDuplicateDetector;
import org.rasid.store.story.StoryAssignment;
import org.rasid.store.story.StoryClusterer;
import org.rasid.store.story.StoryTracker;
import org.rasid.store.story.TermStatistics;

/**
 * Story clustering and near-duplicate evaluation on the labelled SaudiNewsNet set.
 *
 * <p>Procedure, per split (dev, test), each on its own: the split's articles are read from the
 * corpus zips (their urls checked against the gold), analysed, and fed to a fresh {@link
 * StoryTracker} in corpus order (the order ingestion sees them); the resulting stories are scored
 * with B-cubed against the gold stories, and the duplicate groups (articles sharing a
 * representative) with pair precision/recall against the gold duplicate groups.
 */
public final class StoryEvaluation {

  /** Scores of one split. */
  public record SplitResult(
      String split, int articles, int goldStories, int predictedStories, ClusterScores.PRF bcubed, ClusterScores.PRF duplicates, long millis) {}

  private final List<GoldArticle> gold;
  private final Map<String, Analysis> analyses;
  private final Map<String, LocalDate> dates;
  /** Per zip, every article id in corpus order (gold ones use their gold id, others {@code day#index}). */
  private final Map<String, List<String>> zipOrder;
  private final Map<String, String> sources;

  private StoryEvaluation(
      List<GoldArticle> gold, Map<String, Analysis> analyses, Map<String, LocalDate> dates,
      Map<String, List<String>> zipOrder, Map<String, String> sources) {
    this.gold = gold;
    this.analyses = analyses;
    this.dates = dates;
    this.zipOrder = zipOrder;
    this.sources = sources;
  }

  /** Reads the gold file. */
  public static List<GoldArticle> readGold(Path jsonl) throws IOException {
    ObjectMapper om = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode j = om.readTree(line);
        try {
          out.add(new GoldArticle(
              j.path("id").asText(null), j.path("zip").asText(null), j.path("index").asInt(-1), j.path("url").asText(""),
              j.path("source").asText(""), j.path("title").asText(""), j.path("story").asText(null),
              j.path("split").asText(null), j.path("dupGroup").isNull() ? null : j.path("dupGroup").asText(null)));
        } catch (NullPointerException e) {
          throw new IOException(jsonl + ":" + n + ": missing field: " + e.getMessage());
        }
      }
    }
    return out;
  }

  /**
   * Loads the gold articles' texts from {@code corpusDir} and analyses them; with {@code
   * distractors}, every other article of their zips too (clustered along, never scored).
   *
   * @throws IOException when a zip is missing or an article's url differs from the gold
   */
  public static StoryEvaluation load(
      List<GoldArticle> gold, Path corpusDir, Function<Document, Analysis> analyzer, boolean distractors) throws IOException {
    Map<String, List<String>> zipOrder = new HashMap<>();
    Map<String, String> sources = new HashMap<>();
    Map<String, List<GoldArticle>> byZip = new TreeMap<>();
    for (GoldArticle g : gold) {
      byZip.computeIfAbsent(g.zip(), k -> new ArrayList<>()).add(g);
    }
    Map<String, Analysis> analyses = new HashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    for (var e : byZip.entrySet()) {
      Path zip = corpusDir.resolve(e.getKey());
      if (!Files.exists(zip)) {
        throw new IOException("SaudiNewsNet zip not found: " + zip.toAbsolutePath());
      }
      Map<Integer, GoldArticle> wanted = new HashMap<>();
      for (GoldArticle g : e.getValue()) {
        wanted.put(g.index(), g);
      }
      LocalDate day = LocalDate.parse(e.getKey().replace(".zip", ""));
      try (Stream<CorpusArticle> s = SaudiNewsNetCorpus.articlesOf(zip)) {
        int[] i = {0};
        List<String> order = new ArrayList<>();
        zipOrder.put(e.getKey(), order);
        s.forEachOrdered(a -> {
          int at = i[0]++;
          GoldArticle g = wanted.get(at);
          if (g == null) {
            if (distractors) {
              String id = e.getKey().replace(".zip", "") + "#" + at;
              analyses.put(id, analyzer.apply(new Document(id, a.content(), new DocumentMeta(a.source(), a.title(), a.url(), day))));
              dates.put(id, day);
              sources.put(id, a.source());
              order.add(id);
            }
            return;
          }
          order.add(g.id());
          sources.put(g.id(), a.source());
          if (!g.url().equals(a.url())) {
            throw new IllegalStateException(
                "gold " + g.id() + " expects url " + g.url() + " but the corpus has " + a.url() + " (different corpus version?)");
          }
          Document d = new Document(g.id(), a.content(), new DocumentMeta(a.source(), a.title(), a.url(), day));
          analyses.put(g.id(), analyzer.apply(d));
          dates.put(g.id(), day);
        });
      }
      for (GoldArticle g : e.getValue()) {
        if (!analyses.containsKey(g.id())) {
          throw new IOException("gold article " + g.id() + " not found in " + zip);
        }
      }
    }
    return new StoryEvaluation(gold, analyses, dates, zipOrder, sources);
  }

  /** Clusters and scores one split. */
  public SplitResult run(String split, TermStatistics stats, NearDuplicateDetector.Config dup, StoryClusterer.Config cluster) {
    List<GoldArticle> items = gold.stream().filter(g -> g.split().equals(split)).toList();
    long t0 = System.nanoTime();
    List<ArticleFeatures> features = new ArrayList<>();
    for (String zip : items.stream().map(GoldArticle::zip).distinct().sorted().toList()) {
      for (String id : zipOrder.get(zip)) {
        features.add(ArticleFeatures.of(analyses.get(id), dates.get(id), sources.get(id), stats));
      }
    }
    StoryTracker tracker = StoryTracker.create(stats, dup, cluster);
    Map<String, String> predicted = new LinkedHashMap<>();
    Map<String, String> predictedDup = new HashMap<>();
    for (ArticleFeatures f : features) {
      StoryAssignment a = tracker.add(f);
      predicted.put(f.id(), a.storyId());
      predictedDup.put(f.id(), a.duplicateOf() != null ? a.duplicateOf() : f.id());
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> goldStory = new HashMap<>();
    Map<String, String> goldDup = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (GoldArticle g : items) {
      goldStory.put(g.id(), g.story());
      if (g.dupGroup() != null) {
        goldDup.put(g.id(), g.dupGroup());
      }
      ids.add(g.id());
    }
    return new SplitResult(
        split,
        items.size(),
        (int) items.stream().map(GoldArticle::story).distinct().count(),
        (int) ids.stream().map(predicted::get).distinct().count(),
        ClusterScores.bcubed(goldStory, predicted),
        ClusterScores.pairs(ids, goldDup, predictedDup),
        millis);
  }

  /** Term statistics of the analysed gold articles themselves (when no bundled table is used). */
  public TermStatistics selfStatistics() {
    TermStatistics.Builder b = TermStatistics.builder();
    analyses.values().forEach(b::add);
    return b.build();
  }

  public List<GoldArticle> gold() {
    return gold;
  }
}
