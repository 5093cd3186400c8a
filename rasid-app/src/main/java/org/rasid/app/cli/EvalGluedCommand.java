package org.rasid.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rasid.app.eval.GluedEval;
import org.rasid.app.eval.HunspellJudge;
import org.rasid.core.glued.GluedWordSplitter;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.store.corpus.CorpusArticle;
import org.rasid.store.corpus.SaudiNewsNetCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasid eval glued}: removes spaces between random adjacent Arabic words of held-out
 * SaudiNewsNet articles and measures how well {@link GluedWordSplitter} puts them back.
 */
@Command(name = "glued", description = "Evaluate the glued-word splitter on held-out SaudiNewsNet text.")
public final class EvalGluedCommand implements Callable<Integer> {

  @Option(names = "--corpus", description = "SaudiNewsNet zip directory (default ../shared/corpora/saudinewsnet)")
  Path corpus;

  @Option(names = "--split", defaultValue = "test", description = "held-out part: dev (tune) or test (report); default ${DEFAULT-VALUE}")
  String split;

  @Option(names = "--docs", defaultValue = "2000", description = "articles to read (default ${DEFAULT-VALUE})")
  int docs;

  @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--rate", defaultValue = "0.05", description = "probability of removing each space between Arabic words (default ${DEFAULT-VALUE})")
  double rate;

  @Option(names = "--show", defaultValue = "0", description = "print up to this many misses and false splits")
  int show;

  @Option(names = "--judge-jar", description = "LanguageTool language-ar jar used as an independent dictionary"
      + " (default ~/.m2/.../language-ar-6.5.jar when present)")
  Path judgeJar;

  @Option(names = "--known-min", hidden = true) Long knownMin;
  @Option(names = "--piece-min", hidden = true) Long pieceMin;
  @Option(names = "--glue", hidden = true, description = "glue prior (not log)") Double glue;
  @Option(names = "--unknown-whole", hidden = true) Double unknownWhole;
  @Option(names = "--backoff", hidden = true) Double backoff;
  @Option(names = "--short-piece", hidden = true) Integer shortPiece;
  @Option(names = "--frequent-short", hidden = true) Long frequentShort;
  @Option(names = "--typical-length", hidden = true) Integer typicalLength;
  @Option(names = "--length-decay", hidden = true) Double lengthDecay;
  @Option(names = "--relief-length", hidden = true) Integer reliefLength;
  @Option(names = "--relief-min", hidden = true) Long reliefMin;
  @Option(names = "--relief", hidden = true) Double relief;
  @Option(names = "--charlm", hidden = true, description = "character model file instead of the bundled one") Path charlm;
  @Option(names = "--cutmodel", hidden = true, description = "cut model file instead of the bundled one") Path cutmodel;
  @Option(names = "--cut-logit", hidden = true) Double cutLogit;
  @Option(names = "--no-function-word", hidden = true) boolean noFunctionWord;
  @Option(names = "--known-ceiling", hidden = true) Long knownCeiling;
  @Option(names = "--pair-ratio", hidden = true) Double pairRatio;

  @Override
  public Integer call() {
    GluedWordSplitter.Params d = GluedWordSplitter.Params.DEFAULT;
    GluedWordSplitter.Params params = new GluedWordSplitter.Params(
        knownMin != null ? knownMin : d.knownMin(), pieceMin != null ? pieceMin : d.pieceMin(),
        glue != null ? Math.log(glue) : d.logGlue(), backoff != null ? Math.log(backoff) : d.logBackoff(), unknownWhole != null ? unknownWhole : d.unknownWhole(), shortPiece != null ? shortPiece : d.shortPiece(),
        frequentShort != null ? frequentShort : d.frequentShort(),
        typicalLength != null ? typicalLength : d.typicalLength(), lengthDecay != null ? lengthDecay : d.lengthDecay(),
        reliefLength != null ? reliefLength : d.reliefLength(), reliefMin != null ? reliefMin : d.reliefMin(),
        relief != null ? Math.log(relief) : d.logRelief(),
        noFunctionWord ? false : d.unknownBeforeFunctionWord(), cutLogit != null ? cutLogit : d.cutLogit(),
        knownCeiling != null ? knownCeiling : d.knownCeiling(), pairRatio != null ? pairRatio : d.pairRatio());
    SaudiNewsNetCorpus all = SaudiNewsNetCorpus.open(LexiconCommand.corpusDir(corpus));
    SaudiNewsNetCorpus part = switch (split) {
      case "dev" -> all.dev();
      case "test" -> all.test();
      default -> throw new UserInputException("--split must be dev or test, got " + split);
    };
    Path jar = judgeJar != null ? judgeJar : EvalCliticsCommand.DEFAULT_JUDGE;
    if (judgeJar != null && !java.nio.file.Files.isRegularFile(jar)) {
      throw new UserInputException("judge jar not found: " + jar);
    }
    HunspellJudge judge = java.nio.file.Files.isRegularFile(jar) ? HunspellJudge.load(jar) : null;
    org.rasid.core.lexicon.CharNgramModel cm;
    org.rasid.core.glued.CutModel cut;
    try {
      if (charlm != null) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(charlm)) {
          cm = org.rasid.core.lexicon.CharNgramModel.load(in);
        }
      } else {
        cm = org.rasid.core.lexicon.CharNgramModel.bundled();
      }
      if (cutmodel != null) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(cutmodel)) {
          cut = org.rasid.core.glued.CutModel.load(in);
        }
      } else {
        cut = org.rasid.core.glued.CutModel.bundled();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    GluedWordSplitter splitter = new GluedWordSplitter(WordLexicon.bundled(), cm, cut, params);
    GluedEval eval = new GluedEval(splitter, rate, seed, show, judge);
    long t0 = System.nanoTime();
    try (Stream<CorpusArticle> articles = part.articles()) {
      articles.limit(docs).forEach(a -> eval.add(a.content()));
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    GluedEval.Result r = eval.result();
    System.out.printf("rasid eval glued --split %s --docs %d --seed %d --rate %s  (zips %s)%n", split, docs, seed, rate,
        part.zips().stream().map(p -> p.getFileName().toString()).toList());
    if (!params.equals(d)) {
      System.out.println("params " + params);
    }
    System.out.printf("articles %d, removed spaces %d, untouched words %d, %.1f s%n", r.texts(), r.removed(), r.untouched(), secs);
    System.out.printf("recall of removed spaces   %.4f (%d/%d)%n", r.recall(), r.found(), r.removed());
    System.out.printf("precision of splits        %.4f (%d/%d)%n", r.precision(), r.found(), r.proposed());
    System.out.printf("false splits per untouched word %.5f (%d cuts in %d words)%n", r.falseSplitRate(), r.falseCuts(), r.falseSplitWords());
    if (judge != null) {
      System.out.printf("  of which dictionary words (certain errors) %.5f per untouched word (%d words; judge %s)%n",
          (double) r.dictionaryWordsSplit() / Math.max(1, r.untouched()), r.dictionaryWordsSplit(), jar.getFileName());
    }
    if (show > 0) {
      System.out.println("misses (truth -> output):");
      r.misses().forEach(s -> System.out.println("  " + s));
      System.out.println("false splits:");
      r.falseSplits().forEach(s -> System.out.println("  " + s));
    }
    return 0;
  }
}
