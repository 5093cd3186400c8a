package org.rasid.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 strictly, so bad input is reported instead of silently replaced.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A leading UTF-8 byte order mark (EF BB BF) is dropped: it is an encoding signature, not text.
 *   <li>Malformed or unmappable sequences fail with {@link InputFormatException} naming the byte
 *       offset of the first bad byte.
 *   <li>Binary data fails: a NUL byte, or more than 10% control characters (other than tab, CR, LF,
 *       form feed) in the first 8 KB, names the offset of the first offending byte.
 *   <li>Line breaks (LF, CRLF, CR) are kept as they are: the text is the original.
 * </ul>
 */
public final class StrictUtf8 {

  private static final int SNIFF_BYTES = 8192;

  private StrictUtf8() {}

  /** Decodes {@code bytes}; {@code name} (a file name or "stdin") goes into error messages. */
  public static String decode(byte[] bytes, String name) {
    int offset = hasBom(bytes) ? 3 : 0;
    checkNotBinary(bytes, offset, name);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new InputFormatException(
          name + ": invalid UTF-8 at byte offset " + in.position() + " (" + describe(bytes, in.position()) + ")");
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new InputFormatException(name + ": invalid UTF-8 at end of input (byte offset " + bytes.length + ")");
    }
    out.flip();
    return out.toString();
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static void checkNotBinary(byte[] b, int from, String name) {
    int end = Math.min(b.length, from + SNIFF_BYTES);
    int controls = 0;
    int firstControl = -1;
    for (int i = from; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        throw new InputFormatException(name + ": binary data (NUL byte at byte offset " + i + "), not UTF-8 text");
      }
      if (i < end && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
        if (firstControl < 0) {
          firstControl = i;
        }
      }
    }
    int sniffed = end - from;
    if (sniffed > 0 && controls * 10 > sniffed) {
      throw new InputFormatException(
          name + ": binary data (control byte at byte offset " + firstControl + "), not UTF-8 text");
    }
  }

  private static String describe(byte[] b, int at) {
    StringBuilder sb = new StringBuilder("bytes");
    for (int i = at; i < Math.min(b.length, at + 4); i++) {
      sb.append(String.format(" %02X", b[i] & 0xFF));
    }
    return sb.toString();
  }

}
