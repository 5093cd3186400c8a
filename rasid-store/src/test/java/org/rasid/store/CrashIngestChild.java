package org.rasid.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.rasid.extract.Analyzer;

/**
 * The process {@link TestCrashSafety} kills: ingests one file with one thread and small batches,
 * printing {@code A id} after each handled article and {@code C n} after each commit, so the parent
 * knows exactly which articles a commit covered (with one thread, every article printed before a
 * {@code C} line was added before that commit began).
 */
public final class CrashIngestChild {

  private CrashIngestChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (RasidStore store = RasidStore.open(Path.of(args[0]), Analyzer.create())) {
      store.ingest(List.of(Path.of(args[1])), new IngestOptions(1, Integer.parseInt(args[2])), new IngestListener() {
        @Override
        public void onArticle(IngestResult r) {
          out.println("A " + r.id());
        }

        @Override
        public void onCommit(long handled) {
          out.println("C " + handled);
        }
      });
    }
    out.println("DONE");
  }
}
