package org.rasid.app.http;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.rasid.store.RasidStore;
import org.rasid.store.StoredArticle;
import org.rasid.store.json.AnalysisJson;

/**
 * {@code GET /api/articles/{id}} (metadata plus the full analysis in the schema's JSON, text
 * included) and {@code GET /api/articles/{id}/similar} (more like this). Unknown ids are 404.
 */
final class ArticleHandler {

  private static final int DEFAULT_SIMILAR = 5;
  private static final int MAX_SIMILAR = 50;

  private final RasidStore store;
  private final AnalysisJson analysisJson;

  ArticleHandler(RasidStore store, AnalysisJson analysisJson) {
    this.store = store;
    this.analysisJson = analysisJson;
  }

  void article(Context ctx) {
    StoredArticle a = find(ctx.pathParam("id"));
    ctx.json(
        new ArticleView(
            a.id(), a.title(), a.source(), a.url(), a.published(), a.duplicateOf(),
            analysisJson.toJson(a.analysis(), true, false)));
  }

  void similar(Context ctx) {
    String id = ctx.pathParam("id");
    find(id);
    QueryParams p = new QueryParams(ctx);
    int limit = p.integer("limit", DEFAULT_SIMILAR, 1, MAX_SIMILAR);
    p.validate();
    List<ArticleRef> refs =
        store.moreLikeThis(id, limit).stream()
            .map(s -> new ArticleRef(s.id(), s.title(), s.source(), s.published()))
            .toList();
    ctx.json(new Similar(id, refs));
  }

  private StoredArticle find(String id) {
    return store.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
  }

  /** An article with its analysis embedded as raw schema JSON. */
  record ArticleView(
      String id,
      String title,
      String source,
      String url,
      LocalDate published,
      String duplicateOf,
      @JsonRawValue String analysis) {}

  record ArticleRef(String id, String title, String source, LocalDate published) {}

  record Similar(String id, List<ArticleRef> articles) {}
}
