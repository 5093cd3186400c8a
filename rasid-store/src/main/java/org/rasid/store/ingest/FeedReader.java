package org.rasid.store.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.rasid.core.model.Document;
import org.rasid.core.model.DocumentMeta;
import org.rasid.store.IngestFailure;

/**
 * RSS 2.0 and Atom 1.0 feeds ({@code .rss}, {@code .atom}, {@code .xml} with a feed root), parsed
 * with jsoup's XML parser.
 *
 * <p>Rules: each RSS {@code item} / Atom {@code entry} is one article. Text: {@code
 * content:encoded}, else {@code description} (RSS); {@code content}, else {@code summary} (Atom) —
 * HTML converted to paragraphs. Date: {@code pubDate} or {@code dc:date} (RSS), {@code published},
 * else {@code updated} (Atom). Source: the channel's/feed's title. Id: the link, else guid/id, hashed;
 * else {@code file-n}. An item without text is reported and skipped. A file that is not RSS or Atom
 * fails as a whole.
 */
public final class FeedReader implements ArticleReader {

  private final HtmlMainText html = new HtmlMainText();

  @Override
  public boolean accepts(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml");
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    String xml = TextDecoding.readUtf8(file);
    org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    Element channel = doc.selectFirst("rss > channel, rdf|RDF > channel, channel");
    Element feed = doc.selectFirst("feed");
    if (channel == null && feed == null) {
      throw new IOException("not an RSS or Atom feed");
    }
    if (feed != null && channel == null) {
      String source = childText(feed, "title");
      int n = 0;
      for (Element entry : feed.getElementsByTag("entry")) {
        n++;
        String link = atomLink(entry);
        String text = htmlText(firstNonBlank(childText(entry, "content"), childText(entry, "summary")));
        String dateStr = firstNonBlank(childText(entry, "published"), childText(entry, "updated"));
        emit(file, n, source, childText(entry, "title"), link, childText(entry, "id"), text, Dates.parse(dateStr), sink);
      }
    } else {
      String source = childText(channel, "title");
      int n = 0;
      for (Element item : doc.getElementsByTag("item")) {
        n++;
        String text = htmlText(firstNonBlank(childText(item, "content:encoded"), childText(item, "description")));
        String dateStr = firstNonBlank(childText(item, "pubDate"), childText(item, "dc:date"));
        emit(file, n, source, childText(item, "title"), childText(item, "link"), childText(item, "guid"), text,
            Dates.parse(dateStr), sink);
      }
    }
  }

  private void emit(Path file, int n, String source, String title, String link, String guid, String text,
      LocalDate published, ArticleSink sink) {
    String key = firstNonBlank(link, guid);
    String id = key != null ? Ids.ofUrl(key) : Ids.ofFile(file) + "-" + n;
    if (text == null || text.isBlank()) {
      sink.fail(new IngestFailure(file + "#" + n, "feed item without text"));
      return;
    }
    sink.accept(new Document(id, text, new DocumentMeta(source, title == null ? null : HtmlMainText.collapse(title),
        link, published)));
  }

  private String htmlText(String content) {
    if (content == null || content.isBlank()) {
      return null;
    }
    return html.fragmentText(Jsoup.parseBodyFragment(content).body());
  }

  private static String atomLink(Element entry) {
    for (Element l : entry.getElementsByTag("link")) {
      if (l.parent() == entry && (l.attr("rel").isEmpty() || l.attr("rel").equals("alternate"))) {
        return l.attr("href");
      }
    }
    return null;
  }

  private static String childText(Element parent, String tag) {
    for (Element c : parent.children()) {
      if (c.tagName().equalsIgnoreCase(tag)) {
        String t = c.wholeText().trim();
        return t.isEmpty() ? null : t;
      }
    }
    return null;
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
  }
}
