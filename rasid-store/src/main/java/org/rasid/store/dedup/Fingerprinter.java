package org.rasid.store.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * Content fingerprints for duplicate detection (Broder, "On the resemblance and containment of
 * documents", 1997; LSH banding after Leskovec, Rajaraman and Ullman, Mining of Massive Datasets
 * ch. 3).
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Content = the words of the text (runs of letters and digits) after {@link ArabicNormalizer},
 *       joined by single spaces: punctuation, diacritics, tatweel, spelling variants (أ/ا, ة/ه, ى/ي)
 *       and layout do not change it.
 *   <li>Exact duplicates share the SHA-256 of the content.
 *   <li>Near duplicates: MinHash over word {@value #SHINGLE}-shingles with {@value #SLOTS} seeded
 *       hash functions; {@value #BANDS} bands of {@value #ROWS} slots give candidate keys; a candidate
 *       is a near duplicate when the estimated Jaccard similarity is at least {@value #THRESHOLD}.
 *       Texts under {@value #SHINGLE} words get no signature (too short to judge).
 * </ol>
 *
 * <p>Stateless; safe to share.
 */
public final class Fingerprinter {

  static final int SHINGLE = 4;
  static final int BANDS = 16;
  static final int ROWS = 4;
  static final int SLOTS = BANDS * ROWS;
  /** Estimated Jaccard similarity from which two articles are copies of each other. */
  public static final double THRESHOLD = 0.8;

  private static final long[] SEEDS = seeds();
  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  public Fingerprint fingerprint(String text) {
    return fingerprintNormalized(normalizer.normalize(text));
  }

  /**
   * The fingerprint of a text already normalized by {@link ArabicNormalizer} (for a caller that
   * needs the normalized text for something else too): equal to {@code fingerprint(text)}.
   */
  public Fingerprint fingerprintNormalized(String normalizedText) {
    List<String> words = words(normalizedText);
    String content = String.join(" ", words);
    long[] sig = words.size() < SHINGLE ? new long[0] : minHash(words);
    List<String> bands = new ArrayList<>(sig.length == 0 ? 0 : BANDS);
    for (int b = 0; sig.length > 0 && b < BANDS; b++) {
      long h = 0x9E3779B97F4A7C15L * (b + 1);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ sig[b * ROWS + r]);
      }
      bands.add(b + ":" + Long.toHexString(h));
    }
    return new Fingerprint(sha256(content), sig, bands);
  }

  private static List<String> words(String norm) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < norm.length()) {
      while (i < norm.length() && !Character.isLetterOrDigit(norm.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < norm.length() && Character.isLetterOrDigit(norm.charAt(i))) {
        i++;
      }
      if (i > s) {
        out.add(norm.substring(s, i));
      }
    }
    return out;
  }

  private static long[] minHash(List<String> words) {
    long[] sig = new long[SLOTS];
    Arrays.fill(sig, Long.MAX_VALUE);
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = mix(words.get(i).hashCode() * 0xC2B2AE3D27D4EB4FL + words.get(i).length());
    }
    for (int i = 0; i + SHINGLE <= wordHashes.length; i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) {
        h = mix(h * 31 + wordHashes[i + k]);
      }
      for (int s = 0; s < SLOTS; s++) {
        long v = mix(h ^ SEEDS[s]);
        if (v < sig[s]) {
          sig[s] = v;
        }
      }
    }
    return sig;
  }

  /** SplitMix64 finalizer: a fast, well-mixing 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[SLOTS];
    long x = 0x5DEECE66DL;
    for (int i = 0; i < SLOTS; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      s[i] = x;
    }
    return s;
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
