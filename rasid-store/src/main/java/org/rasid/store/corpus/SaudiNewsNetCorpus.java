package org.rasid.store.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streaming reader of the SaudiNewsNet corpus (Alhagri 2015, CC BY-NC-SA 4.0): a directory of
 * {@code YYYY-MM-DD.zip} files, each holding one JSON array of {@code {source, url, date_extracted,
 * title, author, content}} objects.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Zips are listed in name (= date) order; {@link #open(Path)} fails with the directory in the
 *       message when there is none.
 *   <li>Articles are parsed one at a time with Jackson's streaming parser, so a 5 MB zip never sits
 *       in memory as a tree.
 *   <li>Held-out split: the last {@value #HELD_OUT_ZIPS} zips (by date: {@code 2015-08-10.zip}
 *       = development, {@code 2015-08-11.zip} = test) are reserved for evaluation;
 *       {@link #training()} excludes them, and statistics bundled with Rasid are built from it only.
 * </ul>
 *
 * <p>Immutable; each call to {@link #articles()} opens the zips anew. Close the returned stream.
 */
public final class SaudiNewsNetCorpus {

  /** How many zips, counted from the newest, are held out from any statistics Rasid builds. */
  public static final int HELD_OUT_ZIPS = 2;

  private final List<Path> zips;

  private SaudiNewsNetCorpus(List<Path> zips) {
    this.zips = List.copyOf(zips);
  }

  /** Lists the {@code *.zip} files of {@code dir}; throws if the directory has none. */
  public static SaudiNewsNetCorpus open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("SaudiNewsNet directory not found: " + dir.toAbsolutePath());
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().forEach(found::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no .zip files in SaudiNewsNet directory " + dir.toAbsolutePath());
    }
    return new SaudiNewsNetCorpus(found);
  }

  /** The zips of this selection, in date order. */
  public List<Path> zips() {
    return zips;
  }

  /** The zips minus the held-out ones (what lexicons are built from). */
  public SaudiNewsNetCorpus training() {
    return select(zips.subList(0, Math.max(0, zips.size() - HELD_OUT_ZIPS)));
  }

  /** Only the held-out zips (evaluation). */
  public SaudiNewsNetCorpus heldOut() {
    return select(zips.subList(Math.max(0, zips.size() - HELD_OUT_ZIPS), zips.size()));
  }

  /** The development half of the held-out zips (the older one): tune on it. */
  public SaudiNewsNetCorpus dev() {
    List<Path> h = heldOut().zips;
    return select(h.subList(0, h.size() / 2 == 0 ? h.size() : h.size() / 2));
  }

  /** The test half of the held-out zips (the newest): report on it. */
  public SaudiNewsNetCorpus test() {
    List<Path> h = heldOut().zips;
    return select(h.subList(h.size() / 2, h.size()));
  }

  /** The zips whose file name satisfies {@code filter}. */
  public SaudiNewsNetCorpus filter(Predicate<String> fileName) {
    return select(zips.stream().filter(p -> fileName.test(p.getFileName().toString())).toList());
  }

  private static SaudiNewsNetCorpus select(List<Path> chosen) {
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("the selection contains no zip");
    }
    return new SaudiNewsNetCorpus(chosen);
  }

  /** All articles of the selected zips, lazily, in zip order. The stream must be closed. */
  public Stream<CorpusArticle> articles() {
    return zips.stream().flatMap(SaudiNewsNetCorpus::articlesOf);
  }

  /** The articles of one zip (every JSON entry in it), lazily. The stream must be closed. */
  public static Stream<CorpusArticle> articlesOf(Path zip) {
    ArticleIterator it;
    try {
      it = new ArticleIterator(new ZipInputStream(Files.newInputStream(zip)), zip);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + zip, e);
    }
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(it::close);
  }

  /** Walks zip entries and, inside each JSON entry, the objects of its top-level array. */
  private static final class ArticleIterator implements Iterator<CorpusArticle> {
    private static final JsonFactory JSON = new JsonFactory();
    private final ZipInputStream zin;
    private final Path zip;
    private JsonParser parser;
    private CorpusArticle next;

    ArticleIterator(ZipInputStream zin, Path zip) {
      this.zin = zin;
      this.zip = zip;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        try {
          next = advance();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + zip + ": " + e.getMessage(), e);
        }
      }
      return next != null;
    }

    @Override
    public CorpusArticle next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CorpusArticle a = next;
      next = null;
      return a;
    }

    private CorpusArticle advance() throws IOException {
      while (true) {
        if (parser == null) {
          ZipEntry e = zin.getNextEntry();
          if (e == null) {
            return null;
          }
          if (e.isDirectory() || !e.getName().endsWith(".json")) {
            continue;
          }
          // The parser must not close the zip stream when the entry ends.
          parser = JSON.createParser(new NonClosing(zin));
          if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException(e.getName() + " does not start with a JSON array");
          }
        }
        JsonToken t = parser.nextToken();
        if (t == JsonToken.START_OBJECT) {
          return readArticle();
        }
        parser.close();
        parser = null;
      }
    }

    private CorpusArticle readArticle() throws IOException {
      String source = null, url = null, date = null, title = null, author = null, content = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken v = parser.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        String value = v == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
        switch (name) {
          case "source" -> source = value;
          case "url" -> url = value;
          case "date_extracted" -> date = value;
          case "title" -> title = value;
          case "author" -> author = value;
          case "content" -> content = value;
          default -> { }
        }
      }
      return new CorpusArticle(source, url, date, title, author, content);
    }

    void close() {
      try {
        if (parser != null) {
          parser.close();
        }
        zin.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Keeps Jackson from closing the zip stream at the end of one entry. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
