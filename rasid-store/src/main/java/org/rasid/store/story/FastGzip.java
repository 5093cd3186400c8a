package org.rasid.store.story;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The story state's on-disk encoding: gzip at the fastest deflate level (or stored blocks, {@link
 * #dataOutStored}), buffered on both sides.
 * The state of a large corpus is tens of MB and is written at the end of every ingest, where the
 * default level costs seconds for a few percent of size; any gzip reader reads it unchanged.
 *
 * <p>The buffer in front of the deflater is not synchronized: {@link DataOutputStream#writeInt}
 * writes byte by byte, and {@link BufferedOutputStream}'s per-byte lock cost more than the
 * encoding itself on tens of millions of values. The stream belongs to the one thread writing it.
 */
final class FastGzip {

  private static final int BUFFER = 1 << 16;

  private FastGzip() {}

  static DataOutputStream dataOut(OutputStream raw) throws IOException {
    return dataOut(raw, Deflater.BEST_SPEED);
  }

  /**
   * Gzip with stored (uncompressed) deflate blocks: still a gzip file with its CRC, for content that
   * deflate shrinks too little to pay for (the story features: their signatures are random ints,
   * half the bytes, and level 1 took 4/5 of the writing time for a fifth less size).
   */
  static DataOutputStream dataOutStored(OutputStream raw) throws IOException {
    return dataOut(raw, Deflater.NO_COMPRESSION);
  }

  private static DataOutputStream dataOut(OutputStream raw, int level) throws IOException {
    GZIPOutputStream gzip =
        new GZIPOutputStream(new BufferedOutputStream(raw, BUFFER), BUFFER) {
          {
            def.setLevel(level);
          }
        };
    return new DataOutputStream(new UnsyncBuffer(gzip));
  }

  /** A write buffer for one thread (no locks). */
  private static final class UnsyncBuffer extends OutputStream {
    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER];
    private int n;

    UnsyncBuffer(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (n == buf.length) {
        drain();
      }
      buf[n++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len >= buf.length) {
        drain();
        out.write(b, off, len);
        return;
      }
      if (len > buf.length - n) {
        drain();
      }
      System.arraycopy(b, off, buf, n, len);
      n += len;
    }

    private void drain() throws IOException {
      if (n > 0) {
        out.write(buf, 0, n);
        n = 0;
      }
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      try {
        drain();
      } finally {
        out.close();
      }
    }
  }
}
