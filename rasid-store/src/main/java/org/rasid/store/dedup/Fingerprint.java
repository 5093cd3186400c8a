package org.rasid.store.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * What duplicate detection knows about one text.
 *
 * @param contentHash hash of the normalized content (equal for exact duplicates)
 * @param minHash MinHash signature of the word shingles (empty when the text is too short)
 * @param bands LSH band keys derived from the signature (equal keys make candidates)
 */
public record Fingerprint(String contentHash, long[] minHash, List<String> bands) {

  public Fingerprint {
    minHash = minHash.clone();
    bands = List.copyOf(bands);
  }

  @Override
  public long[] minHash() {
    return minHash.clone();
  }

  /** Estimated Jaccard similarity of the shingle sets: the share of equal signature slots. */
  public double similarity(long[] other) {
    if (minHash.length == 0 || other.length != minHash.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < minHash.length; i++) {
      if (minHash[i] == other[i]) {
        same++;
      }
    }
    return same / (double) minHash.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && f.contentHash.equals(contentHash) && Arrays.equals(f.minHash, minHash);
  }

  @Override
  public int hashCode() {
    return contentHash.hashCode();
  }

  @Override
  public String toString() {
    return "Fingerprint[" + contentHash + ", " + minHash.length + " slots]";
  }
}
