package org.rasid.app.http;

import io.javalin.http.Context;
import java.util.List;
import org.rasid.store.EntityHit;
import org.rasid.store.EntityProfile;
import org.rasid.store.RasidStore;

/**
 * {@code GET /api/entities?name=} (entities whose names match in any spelling: الأسد, الاسد) and
 * {@code GET /api/entities/{id}} (an entity's page: mentions over time, co-occurring entities, its
 * quotes, events where it is actor or target). Unknown ids are 404; a missing name is 400.
 */
final class EntityHandler {

  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 100;

  private final RasidStore store;

  EntityHandler(RasidStore store) {
    this.store = store;
  }

  void lookup(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    String name = p.string("name");
    if (name == null) {
      p.errors().add("name", "is required");
    }
    int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    p.validate();
    ctx.json(new Lookup(name, store.findEntities(name, limit)));
  }

  void profile(Context ctx) {
    String id = ctx.pathParam("id");
    EntityProfile profile =
        store.entity(id).orElseThrow(() -> ApiException.notFound("no entity with id " + id));
    ctx.json(profile);
  }

  record Lookup(String name, List<EntityHit> entities) {}
}
