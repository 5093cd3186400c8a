package org.rasid.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rasid.app.eval.CliticEval;
import org.rasid.app.eval.HunspellJudge;
import org.rasid.core.clitic.CliticSegmenter;
import org.rasid.core.lexicon.ArabicLetterRuns;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.CharSpan;
import org.rasid.store.corpus.CorpusArticle;
import org.rasid.store.corpus.SaudiNewsNetCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasid eval clitics}: segments the words of a CoNLL file (token in column 1, e.g. ANERcorp)
 * or of held-out SaudiNewsNet articles, and counts splits that break a dictionary word, judged by
 * LanguageTool's Arabic Hunspell dictionary when its jar is available.
 */
@Command(name = "clitics", description = "Evaluate clitic segmentation on CoNLL tokens or held-out SaudiNewsNet text.")
public final class EvalCliticsCommand implements Callable<Integer> {

  static final Path DEFAULT_JUDGE = Path.of(System.getProperty("user.home"),
      ".m2/repository/org/languagetool/language-ar/6.5/language-ar-6.5.jar");

  @Option(names = "--conll", description = "CoNLL file, token in column 1 (e.g. ../shared/data/ner/anercorp-train.conll)")
  Path conll;

  @Option(names = "--corpus", description = "SaudiNewsNet zip directory (default ../shared/corpora/saudinewsnet); used when --conll is absent")
  Path corpus;

  @Option(names = "--split", defaultValue = "test", description = "held-out part of SaudiNewsNet: dev or test (default ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--docs", defaultValue = "1000", description = "articles to read (default ${DEFAULT-VALUE})")
  int docs;

  @Option(names = "--judge-jar", description = "LanguageTool language-ar jar (default ~/.m2/.../language-ar-6.5.jar;"
      + " fetch with: mvn dependency:get -Dartifact=org.languagetool:language-ar:6.5 -Dtransitive=false)")
  Path judgeJar;

  @Option(names = "--show", defaultValue = "0", description = "print up to this many examples")
  int show;

  @Override
  public Integer call() throws IOException {
    Path jar = judgeJar != null ? judgeJar : DEFAULT_JUDGE;
    HunspellJudge judge = null;
    if (Files.isRegularFile(jar)) {
      judge = HunspellJudge.load(jar);
    } else if (judgeJar != null) {
      throw new UserInputException("judge jar not found: " + jar);
    } else {
      System.out.println("no dictionary judge (" + jar + " missing): reporting split counts only");
    }
    CliticEval eval = new CliticEval(new CliticSegmenter(WordLexicon.bundled()), judge, show);
    String source;
    if (conll != null) {
      if (!Files.isRegularFile(conll)) {
        throw new UserInputException("CoNLL file not found: " + conll);
      }
      source = conll.toString();
      try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          String token = line.strip().split("\\s+", 2)[0].replace("\u200E", "");
          if (!token.isEmpty() && ArabicLetterRuns.isArabicLetter(token.charAt(0))) {
            eval.add(token);
          }
        }
      }
    } else {
      SaudiNewsNetCorpus all = SaudiNewsNetCorpus.open(LexiconCommand.corpusDir(corpus));
      SaudiNewsNetCorpus part = switch (split) {
        case "dev" -> all.dev();
        case "test" -> all.test();
        default -> throw new UserInputException("--split must be dev or test, got " + split);
      };
      source = part.zips().stream().map(p -> p.getFileName().toString()).toList() + ", " + docs + " articles";
      try (Stream<CorpusArticle> articles = part.articles()) {
        articles.limit(docs).forEach(a -> {
          String text = a.content();
          for (CharSpan s : ArabicLetterRuns.find(text)) {
            eval.add(s.of(text));
          }
        });
      }
    }
    CliticEval.Result r = eval.result();
    System.out.println("rasid eval clitics on " + source + (judge != null ? " (judge: " + jar.getFileName() + ")" : ""));
    System.out.printf("words %d, split %d (%.4f)%n", r.words(), r.split(), r.splitRate());
    if (judge != null) {
      System.out.printf("splits that break a dictionary word: %d (%.5f per word, %.4f per split; %d split words in the dictionary)%n",
          r.breaks(), r.breakRate(), r.breaksPerSplit(), r.judged());
      System.out.printf("splits whose stem the dictionary accepts: %d (%.4f per split)%n", r.supported(),
          r.split() == 0 ? 0 : (double) r.supported() / r.split());
    }
    System.out.print("clitic parts:");
    r.clitics().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> System.out.print(" " + e.getKey() + "=" + e.getValue()));
    System.out.println();
    if (show > 0) {
      System.out.println("breaks:");
      r.breakExamples().forEach(s -> System.out.println("  " + s));
      System.out.println("splits:");
      r.splitExamples().forEach(s -> System.out.println("  " + s));
    }
    return 0;
  }
}
