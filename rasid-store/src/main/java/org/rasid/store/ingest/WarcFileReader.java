package org.rasid.store.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.store.IngestFailure;

/**
 * {@code .warc} and {@code .warc.gz} news crawls, read with jwarc.
 *
 * <p>Rules: only {@code response} records with HTTP status 200 and {@code resource} records whose
 * payload is HTML (text/html or application/xhtml+xml) are articles; other records (requests,
 * metadata, redirects, images) are skipped silently. The page goes through {@link HtmlMainText}
 * (decoded per its Content-Encoding, charset from Content-Type or the page); the id derives from
 * the target URI; the date is the page's published date, else the WARC-Date (the capture day, an
 * upper bound of publication). A record that fails is reported as {@code file#uri} and reading
 * goes on; a file that is not WARC fails as a whole.
 */
public final class WarcFileReader implements ArticleReader {

  private static final int MAX_PAGE_BYTES = 20 << 20;
  private final HtmlMainText extractor = new HtmlMainText();

  @Override
  public boolean accepts(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord record : reader) {
        String uri = null;
        try {
          if (record instanceof WarcResponse response) {
            uri = response.target();
            HttpResponse http = response.http();
            if (http.status() != 200 || !isHtml(http.contentType())) {
              continue;
            }
            handle(file, uri, record, http.contentType(), http.bodyDecoded().stream(), sink);
          } else if (record instanceof WarcResource resource) {
            uri = resource.target();
            if (!isHtml(resource.contentType())) {
              continue;
            }
            handle(file, uri, record, resource.contentType(), resource.body().stream(), sink);
          }
        } catch (IOException | RuntimeException e) {
          sink.fail(new IngestFailure(file + "#" + (uri == null ? "record" : uri), JsonlReader.oneLine(e.getMessage())));
        }
      }
    }
  }

  private void handle(Path file, String uri, WarcRecord record, MediaType type, InputStream body, ArticleSink sink)
      throws IOException {
    byte[] bytes = body.readNBytes(MAX_PAGE_BYTES);
    String charset = type == null ? null : type.parameters().get("charset");
    org.jsoup.nodes.Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, uri == null ? "" : uri);
    } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, uri == null ? "" : uri);
    }
    HtmlArticle a = extractor.extract(page);
    if (a.text().isBlank()) {
      sink.fail(new IngestFailure(file + "#" + uri, "no article text found in the page"));
      return;
    }
    LocalDate published = a.published() != null ? a.published() : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
    String url = uri != null ? uri : a.url();
    String source = a.source() != null ? a.source() : host(url);
    sink.accept(new Document(url == null ? record.id().toString() : Ids.ofUrl(url), a.text(),
        new DocumentMeta(source, a.title(), url, published)));
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = java.net.URI.create(url).getHost();
      return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
