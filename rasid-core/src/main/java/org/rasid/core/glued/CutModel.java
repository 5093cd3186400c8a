package org.rasid.core.glued;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Logistic model deciding whether a space was lost at one cut point X|Y of an Arabic token, used by
 * {@link GluedWordSplitter} when word counts alone find no split. The features ({@link #FEATURES},
 * computed by the splitter) combine the character model's log-ratio of "X Y" over "XY" with word
 * counts of X, Y, the pair and the whole. The weights are trained by {@code rasid lexicon cutmodel}
 * ({@link CutModelTrainer}) on synthetically glued text of training zips that the statistics used
 * for the features did not count.
 *
 * <p>Serialized form: UTF-8 text, {@code #} comment lines, then {@code feature<TAB>weight} lines.
 */
public record CutModel(double[] weights, List<String> header) {

  /** Classpath location of the bundled weights. */
  public static final String BUNDLED_RESOURCE = "/org/rasid/core/lexicon/glued-cut-model.tsv";

  /** Feature names, in order; index 0 is the intercept. */
  public static final List<String> FEATURES = List.of(
      "bias", "charGain", "charGainPos", "logCountX", "logCountY", "logSupportX", "logSupportY", "logSupportWhole",
      "logPair", "shortX", "shortY", "twoLettersX", "twoLettersY", "unknownX", "unknownY", "articleY",
      "suffixY", "gainShortY", "gainShortX", "wordCut", "wordCutMargin", "wordSplit", "wordMargin");

  public CutModel {
    if (weights.length != FEATURES.size()) {
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
    }
    weights = weights.clone();
    header = List.copyOf(header);
  }

  /** Log-odds that the cut with features {@code f} is a lost space. */
  public double logit(double[] f) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * f[i];
    }
    return z;
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** Loads the weights bundled in the jar. */
  public static CutModel bundled() {
    try (InputStream in = CutModel.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled cut model " + BUNDLED_RESOURCE
            + " is missing from the classpath; rebuild it with `rasid lexicon cutmodel` (see the README in that package)");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled cut model " + BUNDLED_RESOURCE, e);
    }
  }

  /** Reads the text form; every feature of {@link #FEATURES} must have a weight. Does not close {@code in}. */
  public static CutModel load(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> header = new ArrayList<>();
    Map<String, Double> w = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        header.add(line);
        continue;
      }
      String[] p = line.split("\t");
      if (p.length != 2 || !FEATURES.contains(p[0])) {
        throw new IOException("cut model: expected feature<TAB>weight, got: " + line);
      }
      w.put(p[0], Double.parseDouble(p[1]));
    }
    double[] weights = new double[FEATURES.size()];
    for (int i = 0; i < weights.length; i++) {
      Double x = w.get(FEATURES.get(i));
      if (x == null) {
        throw new IOException("cut model has no weight for " + FEATURES.get(i));
      }
      weights[i] = x;
    }
    return new CutModel(weights, header);
  }

  /** Writes the text form. */
  public void writeTo(Writer out) throws IOException {
    for (String h : header) {
      out.write(h.startsWith("#") ? h : "# " + h);
      out.write('\n');
    }
    for (int i = 0; i < weights.length; i++) {
      out.write(FEATURES.get(i) + "\t" + String.format(Locale.ROOT, "%.6f", weights[i]) + "\n");
    }
    out.flush();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CutModel c && java.util.Arrays.equals(weights, c.weights) && header.equals(c.header);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(weights) * 31 + header.hashCode();
  }

  @Override
  public String toString() {
    return "CutModel" + java.util.Arrays.toString(weights);
  }
}
