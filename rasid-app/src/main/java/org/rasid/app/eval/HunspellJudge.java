package org.rasid.app.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An independent Arabic word judge for evaluations only: the Hunspell dictionary (Ayaspell, GPL/LGPL)
 * shipped inside LanguageTool's {@code org.languagetool:language-ar} jar, read directly from that jar
 * with Lucene's Hunspell implementation. Never used by the product, never bundled. Hamza-sensitive.
 */
public final class HunspellJudge implements Predicate<String> {

  static final String AFF = "org/languagetool/resource/ar/hunspell/ar.aff";
  static final String DIC = "org/languagetool/resource/ar/hunspell/ar.dic";

  private final Hunspell hunspell;

  private HunspellJudge(Hunspell hunspell) {
    this.hunspell = hunspell;
  }

  /** Loads the dictionary from a {@code language-ar-*.jar}. */
  public static HunspellJudge load(Path languageArJar) {
    if (!Files.isRegularFile(languageArJar)) {
      throw new IllegalArgumentException("LanguageTool Arabic jar not found: " + languageArJar);
    }
    try (ZipFile jar = new ZipFile(languageArJar.toFile())) {
      ZipEntry aff = jar.getEntry(AFF);
      ZipEntry dic = jar.getEntry(DIC);
      if (aff == null || dic == null) {
        throw new IllegalArgumentException(languageArJar + " has no " + AFF + " / " + DIC);
      }
      try (InputStream a = jar.getInputStream(aff); InputStream d = jar.getInputStream(dic)) {
        Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "ar", a, d);
        return new HunspellJudge(new Hunspell(dictionary));
      }
    } catch (IOException | java.text.ParseException e) {
      throw new UncheckedIOException(new IOException("cannot read Hunspell dictionary from " + languageArJar + ": " + e.getMessage(), e));
    }
  }

  @Override
  public boolean test(String word) {
    return !word.isEmpty() && hunspell.spell(word);
  }
}
