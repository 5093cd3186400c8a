package org.rasid.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import org.rasid.extract.Analyzer;
import org.rasid.store.IngestFailure;
import org.rasid.store.IngestListener;
import org.rasid.store.IngestOptions;
import org.rasid.store.IngestSummary;
import org.rasid.store.RasidStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid ingest PATH…}: reads .txt, .jsonl, .html, RSS/Atom and WARC files (directories
 * recursively), analyzes and indexes every article.
 *
 * <p>Progress (articles, articles/s, files) goes to stderr about once a second — rewriting one line
 * on a terminal, one line every ten seconds otherwise; the summary goes to stdout. Exit code 0 when
 * every input was read, 2 when some inputs failed (they are listed; everything else is ingested).
 * An interrupted ingest can simply be run again: committed batches are kept, duplicates skipped.
 */
@Command(
    name = "ingest",
    description = "Ingest articles (.txt, .jsonl, .html, .rss/.atom/.xml, .warc[.gz]; directories recursively) into the index.",
    mixinStandardHelpOptions = true)
public final class IngestCommand implements Callable<Integer> {

  private static final int LISTED_FAILURES = 50;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("rasid-data");

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
  Integer threads;

  @Option(names = "--batch", paramLabel = "N", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
  int batch = 1000;

  @Option(names = {"-q", "--quiet"}, description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || batch < 1) {
      throw new UserInputException("--threads and --batch must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary s;
    try (RasidStore store = open()) {
      ProgressLine progress = new ProgressLine(err, System.console() != null, quiet);
      s = store.ingest(paths, new IngestOptions(n, batch), progress);
      progress.finish();
      out.printf(Locale.ROOT, "ingested %d, duplicates skipped %d, failed %d in %.1f s (%.0f articles/s); %d articles in %s%n",
          s.ingested(), s.duplicates(), s.failed(), s.millis() / 1000.0, s.perSecond(), store.articleCount(), data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<IngestFailure> failures = s.failures();
    for (IngestFailure f : failures.subList(0, Math.min(LISTED_FAILURES, failures.size()))) {
      out.println("  failed: " + f.path() + ": " + f.reason());
    }
    if (failures.size() > LISTED_FAILURES) {
      out.println("  … and " + (failures.size() - LISTED_FAILURES) + " more failures");
    }
    out.flush();
    return s.failed() == 0 ? 0 : 2;
  }

  private RasidStore open() throws IOException {
    try {
      return RasidStore.open(data, Analyzer.create());
    } catch (LockObtainFailedException e) {
      throw new UserInputException("data directory " + data + " is in use by another rasid process");
    }
  }

  /** The progress line on stderr. */
  static final class ProgressLine implements IngestListener {
    private static final long QUIET_INTERVAL_NANOS = 10_000_000_000L;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private volatile int file;
    private volatile int files;
    private long lastPrinted;
    private boolean printed;

    ProgressLine(PrintWriter err, boolean terminal, boolean quiet) {
      this.err = err;
      this.terminal = terminal;
      this.quiet = quiet;
    }

    @Override
    public void onFile(Path path, int index, int totalFiles) {
      file = index;
      files = totalFiles;
    }

    @Override
    public synchronized void onProgress(long done, long total, double perSecond) {
      if (quiet) {
        return;
      }
      long now = System.nanoTime();
      if (!terminal && printed && now - lastPrinted < QUIET_INTERVAL_NANOS) {
        return;
      }
      lastPrinted = now;
      printed = true;
      // The bar follows articles once the readers have counted them all, files before that; a
      // single big file (one JSONL, one WARC) shows counts and speed only.
      String bar = total > 0 ? bar((double) done / total) + " " : files > 1 ? bar((double) Math.max(0, file - 1) / files) + " " : "";
      String line = String.format(Locale.ROOT, "%s%d%s articles · %.0f articles/s · file %d/%d",
          bar, done, total > 0 ? "/" + total : "", perSecond, file, files);
      if (terminal) {
        err.print("\r" + line + "\u001B[K");
      } else {
        err.println(line);
      }
      err.flush();
    }

    synchronized void finish() {
      if (terminal && printed) {
        err.println();
        err.flush();
      }
    }

    static String bar(double fraction) {
      int width = 24;
      int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
      return "[" + "#".repeat(full) + ".".repeat(width - full) + "]";
    }
  }
}
