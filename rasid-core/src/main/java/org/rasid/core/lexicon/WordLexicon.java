package org.rasid.core.lexicon;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Immutable frequency table of normalized Arabic word forms ({@code ArabicNormalizer.normalize}),
 * the word statistics behind {@code CliticSegmenter} and {@code GluedWordSplitter}.
 *
 * <p>Serialized form (gzip, UTF-8): comment lines starting with {@code #} (provenance), one line
 * {@code @total<TAB>N} (all word tokens counted, including the ones below the threshold), then one
 * {@code word<TAB>count} line per word, most frequent first, then one {@code w1 w2<TAB>count} line
 * per stored bigram (two words separated by whitespace in the text).
 *
 * <p>{@link #logProb(String)} is add-½ smoothed over the stored vocabulary, so an unseen word gets
 * a finite, small probability. The bundled table ({@link #bundled()}) is built by {@code rasid
 * lexicon build} from the SaudiNewsNet training zips; see the README next to it.
 */
public final class WordLexicon {

  /** Classpath location of the bundled table. */
  public static final String BUNDLED_RESOURCE = "/org/rasid/core/lexicon/saudinewsnet-words.tsv.gz";

  private static final String TOTAL_KEY = "@total";
  private static final double SMOOTHING = 0.5;

  private final CharKeyTable counts;
  private final CharKeyTable bigrams;
  private final long total;
  private final List<String> header;
  private final double logDenominator;

  private WordLexicon(Map<String, Long> counts, Map<String, Long> bigrams, long total, List<String> header) {
    this.counts = CharKeyTable.of(counts);
    this.bigrams = CharKeyTable.of(bigrams);
    this.total = total;
    this.header = List.copyOf(header);
    this.logDenominator = Math.log(total + SMOOTHING * (counts.size() + 1));
  }

  /** A lexicon over the given counts; {@code total} must be at least their sum. */
  public static WordLexicon of(Map<String, Long> counts, long total, List<String> header) {
    return of(counts, Map.of(), total, header);
  }

  /** A lexicon with bigram counts keyed {@code "w1 w2"} (one space). */
  public static WordLexicon of(Map<String, Long> counts, Map<String, Long> bigrams, long total, List<String> header) {
    checked(counts, bigrams, total);
    return new WordLexicon(counts, bigrams, total, header);
  }

  private static void checked(Map<String, Long> counts, Map<String, Long> bigrams, long total) {
    for (Map.Entry<String, Long> e : bigrams.entrySet()) {
      if (e.getValue() <= 0 || e.getKey().indexOf(' ') <= 0) {
        throw new IllegalArgumentException("bad bigram entry " + e);
      }
    }
    long sum = 0;
    for (long c : counts.values()) {
      if (c <= 0) {
        throw new IllegalArgumentException("counts must be positive, got " + c);
      }
      sum += c;
    }
    if (total < sum) {
      throw new IllegalArgumentException("total " + total + " is below the sum of counts " + sum);
    }
  }

  /** Loads the table bundled in the jar; fails with a clear message when it is missing. */
  public static WordLexicon bundled() {
    try (InputStream in = WordLexicon.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled word lexicon " + BUNDLED_RESOURCE + " is missing from the classpath;"
                + " rebuild it with `rasid lexicon build` (see the README in that package)");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled word lexicon " + BUNDLED_RESOURCE, e);
    }
  }

  /** Reads the gzip TSV format described in the class comment. Does not close {@code in}. */
  public static WordLexicon load(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    Map<String, Long> counts = new HashMap<>(1 << 18);
    Map<String, Long> bigrams = new HashMap<>(1 << 18);
    List<String> header = new ArrayList<>();
    long total = -1;
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      if (line.charAt(0) == '#') {
        header.add(line);
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException("word lexicon line " + lineNo + ": expected word<TAB>count, got: " + line);
      }
      String key = line.substring(0, tab);
      long value;
      try {
        value = Long.parseLong(line, tab + 1, line.length(), 10);
      } catch (NumberFormatException e) {
        throw new IOException("word lexicon line " + lineNo + ": bad count in: " + line, e);
      }
      if (key.equals(TOTAL_KEY)) {
        total = value;
      } else if (key.indexOf(' ') > 0) {
        bigrams.put(key, value);
      } else {
        counts.put(key, value);
      }
    }
    if (total < 0) {
      throw new IOException("word lexicon has no " + TOTAL_KEY + " line");
    }
    checked(counts, bigrams, total);
    return new WordLexicon(counts, bigrams, total, header);
  }

  /** Writes the gzip TSV format, most frequent word first (ties by word), with {@code header}. */
  public void writeTo(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    Writer w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16);
    for (String h : header) {
      w.write(h.startsWith("#") ? h : "# " + h);
      w.write('\n');
    }
    w.write(TOTAL_KEY + "\t" + total + "\n");
    List<Map.Entry<String, Long>> entries = entries(counts);
    entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Map.Entry<String, Long>> pairs = entries(bigrams);
    pairs.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    entries.addAll(pairs);
    for (Map.Entry<String, Long> e : entries) {
      w.write(e.getKey());
      w.write('\t');
      w.write(Long.toString(e.getValue()));
      w.write('\n');
    }
    w.flush();
    gz.finish();
  }

  private static List<Map.Entry<String, Long>> entries(CharKeyTable table) {
    List<Map.Entry<String, Long>> out = new ArrayList<>(table.size());
    table.forEach((key, count) -> out.add(Map.entry(key, count)));
    return out;
  }

  /** How often the normalized form occurred; 0 when it is not in the table. */
  public long count(String norm) {
    return counts.get(norm, 0, norm.length());
  }

  /**
   * {@link #count} of the normalized form {@code norm[start, end)}, without cutting it out: for
   * the segmenters, which look up many substrings of one word.
   */
  public long count(String norm, int start, int end) {
    if (start < 0 || end > norm.length() || start > end) {
      throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") of a string of length " + norm.length());
    }
    return counts.get(norm, start, end);
  }

  /**
   * {@link #count} of {@code norm[start, end - 1)} followed by {@code last}: the form with its last
   * letter replaced (a ت before a pronoun looked up as the ة, normalized ه, of the bare noun).
   */
  public long countWithLast(String norm, int start, int end, char last) {
    if (start < 0 || end > norm.length() || start >= end) {
      throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") of a string of length " + norm.length());
    }
    return counts.getWithLast(norm, start, end, last);
  }

  /** How often {@code w1} was followed by {@code w2} (whitespace between them); 0 when not stored. */
  public long bigramCount(String w1, String w2) {
    return bigrams.size() == 0 ? 0 : bigrams.getPair(w1, w2);
  }

  /**
   * Every stored bigram seen at least {@code min} times, as {@code (w1, w2, count)}, in no
   * particular order (for indexes derived from the table, built once).
   */
  public void forEachBigram(long min, BigramConsumer action) {
    bigrams.forEach((k, count) -> {
      if (count >= min) {
        int sp = k.indexOf(' ');
        action.accept(k.substring(0, sp), k.substring(sp + 1), count);
      }
    });
  }

  /** Receives one bigram of {@link #forEachBigram}. */
  @FunctionalInterface
  public interface BigramConsumer {
    void accept(String w1, String w2, long count);
  }

  /** Number of stored bigrams. */
  public int bigramSize() {
    return bigrams.size();
  }

  public boolean contains(String norm) {
    return counts.get(norm, 0, norm.length()) > 0;
  }

  /** Natural log of the add-½ smoothed unigram probability of the normalized form. */
  public double logProb(String norm) {
    return Math.log(count(norm) + SMOOTHING) - logDenominator;
  }

  /** Word tokens counted when the table was built (also those below the storage threshold). */
  public long total() {
    return total;
  }

  /** Number of distinct stored forms. */
  public int size() {
    return counts.size();
  }

  /** The provenance comment lines. */
  public List<String> header() {
    return header;
  }
}
