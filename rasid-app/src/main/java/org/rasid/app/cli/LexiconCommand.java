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
    subcommands = {LexiconCommand.Build.class})
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
