package org.rasid.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.extract.Analyzer;
import org.rasid.store.story.NearDuplicateDetector;
import org.rasid.store.story.StoryClusterer;
import org.rasid.store.story.TermStatistics;
import org.rasid.store.story.eval.GoldArticle;
import org.rasid.store.story.eval.StoryEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid eval stories}: B-cubed P/R/F1 of story clustering and pair P/R of near-duplicate
 * detection on the labelled SaudiNewsNet set ({@code eval/stories/snn-stories.jsonl}), dev and test
 * separately. Exits 2 with a message when the corpus is absent.
 */
@Command(
    name = "stories",
    description = "Evaluate story clustering (B-cubed) and near-duplicate detection on eval/stories.",
    mixinStandardHelpOptions = true)
public final class EvalStoriesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", defaultValue = "eval/stories/snn-stories.jsonl", description = "gold file (default ${DEFAULT-VALUE})")
  Path gold;

  @Option(names = "--corpus", description = "SaudiNewsNet zip directory (default ../shared/corpora/saudinewsnet or $RASID_SHARED)")
  Path corpus;

  @Option(names = "--stats", defaultValue = "bundled", description = "term statistics: bundled, self (the gold articles), none (default ${DEFAULT-VALUE})")
  String stats;

  @Option(names = "--threshold", description = "clustering threshold (default: the tuned one)")
  Double threshold;

  @Option(names = "--containment", description = "near-duplicate containment threshold (default: the tuned one)")
  Double containment;

  @Option(names = "--distractors", description = "cluster every article of the gold zips (about 1,700 a day), scoring only the labelled ones")
  boolean distractors;

  @Option(names = "--sweep", description = "also print dev scores over a range of clustering thresholds")
  boolean sweep;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(gold)) {
      throw new UserInputException("gold file not found: " + gold.toAbsolutePath() + " (give --gold FILE)");
    }
    Path dir = LexiconCommand.corpusDir(corpus);
    List<GoldArticle> articles = StoryEvaluation.readGold(gold);
    Analyzer analyzer = Analyzer.create();
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    StoryEvaluation eval;
    try {
      eval = StoryEvaluation.load(articles, dir, analyzer::analyze, distractors);
    } catch (IllegalStateException e) {
      throw new UserInputException(e.getMessage());
    }
    out.printf("rasid eval stories --gold %s --stats %s%s  (%d labelled articles read and analysed in %.1f s)%n",
        gold, stats, distractors ? " --distractors" : "", articles.size(), (System.nanoTime() - t0) / 1e9);
    TermStatistics ts = switch (stats) {
      case "bundled" -> TermStatistics.bundled();
      case "self" -> eval.selfStatistics();
      case "none" -> TermStatistics.empty();
      default -> throw new UserInputException("--stats must be bundled, self or none, got " + stats);
    };
    StoryClusterer.Config cc = StoryClusterer.Config.DEFAULT;
    if (threshold != null) {
      cc = cc.withThreshold(threshold);
    }
    NearDuplicateDetector.Config dc = NearDuplicateDetector.Config.DEFAULT;
    if (containment != null) {
      dc = new NearDuplicateDetector.Config(dc.bands(), dc.rows(), containment, dc.minJaccard(), dc.minShingles());
    }
    out.printf("clusterer %s%nduplicates %s%n", cc, dc);
    for (String split : List.of("dev", "test")) {
      StoryEvaluation.SplitResult r = eval.run(split, ts, dc, cc);
      out.printf("%-4s articles %d, gold stories %d, predicted stories %d, %d ms%n", split, r.articles(), r.goldStories(), r.predictedStories(), r.millis());
      out.printf("%-4s B-cubed     %s%n", split, r.bcubed());
      out.printf("%-4s duplicates  %s (pairs)%n", split, r.duplicates());
    }
    if (sweep) {
      out.println("dev sweep over the clustering threshold:");
      for (double t = 0.10; t <= 0.601; t += 0.025) {
        StoryEvaluation.SplitResult r = eval.run("dev", ts, dc, cc.withThreshold(t));
        out.printf("  threshold %.3f  stories %3d  B-cubed %s%n", t, r.predictedStories(), r.bcubed());
      }
      out.println("dev sweep over the duplicate containment threshold:");
      for (double c = 0.5; c <= 0.951; c += 0.05) {
        NearDuplicateDetector.Config d2 = new NearDuplicateDetector.Config(dc.bands(), dc.rows(), c, dc.minJaccard(), dc.minShingles());
        StoryEvaluation.SplitResult r = eval.run("dev", ts, d2, cc);
        out.printf("  containment %.2f  duplicates %s%n", c, r.duplicates());
      }
    }
    out.flush();
    return 0;
  }
}
