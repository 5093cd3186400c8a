package org.rasid.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.store.IngestFailure;

/**
 * {@code .jsonl}: one article per line, a JSON object with {@code id, url, source, title,
 * published} and {@code text} or {@code html}.
 *
 * <p>Rules: blank lines are skipped; a line that is not a JSON object, or has neither a non-blank
 * text nor html, is reported as {@code file:line} and reading goes on; {@code html} goes through
 * {@link HtmlMainText}; the id is {@code id}, else derived from {@code url}, else {@code
 * name-line}; {@code published} (also {@code date}) is parsed by {@link Dates}. Invalid UTF-8 fails
 * the rest of the file (the line count where it happened is reported).
 */
public final class JsonlReader implements ArticleReader {

  private final ObjectMapper mapper = new ObjectMapper();
  private final HtmlMainText html = new HtmlMainText();

  @Override
  public boolean accepts(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineNo = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + lineNo;
        try {
          sink.accept(parse(line, file, lineNo));
        } catch (IOException | IllegalArgumentException e) {
          sink.fail(new IngestFailure(where, oneLine(e.getMessage())));
        }
      }
    } catch (MalformedInputException e) {
      throw new IOException("not valid UTF-8 text after line " + lineNo, e);
    }
  }

  private Document parse(String line, Path file, int lineNo) throws IOException {
    if (line.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("binary data");
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String url = str(node, "url");
    String title = str(node, "title");
    String text = str(node, "text");
    LocalDate published = Dates.parse(str(node, "published") != null ? str(node, "published") : str(node, "date"));
    String source = str(node, "source");
    if (text == null || text.isBlank()) {
      String h = str(node, "html");
      if (h != null && !h.isBlank()) {
        HtmlArticle a = html.extract(Jsoup.parse(h, url == null ? "" : url));
        text = a.text();
        title = title != null ? title : a.title();
        published = published != null ? published : a.published();
        source = source != null ? source : a.source();
      }
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no text or html");
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    String id = str(node, "id");
    if (id == null || id.isBlank()) {
      id = url != null ? Ids.ofUrl(url) : Ids.ofFile(file) + "-" + lineNo;
    }
    return new Document(id.strip(), text, new DocumentMeta(source, title, url, published));
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  static String oneLine(String s) {
    return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
  }
}
