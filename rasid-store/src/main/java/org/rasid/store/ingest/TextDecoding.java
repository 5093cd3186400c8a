package org.rasid.store.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Strict UTF-8 reading: invalid byte sequences and binary content are errors with a clear reason,
 * never replacement characters silently indexed.
 *
 * <p>Rules: a leading byte-order mark is dropped; a NUL character marks the file as binary; CRLF
 * and CR line ends become LF (so offsets are the same on every platform).
 */
final class TextDecoding {

  private TextDecoding() {}

  static String readUtf8(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  static String decode(byte[] bytes) throws IOException {
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not valid UTF-8 text (" + e.getClass().getSimpleName() + ")", e);
    }
    if (s.indexOf('\0') >= 0) {
      throw new IOException("binary file (contains NUL bytes)");
    }
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    return s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
  }
}
