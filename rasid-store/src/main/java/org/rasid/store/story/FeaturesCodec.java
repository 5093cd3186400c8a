package org.rasid.store.story;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Binary form of {@link ArticleFeatures} in the persisted story state. */
final class FeaturesCodec {

  private FeaturesCodec() {}

  static void write(ArticleFeatures f, DataOutputStream out) throws IOException {
    out.writeUTF(f.id());
    out.writeLong(f.published() == null ? Long.MIN_VALUE : f.published().toEpochDay());
    out.writeUTF(f.source() == null ? "" : f.source());
    out.writeUTF(f.title() == null ? "" : f.title());
    TermVector v = f.terms();
    out.writeShort(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.writeUTF(v.term(i));
      out.writeFloat(v.weight(i));
    }
    out.writeInt(f.entities().size());
    for (var e : f.entities().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.writeInt(f.minHash().shingles());
    for (int x : f.minHash().values()) {
      out.writeInt(x);
    }
    out.writeLong(f.contentHash());
  }

  static ArticleFeatures read(DataInputStream in) throws IOException {
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
    return new ArticleFeatures(
        id,
        day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
        source.isEmpty() ? null : source,
        title.isEmpty() ? null : title,
        TermVector.of(terms, weights),
        entities,
        MinHash.of(values, shingles),
        content);
  }
}
