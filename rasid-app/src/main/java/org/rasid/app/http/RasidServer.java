package org.rasid.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.Objects;
import org.rasid.extract.Analyzer;
import org.rasid.store.RasidStore;
import org.rasid.store.json.AnalysisJson;

/**
 * Rasid's HTTP server: the JSON API under {@code /api}, the OpenAPI document at {@code
 * /openapi.json} and the Arabic web page at {@code /}, all from the jar (no network needed).
 *
 * <p>Routes (each handler class serves one concern):
 * <ul>
 *   <li>{@code GET /api/health} — {@link HealthHandler}
 *   <li>{@code GET /api/search}, {@code GET /api/timeline} — {@link SearchHandler}
 *   <li>{@code GET /api/articles/{id}}, {@code GET /api/articles/{id}/similar} — {@link ArticleHandler}
 *   <li>{@code GET /api/entities?name=}, {@code GET /api/entities/{id}} — {@link EntityHandler}
 *   <li>{@code POST /api/analyze} — {@link AnalyzeHandler}
 *   <li>static files from classpath {@code /web}: {@code index.html}, scripts, styles, fonts,
 *       {@code openapi.json}
 * </ul>
 *
 * <p>Every failure becomes a JSON error ({@link ErrorMapping}); no stack trace reaches a client.
 * Constructing binds nothing; {@link #start()} binds {@link ServerConfig#host()} and port (0 = any
 * free port, see {@link #port()}).
 */
public final class RasidServer implements AutoCloseable {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final ServerConfig config;
  private final Javalin app;

  public RasidServer(RasidStore store, Analyzer analyzer, ServerConfig config) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(analyzer, "analyzer");
    this.config = Objects.requireNonNull(config, "config");
    ObjectMapper mapper = ApiJson.mapper();
    AnalysisJson analysisJson = new AnalysisJson();
    HealthHandler health = new HealthHandler(store);
    SearchHandler search = new SearchHandler(store);
    ArticleHandler articles = new ArticleHandler(store, analysisJson);
    EntityHandler entities = new EntityHandler(store);
    StoryRoutes stories = new StoryRoutes(store.stories());
    AnalyzeHandler analyze =
        new AnalyzeHandler(analyzer, analysisJson, mapper, new BodyReader(config.maxBodyBytes()));
    this.app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.startupWatcherEnabled = false;
              cfg.jsonMapper(new JavalinJackson(mapper, false));
              // Javalin's own check (ctx.body()) uses the same limit as BodyReader.
              cfg.http.maxRequestSize = config.maxBodyBytes();
              cfg.http.defaultContentType = "application/json; charset=utf-8";
              cfg.router.ignoreTrailingSlashes = true;
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessageHandler(mapper)));
              cfg.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                    // Jetty knows no font types (it then sends none); name it for the browser.
                    files.mimeTypes.add(io.javalin.http.ContentType.FONT_TTF, "ttf");
                    // Everything the page needs is in the jar: the policy forbids any other
                    // origin (no CDN, no leak of queries) and inline script (XSS defence).
                    files.headers = java.util.Map.of(
                        "Cache-Control", "max-age=0",
                        "X-Content-Type-Options", "nosniff",
                        "Content-Security-Policy", CONTENT_SECURITY_POLICY);
                  });
              cfg.router.mount(
                  r -> {
                    r.get("/api/health", health::health);
                    r.get("/api/search", search::search);
                    r.get("/api/timeline", search::timeline);
                    r.get("/api/articles/{id}", articles::article);
                    r.get("/api/articles/{id}/similar", articles::similar);
                    r.get("/api/entities", entities::lookup);
                    r.get("/api/entities/{id}", entities::profile);
                    r.get("/api/stories", stories::list);
                    r.get("/api/stories/{id}", stories::story);
                    r.post("/api/analyze", analyze::analyze);
                  });
            });
    ErrorMapping.install(app);
  }

  /** Binds and starts serving; returns this for chaining. */
  public RasidServer start() {
    app.start(config.host(), config.port());
    return this;
  }

  /** The bound port (the real one when the configuration asked for 0). */
  public int port() {
    return app.port();
  }

  /** Where the web page is, e.g. {@code http://127.0.0.1:7000/}. */
  public URI uri() {
    // A wildcard bind (0.0.0.0, ::) is reachable on loopback; print an address a browser can open.
    String bound = config.host();
    String host = bound.equals("0.0.0.0") || bound.equals("::") ? ServerConfig.LOOPBACK
        : bound.contains(":") ? "[" + bound + "]" : bound;
    return URI.create("http://" + host + ":" + port() + "/");
  }

  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
