package org.rasid.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.extract.Analyzer;
import org.rasid.store.corpus.CorpusArticle;
import org.rasid.store.corpus.SaudiNewsNetCorpus;
import org.rasid.store.story.ArticleFeatures;
import org.rasid.store.story.NearDuplicateDetector;
import org.rasid.store.story.Story;
import org.rasid.store.story.StoryClusterer;
import org.rasid.store.story.StoryIndex;
import org.rasid.store.story.StoryJson;
import org.rasid.store.story.StoryTracker;
import org.rasid.store.story.StoryView;
import org.rasid.store.story.SummarySentence;
import org.rasid.store.story.TermStatistics;
import org.rasid.store.story.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid stories}: lists stories (near-duplicate groups and story clusters), shows one story,
 * re-clusters offline.
 *
 * <p>The story state lives in {@code DATA/stories/} ({@link StoryTracker#save}). {@code --ingest}
 * adds SaudiNewsNet zips (or directories of them) and UTF-8 {@code .txt} files to it; {@code
 * --rebuild} clusters every article of the state again, oldest first. Titles, summaries and
 * timelines need the article texts: this command knows those it ingested in the same run (the store
 * supplies the others once it is wired in); for the rest, titles fall back to key terms.
 */
@Command(name = "stories", description = "Stories: near-duplicate groups and story clusters of ingested articles.", mixinStandardHelpOptions = true)
public final class StoriesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", defaultValue = "rasid-data", description = "data directory; the story state is in DATA/stories (default ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*", description = "SaudiNewsNet .zip files or directories of them, or .txt files, to add")
  List<Path> ingest = new ArrayList<>();

  @Option(names = "--rebuild", description = "re-cluster every article of the state, oldest first")
  boolean rebuild;

  @Option(names = "--no-save", description = "do not write the state back")
  boolean noSave;

  @Option(names = "--json", description = "print JSON (the /api/stories format)")
  boolean json;

  @Option(names = "--order", defaultValue = "size", description = "list order: size or recent (default ${DEFAULT-VALUE})")
  String order;

  @Option(names = "--limit", defaultValue = "20", description = "stories to list (default ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--min-size", defaultValue = "2", description = "list stories with at least this many articles (default ${DEFAULT-VALUE})")
  int minSize;

  @Option(names = "--story", paramLabel = "ID", description = "show one story: members, summary, timeline, quotes")
  String story;

  @Option(names = "--summary", defaultValue = "5", description = "summary sentences for --story (default ${DEFAULT-VALUE})")
  int summary;

  @Option(names = "--build-stats", paramLabel = "FILE", description = "count term document frequencies over the SaudiNewsNet training zips into FILE (gzip TSV) and exit")
  Path buildStats;

  @Option(names = "--corpus", description = "SaudiNewsNet zip directory for --build-stats (default ../shared/corpora/saudinewsnet)")
  Path corpus;

  @Option(names = "--min-df", defaultValue = "3", description = "with --build-stats: keep terms in at least this many articles (default ${DEFAULT-VALUE})")
  int minDf;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (buildStats != null) {
      return buildStats(out);
    }
    StoryIndex.Order listOrder = switch (order) {
      case "size" -> StoryIndex.Order.SIZE;
      case "recent" -> StoryIndex.Order.RECENT;
      default -> throw new UserInputException("--order must be size or recent, got " + order);
    };
    if (limit < 0 || minSize < 1 || summary < 0) {
      throw new UserInputException("--limit and --summary must be >= 0 and --min-size >= 1");
    }
    Path stateDir = data.resolve("stories");
    StoryTracker tracker;
    try {
      tracker = StoryTracker.load(stateDir, TermStatistics.bundled());
    } catch (IOException e) {
      throw new UserInputException("cannot read the story state in " + stateDir + ": " + e.getMessage());
    }
    Map<String, Analysis> texts = new HashMap<>();
    PrintWriter err = spec.commandLine().getErr();
    if (!ingest.isEmpty()) {
      ingest(tracker, texts, err);
    }
    if (rebuild) {
      long t0 = System.nanoTime();
      tracker = tracker.rebuilt(NearDuplicateDetector.Config.DEFAULT, StoryClusterer.Config.DEFAULT);
      err.printf("rebuilt %d stories from %d articles in %.2f s%n", tracker.clusterer().storyCount(), tracker.articleCount(), (System.nanoTime() - t0) / 1e9);
    }
    if ((!ingest.isEmpty() || rebuild) && !noSave) {
      tracker.save(stateDir);
    }
    err.flush();
    StoryIndex index = new StoryIndex(tracker, id -> Optional.ofNullable(texts.get(id)));
    StoryJson sj = new StoryJson();
    if (story != null) {
      StoryView v = index.view(story, summary).orElseThrow(() -> new UserInputException("no story with id " + story));
      if (json) {
        out.println(sj.write(sj.view(v), true));
      } else {
        printView(v, out);
      }
    } else {
      List<Story> page = index.list(listOrder, 0, limit, minSize);
      if (json) {
        out.println(sj.write(sj.list(page, index.count(minSize), 0, limit), true));
      } else {
        out.printf("%d stories (%d with %d+ articles), %d articles%n", index.size(), index.count(minSize), minSize, tracker.articleCount());
        for (Story s : page) {
          out.printf("%s  %3d articles (%d copies)  %s..%s  %s%n", s.id(), s.distinctArticles(), s.size() - s.distinctArticles(),
              s.from(), s.to(), s.title());
        }
      }
    }
    out.flush();
    return 0;
  }

  private void ingest(StoryTracker tracker, Map<String, Analysis> texts, PrintWriter err) throws IOException {
    Analyzer analyzer = Analyzer.create();
    long analyse = 0;
    long stories = 0;
    long featuresCpu = 0;
    int n = 0;
    int copies = 0;
    for (Path p : ingest) {
      List<Path> zips = new ArrayList<>();
      if (Files.isDirectory(p)) {
        zips.addAll(SaudiNewsNetCorpus.open(p).zips());
      } else if (p.toString().endsWith(".zip")) {
        zips.add(p);
      } else if (Files.isRegularFile(p)) {
        long t0 = cpu();
        String id = p.getFileName().toString().replaceFirst("\\.txt$", "");
        Analysis a = analyzer.analyze(new Document(id, Files.readString(p, StandardCharsets.UTF_8)));
        long t1 = cpu();
        copies += tracker.add(a, null, null).isCopy() ? 1 : 0;
        stories += cpu() - t1;
        analyse += t1 - t0;
        texts.put(id, a);
        n++;
        continue;
      } else {
        throw new UserInputException("not found: " + p);
      }
      for (Path zip : zips) {
        String day = zip.getFileName().toString().replace(".zip", "");
        LocalDate date = parseDate(day);
        try (Stream<CorpusArticle> s = SaudiNewsNetCorpus.articlesOf(zip)) {
          int[] i = {0};
          for (CorpusArticle c : (Iterable<CorpusArticle>) s::iterator) {
            String id = day + "#" + i[0]++;
            long t0 = cpu();
            Analysis a = analyzer.analyze(new Document(id, c.content(), new DocumentMeta(c.source(), c.title(), c.url(), date)));
            long t1 = cpu();
            ArticleFeatures f = tracker.features(a, date, c.source());
            long t2 = cpu();
            copies += tracker.add(f).isCopy() ? 1 : 0;
            long t3 = cpu();
            stories += t3 - t1;
            featuresCpu += t2 - t1;
            analyse += t1 - t0;
            texts.put(id, a);
            n++;
          }
        }
      }
    }
    err.printf("ingested %d articles (%d near-duplicates); CPU time of this thread: analysis %.2f s, story step %.2f s (%.3f ms/article:"
        + " features %.2f s, parallel across ingestion threads; duplicate check + clustering %.2f s, under the tracker's lock)%n",
        n, copies, analyse / 1e9, stories / 1e9, n == 0 ? 0 : stories / 1e6 / n, featuresCpu / 1e9, (stories - featuresCpu) / 1e9);
  }

  /** CPU time of the current thread: wall time means little on a shared machine. */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static void printView(StoryView v, PrintWriter out) {
    Story s = v.story();
    out.printf("%s  %s%n%s..%s, %d articles, %d copies%n", s.id(), s.title(), s.from(), s.to(), s.distinctArticles(), s.size() - s.distinctArticles());
    if (!s.keyEntities().isEmpty()) {
      out.println("key entities: " + String.join("، ", s.keyEntities()));
    }
    out.println("key terms: " + String.join(" ", s.keyTerms()));
    out.println("members:");
    v.members().forEach(m -> out.printf("  %s%s  %s  %s  %s%n", m.duplicateOf() == null ? "" : "  = ", m.id(), m.published(), m.source(), m.title()));
    out.println("summary:");
    for (SummarySentence x : v.summary()) {
      out.printf("  - %s  [%s #%d]%n", x.text(), x.articleId(), x.sentence());
    }
    out.println("timeline:");
    for (TimelineEntry e : v.timeline()) {
      out.printf("  %s  %-9s %s  [%s #%d]%n", e.date(), e.kind(), e.text(), e.articleId(), e.sentence());
    }
    if (!v.quotes().isEmpty()) {
      out.println("quotes:");
      v.quotes().forEach(q -> out.printf("  «%s» — %s%n", q.text(), q.speaker() == null ? "?" : q.speaker()));
    }
    if (!v.missing().isEmpty()) {
      out.println("texts not available for: " + String.join(", ", v.missing()));
    }
  }

  private int buildStats(PrintWriter out) throws IOException {
    SaudiNewsNetCorpus all = SaudiNewsNetCorpus.open(LexiconCommand.corpusDir(corpus));
    SaudiNewsNetCorpus training = all.training();
    Analyzer analyzer = Analyzer.create();
    TermStatistics.Builder b = TermStatistics.builder();
    long t0 = System.nanoTime();
    try (Stream<CorpusArticle> s = training.articles()) {
      s.forEach(a -> b.add(analyzer.analyze(new Document("x", a.content(), new DocumentMeta(a.source(), a.title(), a.url(), null)))));
    }
    TermStatistics ts = b.build();
    if (buildStats.getParent() != null) {
      Files.createDirectories(buildStats.getParent());
    }
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(buildStats))) {
      ts.write(os, minDf);
    }
    out.printf("%d articles from %s (held out: %s), %d terms, kept df >= %d, %.1f s -> %s%n",
        ts.documents(), training.zips().stream().map(p -> p.getFileName().toString()).toList(),
        all.heldOut().zips().stream().map(p -> p.getFileName().toString()).toList(),
        ts.vocabularySize(), minDf, (System.nanoTime() - t0) / 1e9, buildStats);
    return 0;
  }
}
