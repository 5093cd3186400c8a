package org.rasid.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to requests it rejects before Javalin sees them (URI or headers too long: 414,
 * 431; unparsable requests: 400), as the same JSON {@link ErrorBody} as every other error instead
 * of Jetty's HTML page.
 */
final class JsonBadMessageHandler extends ErrorHandler {

  private final ObjectMapper mapper;

  JsonBadMessageHandler(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    if (HttpStatus.hasNoBody(status)) {
      return ByteBuffer.allocate(0);
    }
    String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    try {
      return ByteBuffer.wrap(mapper.writeValueAsString(ErrorBody.of(message)).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return ByteBuffer.wrap("{\"error\":\"bad request\"}".getBytes(StandardCharsets.UTF_8));
    }
  }
}
