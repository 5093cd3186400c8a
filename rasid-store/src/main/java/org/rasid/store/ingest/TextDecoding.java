package org.rasid.store.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rasid.core.io.InputFormatException;
import org.rasid.core.io.StrictUtf8;

/**
 * Reads a text file for ingestion: strict UTF-8 by {@link StrictUtf8} (invalid sequences and binary
 * content are errors naming the byte offset, never replacement characters silently indexed; a
 * leading byte-order mark is dropped), then CRLF and CR line ends become LF so stored articles have
 * the same offsets on every platform.
 */
final class TextDecoding {

  private TextDecoding() {}

  static String readUtf8(Path file) throws IOException {
    String s;
    try {
      s = StrictUtf8.decode(Files.readAllBytes(file), file.getFileName().toString());
    } catch (InputFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
    return s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
  }
}
