package org.rasid.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rasid.store.story.Story;
import org.rasid.store.story.StoryIndex;
import org.rasid.store.story.StoryJson;

/**
 * The story API.
 *
 * <ul>
 *   <li>{@code GET /api/stories?order=recent|size&offset=0&limit=20&minSize=2}: a page of stories
 *       ({@code total}, {@code offset}, {@code limit}, {@code stories}).
 *   <li>{@code GET /api/stories/{id}?summary=5}: one story with members, timeline, summary (at most
 *       {@code summary} sentences, 0–20) and quotes; 404 for an unknown id.
 * </ul>
 *
 * <p>Bad parameters answer 400 with {@code {"error": "...", "fields": {"limit": ["..."]}}} listing
 * every bad field. Handlers only parse, call {@link StoryIndex} and write JSON.
 */
public final class StoryRoutes {

  static final int MAX_LIMIT = 200;
  static final int MAX_SUMMARY = 20;

  private final StoryIndex index;
  private final StoryJson json = new StoryJson();

  public StoryRoutes(StoryIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  /** Registers both routes on {@code app}. */
  public static void register(Javalin app, StoryIndex index) {
    StoryRoutes r = new StoryRoutes(index);
    app.get("/api/stories", r::list);
    app.get("/api/stories/{id}", r::story);
  }

  public void list(Context ctx) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String orderParam = ctx.queryParam("order");
    StoryIndex.Order order = StoryIndex.Order.RECENT;
    if (orderParam != null) {
      switch (orderParam) {
        case "recent" -> order = StoryIndex.Order.RECENT;
        case "size" -> order = StoryIndex.Order.SIZE;
        default -> errors.computeIfAbsent("order", k -> new ArrayList<>()).add("must be recent or size");
      }
    }
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE, errors);
    int limit = intParam(ctx, "limit", 20, 1, MAX_LIMIT, errors);
    int minSize = intParam(ctx, "minSize", 1, 1, Integer.MAX_VALUE, errors);
    if (!errors.isEmpty()) {
      error(ctx, 400, "invalid query parameters", errors);
      return;
    }
    List<Story> page = index.list(order, offset, limit, minSize);
    send(ctx, json.write(json.list(page, index.count(minSize), offset, limit), false));
  }

  public void story(Context ctx) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    int summary = intParam(ctx, "summary", 5, 0, MAX_SUMMARY, errors);
    if (!errors.isEmpty()) {
      error(ctx, 400, "invalid query parameters", errors);
      return;
    }
    String id = ctx.pathParam("id");
    var view = index.view(id, summary);
    if (view.isEmpty()) {
      error(ctx, 404, "no story with id " + id, Map.of());
      return;
    }
    send(ctx, json.write(json.view(view.get()), false));
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max, Map<String, List<String>> errors) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        errors.computeIfAbsent(name, k -> new ArrayList<>()).add("must be between " + min + " and " + max + ", got " + n);
        return dflt;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.computeIfAbsent(name, k -> new ArrayList<>()).add("must be an integer, got '" + v + "'");
      return dflt;
    }
  }

  private void error(Context ctx, int status, String message, Map<String, List<String>> fields) {
    var o = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    o.put("error", message);
    if (!fields.isEmpty()) {
      var f = o.putObject("fields");
      fields.forEach((k, v) -> {
        var a = f.putArray(k);
        v.forEach(a::add);
      });
    }
    ctx.status(status);
    send(ctx, json.write(o, false));
  }

  private static void send(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(body);
  }
}
