package org.rasid.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a JSON {@link ErrorBody} so that the server answers and keeps running
 * whatever a request does.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link ApiException}: its status, message and per-field errors;
 *   <li>Javalin's own responses (unknown route 404, 405, 413 from its size check): their status
 *       and message;
 *   <li>anything else: 500 with a fixed message; the stack trace goes to the server log only,
 *       never to the client.
 * </ul>
 */
final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  static void install(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), new ErrorBody(e.getMessage(), e.fields())));
    app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), ErrorBody.of(clientMessage(e))));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, 500, ErrorBody.of("internal error; see the server log"));
    });
    // Javalin answers an unknown route with a plain-text 404 without throwing; make it JSON too,
    // but leave a 404 that a handler already filled alone.
    app.error(404, ctx -> {
      if (!isJson(ctx)) {
        answer(ctx, 404, ErrorBody.of("no such endpoint: " + ctx.method() + " " + ctx.path()));
      }
    });
  }

  private static String clientMessage(HttpResponseException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "HTTP " + e.getStatus() : m;
  }

  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json");
  }

  private static void answer(Context ctx, int status, ErrorBody body) {
    ctx.status(status).json(body);
  }
}
