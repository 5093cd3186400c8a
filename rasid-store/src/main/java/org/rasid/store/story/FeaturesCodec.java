package org.rasid.store.story;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binary form of {@link ArticleFeatures} in the persisted story state.
 *
 * <p>Two record formats:
 *
 * <ul>
 *   <li>{@link Writer} / {@link Reader} (the features file {@code RFT3}): a term is written as its
 *       number in the order of first appearance in the file (a varint); the first appearance is
 *       followed by the term's text. News vocabulary repeats, so most of an article's 80 terms cost
 *       one or two bytes instead of their UTF-8 text. Signature values are written as one block.
 *   <li>{@link #readV2} (the features file {@code RFT2}, still read): every term as its text, every
 *       value as an int, signatures of {@link MinHash.Scheme#K_PERMUTATIONS}.
 * </ul>
 */
final class FeaturesCodec {

  private FeaturesCodec() {}

  /** Writes the records of one file, in order; not thread-safe. */
  static final class Writer {
    private final DataOutputStream out;
    /** Term fingerprint → number in the file (fingerprints identify terms everywhere in the story code). */
    private final LongIntMap numbers = new LongIntMap(1 << 16);
    private int terms;
    private final byte[] block = new byte[MinHash.HASHES * 4];

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void write(ArticleFeatures f) throws IOException {
      out.writeUTF(f.id());
      out.writeLong(f.published() == null ? Long.MIN_VALUE : f.published().toEpochDay());
      out.writeUTF(f.source() == null ? "" : f.source());
      out.writeUTF(f.title() == null ? "" : f.title());
      TermVector v = f.terms();
      writeVarint(v.size());
      for (int i = 0; i < v.size(); i++) {
        int number = numbers.get(v.fingerprint(i), -1);
        if (number >= 0) {
          writeVarint(number);
        } else {
          writeVarint(terms);
          out.writeUTF(v.term(i));
          numbers.put(v.fingerprint(i), terms++);
        }
        out.writeFloat(v.weight(i));
      }
      writeVarint(f.entities().size());
      for (var e : f.entities().entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      MinHash m = f.minHash();
      writeVarint(m.shingles());
      for (int i = 0, b = 0; i < MinHash.HASHES; i++, b += 4) {
        int x = m.value(i);
        block[b] = (byte) (x >>> 24);
        block[b + 1] = (byte) (x >>> 16);
        block[b + 2] = (byte) (x >>> 8);
        block[b + 3] = (byte) x;
      }
      out.write(block);
      out.writeLong(f.contentHash());
    }

    private void writeVarint(int v) throws IOException {
      while ((v & ~0x7F) != 0) {
        out.writeByte((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      out.writeByte(v);
    }
  }

  /** Reads the records of one file written by a {@link Writer}, in order. */
  static final class Reader {
    private final DataInputStream in;
    private final MinHash.Scheme scheme;
    private final List<String> terms = new ArrayList<>();
    private final byte[] block = new byte[MinHash.HASHES * 4];

    Reader(DataInputStream in, MinHash.Scheme scheme) {
      this.in = in;
      this.scheme = scheme;
    }

    ArticleFeatures read() throws IOException {
      String id = in.readUTF();
      long day = in.readLong();
      String source = in.readUTF();
      String title = in.readUTF();
      int n = readVarint();
      String[] ts = new String[n];
      float[] weights = new float[n];
      for (int i = 0; i < n; i++) {
        int number = readVarint();
        if (number == terms.size()) {
          terms.add(in.readUTF());
        } else if (number > terms.size()) {
          throw new IOException("term number " + number + " before term " + terms.size() + " in the features of " + id);
        }
        ts[i] = terms.get(number);
        weights[i] = in.readFloat();
      }
      int ne = readVarint();
      Map<String, String> entities = new LinkedHashMap<>();
      for (int i = 0; i < ne; i++) {
        entities.put(in.readUTF(), in.readUTF());
      }
      int shingles = readVarint();
      in.readFully(block);
      int[] values = new int[MinHash.HASHES];
      for (int i = 0, b = 0; i < values.length; i++, b += 4) {
        values[i] = (block[b] & 0xFF) << 24 | (block[b + 1] & 0xFF) << 16 | (block[b + 2] & 0xFF) << 8 | (block[b + 3] & 0xFF);
      }
      long content = in.readLong();
      return features(id, day, source, title, ts, weights, entities, MinHash.of(scheme, values, shingles), content);
    }

    private int readVarint() throws IOException {
      int v = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = in.readUnsignedByte();
        v |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new IOException("malformed varint in the features file");
    }
  }

  /** Reads one record of the {@code RFT2} format. */
  static ArticleFeatures readV2(DataInputStream in) throws IOException {
    String id = in.readUTF();
    long day = in.readLong();
    String source = in.readUTF();
    String title = in.readUTF();
    int n = in.readShort();
    String[] terms = new String[n];
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      terms[i] = in.readUTF();
      weights[i] = in.readFloat();
    }
    int ne = in.readInt();
    Map<String, String> entities = new LinkedHashMap<>();
    for (int i = 0; i < ne; i++) {
      entities.put(in.readUTF(), in.readUTF());
    }
    int shingles = in.readInt();
    int[] values = new int[MinHash.HASHES];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    long content = in.readLong();
    return features(id, day, source, title, terms, weights, entities,
        MinHash.of(MinHash.Scheme.K_PERMUTATIONS, values, shingles), content);
  }

  private static ArticleFeatures features(String id, long day, String source, String title, String[] terms,
      float[] weights, Map<String, String> entities, MinHash minHash, long content) {
    return new ArticleFeatures(
        id,
        day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
        source.isEmpty() ? null : source,
        title.isEmpty() ? null : title,
        TermVector.of(terms, weights),
        entities,
        minHash,
        content);
  }
}
