package org.rasid.app.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rasid.core.io.StrictUtf8;
import org.rasid.core.model.Document;

/**
 * The sample articles bundled in the jar (repository folder {@code samples/}, listed in {@code
 * samples/index.lst}). Each becomes a {@link Document} whose id is the file name without extension.
 */
public final class SampleArticles {

  private static final String DIR = "/samples/";

  private SampleArticles() {}

  /** Reads the bundled samples; fails loudly when the jar was built without them. */
  public static List<Document> load() {
    List<Document> docs = new ArrayList<>();
    for (String name : new String(read("index.lst"), StandardCharsets.UTF_8).split("\\R")) {
      String file = name.strip();
      if (file.isEmpty()) {
        continue;
      }
      String id = file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
      docs.add(new Document(id, StrictUtf8.decode(read(file), DIR + file)));
    }
    return List.copyOf(docs);
  }

  private static byte[] read(String name) {
    try (InputStream in = SampleArticles.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled sample " + DIR + name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
