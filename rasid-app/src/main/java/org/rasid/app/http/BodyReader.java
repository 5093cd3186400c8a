package org.rasid.app.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body as UTF-8 under a size limit.
 *
 * <p>Rules: a declared Content-Length over the limit is refused before anything is read; a body
 * without one (chunked) is read up to one byte past the limit and refused when it gets there, so
 * a client can never make the server buffer more than the limit; bytes that are not UTF-8 are a
 * 400 (rather than silently replaced, which would shift offsets the client computes).
 */
final class BodyReader {

  private final long limit;

  BodyReader(long limit) {
    this.limit = limit;
  }

  String readUtf8(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw ApiException.tooLarge(limit);
    }
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > limit) {
      throw ApiException.tooLarge(limit);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("body", "must be UTF-8 text");
    }
  }
}
