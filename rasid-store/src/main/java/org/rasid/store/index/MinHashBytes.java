package org.rasid.store.index;

import java.nio.ByteBuffer;
import org.apache.lucene.util.BytesRef;

/** MinHash signatures as stored bytes: big-endian longs, one after the other. */
public final class MinHashBytes {

  private MinHashBytes() {}

  public static BytesRef encode(long[] sig) {
    ByteBuffer b = ByteBuffer.allocate(sig.length * Long.BYTES);
    for (long v : sig) {
      b.putLong(v);
    }
    return new BytesRef(b.array());
  }

  public static long[] decode(BytesRef ref) {
    ByteBuffer b = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
    long[] out = new long[ref.length / Long.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
  }
}
