package org.rasid.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.rasid.app.samples.SampleArticles;
import org.rasid.core.model.Document;
import org.rasid.extract.Analyzer;
import org.rasid.store.RasidStore;

/**
 * A real Rasid server for tests: a fresh store in a temporary directory holding the bundled
 * sample articles, served on a free loopback port, plus a small HTTP client for it.
 */
final class RunningServer implements AutoCloseable {

  final RasidStore store;
  final RasidServer server;
  final List<Document> samples;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper mapper = new ObjectMapper();

  private RunningServer(RasidStore store, RasidServer server, List<Document> samples) {
    this.store = store;
    this.server = server;
    this.samples = samples;
  }

  static RunningServer withSamples(Path dataDir, long maxBodyBytes) throws IOException {
    return start(dataDir, maxBodyBytes, SampleArticles.load());
  }

  static RunningServer empty(Path dataDir, long maxBodyBytes) throws IOException {
    return start(dataDir, maxBodyBytes, List.of());
  }

  private static RunningServer start(Path dataDir, long maxBodyBytes, List<Document> samples) throws IOException {
    Analyzer analyzer = Analyzer.create();
    RasidStore store = RasidStore.open(dataDir, analyzer);
    for (Document doc : samples) {
      store.ingestOne(doc);
    }
    RasidServer server =
        new RasidServer(store, analyzer, new ServerConfig(ServerConfig.LOOPBACK, 0, maxBodyBytes)).start();
    return new RunningServer(store, server, samples);
  }

  URI uri(String pathAndQuery) {
    return server.uri().resolve(pathAndQuery);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Posts without a Content-Length (chunked), as a streaming client would. */
  HttpResponse<String> postChunked(String path, String contentType, byte[] body) throws IOException, InterruptedException {
    HttpRequest r = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
        .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  JsonNode json(HttpResponse<String> r) throws IOException {
    return mapper.readTree(r.body());
  }

  @Override
  public void close() throws IOException {
    server.stop();
    store.close();
  }
}
