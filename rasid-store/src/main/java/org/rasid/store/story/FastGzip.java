package org.rasid.store.story;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The story state's on-disk encoding: gzip at the fastest deflate level, buffered on both sides.
 * The state of a large corpus is tens of MB and is written at the end of every ingest, where the
 * default level costs seconds for a few percent of size; any gzip reader reads it unchanged.
 */
final class FastGzip {

  private static final int BUFFER = 1 << 16;

  private FastGzip() {}

  static DataOutputStream dataOut(OutputStream raw) throws IOException {
    GZIPOutputStream gzip =
        new GZIPOutputStream(new BufferedOutputStream(raw, BUFFER), BUFFER) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        };
    return new DataOutputStream(new BufferedOutputStream(gzip, BUFFER));
  }
}
