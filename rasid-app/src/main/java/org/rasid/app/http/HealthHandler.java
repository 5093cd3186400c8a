package org.rasid.app.http;

import io.javalin.http.Context;
import org.rasid.store.RasidStore;

/** {@code GET /api/health}: the server is up and its index answers; reports the article count. */
final class HealthHandler {

  private final RasidStore store;

  HealthHandler(RasidStore store) {
    this.store = store;
  }

  void health(Context ctx) {
    ctx.json(new Health("ok", store.articleCount()));
  }

  record Health(String status, int articles) {}
}
