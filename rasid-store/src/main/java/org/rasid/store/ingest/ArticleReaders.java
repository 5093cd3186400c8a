package org.rasid.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rasid.store.IngestFailure;

/**
 * Finds input files under the given paths and reads each with the reader for its kind.
 *
 * <p>Rules: directories are walked recursively in name order (hidden files skipped); files of an
 * unknown kind given explicitly are failures, found while walking are skipped; a file whose reader
 * throws is reported with the reason and the rest go on; a path that does not exist is a failure.
 */
public final class ArticleReaders {

  private final List<ArticleReader> readers;

  public ArticleReaders(List<ArticleReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** txt, jsonl, html, RSS/Atom and WARC. */
  public static ArticleReaders standard() {
    return new ArticleReaders(List.of(
        new TextFileReader(), new JsonlReader(), new HtmlFileReader(), new FeedReader(), new WarcFileReader()));
  }

  public Optional<ArticleReader> readerFor(Path file) {
    return readers.stream().filter(r -> r.accepts(file)).findFirst();
  }

  /** The input files under {@code paths}, in order; missing paths and unknown kinds go to the sink. */
  public List<Path> files(List<Path> paths, ArticleSink sink) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> readerFor(f).isPresent())
              .sorted()
              .forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
          sink.fail(new IngestFailure(p.toString(), "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        if (readerFor(p).isPresent()) {
          out.add(p);
        } else {
          sink.fail(new IngestFailure(p.toString(), "unknown file kind (expected .txt, .jsonl, .html, .rss, .atom, .xml, .warc, .warc.gz)"));
        }
      } else {
        sink.fail(new IngestFailure(p.toString(), "no such file or directory"));
      }
    }
    return out;
  }

  /** Reads one file; a failure of the whole file goes to the sink. */
  public void read(Path file, ArticleSink sink) {
    Optional<ArticleReader> reader = readerFor(file);
    if (reader.isEmpty()) {
      sink.fail(new IngestFailure(file.toString(), "unknown file kind"));
      return;
    }
    try {
      reader.get().read(file, sink);
    } catch (IOException | RuntimeException e) {
      sink.fail(new IngestFailure(file.toString(), JsonlReader.oneLine(
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }
  }
}
