package org.rasid.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.rasid.core.lexicon.LexiconBuilder;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.store.corpus.CorpusArticle;
import org.rasid.store.corpus.SaudiNewsNetCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasid lexicon build}: rebuilds the bundled word-frequency table from the SaudiNewsNet
 * training zips (all but the held-out ones), recording zip names and SHA-256 checksums in its header.
 */
@Command(
    name = "lexicon",
    description = "Word statistics bundled with Rasid.",
    subcommands = {LexiconCommand.Build.class, LexiconCommand.CharLm.class, LexiconCommand.CutModelCmd.class})
public final class LexiconCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The SaudiNewsNet directory: the option, else $RASID_SHARED/corpora/saudinewsnet, else ../shared. */
  static Path corpusDir(Path option) {
    Path dir;
    if (option != null) {
      dir = option;
    } else {
      String env = System.getenv("RASID_SHARED");
      dir = Path.of(env != null ? env : "../shared").resolve("corpora/saudinewsnet");
    }
    if (!Files.isDirectory(dir)) {
      throw new UserInputException("SaudiNewsNet corpus not found at " + dir.toAbsolutePath()
          + " (give --corpus DIR or set RASID_SHARED)");
    }
    return dir;
  }

  @Command(name = "build", description = "Count normalized Arabic words of the SaudiNewsNet training zips.")
  static final class Build implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--corpus", description = "SaudiNewsNet zip directory (default ../shared/corpora/saudinewsnet)")
    Path corpus;

    @Option(names = "--out", required = true, description = "output file (gzip TSV)")
    Path out;

    @Option(names = "--min-count", defaultValue = "2", description = "store forms seen at least this often (default ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--min-bigram-count", defaultValue = "3", description = "store bigrams seen at least this often (default ${DEFAULT-VALUE})")
    int minBigramCount;

    @Override
    public Integer call() throws IOException {
      PrintStream err = System.err;
      SaudiNewsNetCorpus all = SaudiNewsNetCorpus.open(corpusDir(corpus));
      SaudiNewsNetCorpus training = all.training();
      List<String> header = new ArrayList<>();
      header.add("# Rasid word lexicon: normalized Arabic word forms (ArabicNormalizer) with counts.");
      header.add("# Built by `rasid lexicon build --min-count " + minCount + " --min-bigram-count " + minBigramCount + "` from SaudiNewsNet"
          + " (Alhagri 2015, https://github.com/parallelfold/SaudiNewsNet, CC BY-NC-SA 4.0).");
      header.add("# Held out (never counted): " + all.heldOut().zips().stream().map(p -> p.getFileName().toString()).toList());
      for (Path z : training.zips()) {
        header.add("# zip " + z.getFileName() + " sha256=" + sha256(z));
      }
      long t0 = System.nanoTime();
      LexiconBuilder builder = new LexiconBuilder(minCount, minBigramCount, 2000, (texts, words) -> {
        double s = (System.nanoTime() - t0) / 1e9;
        err.printf("  %,d articles (%.0f articles/s), %,d words counted%n", texts, texts / Math.max(s, 1e-9), words);
      });
      WordLexicon lexicon;
      try (Stream<CorpusArticle> articles = training.articles()) {
        Iterator<String> texts = articles.map(a -> a.title() + "\n" + a.content()).iterator();
        lexicon = builder.build(texts, header);
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        lexicon.writeTo(o);
      }
      System.out.printf("wrote %s: %,d forms, %,d bigrams, %,d word tokens, %,d bytes%n", out, lexicon.size(),
          lexicon.bigramSize(), lexicon.total(), Files.size(out));
      return 0;
    }
  }

  @Command(name = "charlm", description = "Train the character n-gram word model on the SaudiNewsNet training zips.")
  static final class CharLm implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--corpus", description = "SaudiNewsNet zip directory (default ../shared/corpora/saudinewsnet)")
    Path corpus;

    @Option(names = "--out", required = true, description = "output file (gzip binary)")
    Path out;

    @Option(names = "--order", defaultValue = "7", description = "n-gram order in symbols (default ${DEFAULT-VALUE})")
    int order;

    @Option(names = "--min-count", defaultValue = "3", description = "store n-grams seen at least this often (default ${DEFAULT-VALUE})")
    int minCount;

    @Override
    public Integer call() throws IOException {
      SaudiNewsNetCorpus training = SaudiNewsNetCorpus.open(corpusDir(corpus)).training();
      List<String> header = new ArrayList<>();
      header.add("Rasid character n-gram word model (CharNgramModel), built by `rasid lexicon charlm --order " + order
          + " --min-count " + minCount + "` from SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0).");
      for (Path z : training.zips()) {
        header.add("zip " + z.getFileName() + " sha256=" + sha256(z));
      }
      long t0 = System.nanoTime();
      org.rasid.core.lexicon.CharNgramBuilder b = new org.rasid.core.lexicon.CharNgramBuilder(order, minCount);
      try (Stream<CorpusArticle> articles = training.articles()) {
        b.addAll(articles.map(a -> a.title() + "\n" + a.content()).iterator());
      }
      org.rasid.core.lexicon.CharNgramModel m = b.build(header);
      try (OutputStream o = Files.newOutputStream(out)) {
        m.writeTo(o);
      }
      System.out.printf("wrote %s: order %d, %,d n-grams, %,d bytes, %.1f s%n", out, m.order(), m.size(), Files.size(out),
          (System.nanoTime() - t0) / 1e9);
      System.out.println(m.header().get(m.header().size() - 1));
      return 0;
    }
  }

  @Command(name = "cutmodel", description = "Train the glued-word cut model on synthetically glued training text.")
  static final class CutModelCmd implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--corpus", description = "SaudiNewsNet zip directory (default ../shared/corpora/saudinewsnet)")
    Path corpus;

    @Option(names = "--out", required = true, description = "output file (TSV of weights)")
    Path out;

    @Option(names = "--glued-zips", defaultValue = "2", description = "last training zips used as glued text, not counted (default ${DEFAULT-VALUE})")
    int gluedZips;

    @Option(names = "--docs", defaultValue = "4000", description = "articles of those zips to glue (default ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--rate", defaultValue = "0.05", description = "space removal probability (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--l2", defaultValue = "1.0", description = "L2 penalty (default ${DEFAULT-VALUE})")
    double l2;

    @Option(names = "--order", defaultValue = "7", description = "character model order, as `lexicon charlm` (default ${DEFAULT-VALUE})")
    int order;

    @Option(names = "--char-min-count", defaultValue = "3", description = "character model pruning, as `lexicon charlm` (default ${DEFAULT-VALUE})")
    int charMinCount;

    @Override
    public Integer call() throws IOException {
      PrintStream err = System.err;
      List<Path> zips = SaudiNewsNetCorpus.open(corpusDir(corpus)).training().zips();
      if (gluedZips < 1 || gluedZips >= zips.size()) {
        throw new UserInputException("--glued-zips must be 1.." + (zips.size() - 1));
      }
      List<Path> counted = zips.subList(0, zips.size() - gluedZips);
      List<Path> glued = zips.subList(zips.size() - gluedZips, zips.size());
      long t0 = System.nanoTime();
      org.rasid.core.lexicon.CharNgramBuilder cb = new org.rasid.core.lexicon.CharNgramBuilder(order, charMinCount);
      WordLexicon lexicon;
      try (Stream<CorpusArticle> articles = counted.stream().flatMap(SaudiNewsNetCorpus::articlesOf)) {
        Iterator<String> texts = articles.map(a -> {
          String t = a.title() + "\n" + a.content();
          cb.add(t);
          return t;
        }).iterator();
        lexicon = new LexiconBuilder(2, 3, 5000, LexiconBuilder.Progress.NONE).build(texts, List.of());
      }
      org.rasid.core.lexicon.CharNgramModel chars = cb.build(List.of());
      err.printf("counted %d zips: %,d forms, %,d char n-grams (%.1f s)%n", counted.size(), lexicon.size(), chars.size(),
          (System.nanoTime() - t0) / 1e9);
      org.rasid.core.glued.GluedWordSplitter splitter = new org.rasid.core.glued.GluedWordSplitter(
          lexicon, chars, null, org.rasid.core.glued.GluedWordSplitter.Params.DEFAULT);
      org.rasid.core.glued.CutModelTrainer trainer = new org.rasid.core.glued.CutModelTrainer(splitter, rate, seed);
      try (Stream<CorpusArticle> articles = glued.stream().flatMap(SaudiNewsNetCorpus::articlesOf)) {
        articles.limit(docs).forEach(a -> trainer.add(a.content()));
      }
      err.printf("glued %d articles: %,d removed spaces, %,d candidate cuts of which %,d true (%.1f s)%n", trainer.texts(),
          trainer.removed(), trainer.examples(), trainer.positives(), (System.nanoTime() - t0) / 1e9);
      List<String> header = new ArrayList<>();
      header.add("# Rasid glued-word cut model (CutModel weights), built by `rasid lexicon cutmodel --glued-zips " + gluedZips
          + " --docs " + docs + " --rate " + rate + " --seed " + seed + " --l2 " + l2 + " --order " + order
          + " --char-min-count " + charMinCount + "`");
      header.add("# statistics counted on " + counted.get(0).getFileName() + " .. " + counted.get(counted.size() - 1).getFileName()
          + "; glued text from " + glued.stream().map(p -> p.getFileName().toString()).toList() + " (SaudiNewsNet, CC BY-NC-SA 4.0)");
      header.add("# examples=" + trainer.examples() + " positives=" + trainer.positives() + " removedSpaces=" + trainer.removed()
          + " articles=" + trainer.texts());
      org.rasid.core.glued.CutModel model = trainer.fit(l2, 30, header);
      double[][] scored = trainer.scored(model);
      for (double th : new double[] {-2, -1, 0, 1, 2, 3, 4}) {
        long tp = 0;
        long fp = 0;
        for (double[] e : scored) {
          if (e[0] > th) {
            if (e[1] > 0) {
              tp++;
            } else {
              fp++;
            }
          }
        }
        err.printf("  logit > %4.1f: %,d true cuts (%.3f of candidates' true), %,d wrong%n", th, tp,
            (double) tp / Math.max(1, trainer.positives()), fp);
      }
      try (java.io.Writer w = Files.newBufferedWriter(out)) {
        model.writeTo(w);
      }
      for (int i = 0; i < org.rasid.core.glued.CutModel.FEATURES.size(); i++) {
        System.out.printf("  %-16s %9.4f%n", org.rasid.core.glued.CutModel.FEATURES.get(i), model.weights()[i]);
      }
      System.out.printf("wrote %s (%.1f s)%n", out, (System.nanoTime() - t0) / 1e9);
      return 0;
    }
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
