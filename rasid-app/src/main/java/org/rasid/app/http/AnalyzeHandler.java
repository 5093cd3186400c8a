package org.rasid.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Document;
import org.rasid.extract.Analyzer;
import org.rasid.store.json.AnalysisJson;

/**
 * {@code POST /api/analyze}: analyzes one text without storing it and answers with the schema's
 * JSON (text included, tokens on request).
 *
 * <p>Rules: {@code application/json} (or no content type) is parsed as {@link AnalyzeRequest}
 * JSON; {@code text/plain} is the text itself; anything else is 415. The size limit is applied
 * while reading (413), before any parsing.
 */
final class AnalyzeHandler {

  private final Analyzer analyzer;
  private final AnalysisJson analysisJson;
  private final ObjectMapper mapper;
  private final BodyReader bodies;

  AnalyzeHandler(Analyzer analyzer, AnalysisJson analysisJson, ObjectMapper mapper, BodyReader bodies) {
    this.analyzer = analyzer;
    this.analysisJson = analysisJson;
    this.mapper = mapper;
    this.bodies = bodies;
  }

  void analyze(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    boolean plain = type.startsWith("text/plain");
    if (!plain && !type.isEmpty() && !type.startsWith("application/json")) {
      throw ApiException.unsupportedMediaType(type);
    }
    String body = bodies.readUtf8(ctx);
    AnalyzeRequest req =
        plain ? AnalyzeRequest.fromPlainText(body, new QueryParams(ctx)) : AnalyzeRequest.fromJson(body, mapper);
    Analysis analysis = analyzer.analyze(new Document(req.id(), req.text()), req.dct());
    ctx.contentType("application/json; charset=utf-8").result(analysisJson.toJson(analysis, true, req.tokens()));
  }
}
