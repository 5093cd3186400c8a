package org.rasid.store.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Main-text extraction from a news page (boilerplate removal), after the text-density idea of
 * Kohlschütter et al. ("Boilerplate detection using shallow text features", WSDM 2010) and
 * Readability.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Never content: script, style, noscript, template, iframe, form, button, input, select,
 *       textarea, svg, nav, header, footer, aside, and any element whose id, class or role names
 *       boilerplate (menu, nav, share, social, comment, footer, header, sidebar, related, breadcrumb,
 *       ad, banner, promo, newsletter, subscribe, cookie, popup, tags, widget, most-read).
 *   <li>The content container is the element whose own paragraphs hold the most text: each {@code
 *       <p>} (or text-bearing block) of at least 25 characters gives its length to its parent and
 *       half to its grandparent; an {@code <article>} or {@code [itemprop=articleBody]} element wins
 *       when it has such paragraphs.
 *   <li>Text: the container's block elements (p, h2–h6, blockquote, li, pre) in document order, each
 *       its whitespace-collapsed text, separated by blank lines; links-only blocks are dropped.
 *   <li>Title: og:title, else the first h1, else {@code <title>} (minus a " - Site" or " | Site"
 *       tail).
 *   <li>Date: article:published_time, og:published_time, datePublished (meta or itemprop), pubdate,
 *       publish-date, date, DC.date.issued metas, else the first {@code <time datetime>}.
 *   <li>Source: og:site_name; URL: link rel=canonical, else og:url.
 * </ol>
 */
public final class HtmlMainText {

  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(^|[\\s_-])(menu|nav|navbar|navigation|share|sharing|social|comment|comments|footer|header|sidebar|"
          + "related|breadcrumbs?|ads?|advert\\w*|banner|promo|newsletter|subscribe|cookie\\w*|popup|modal|tags|"
          + "widget|most-read|mostread|trending|author-box|print|toolbar)($|[\\s_-])");
  private static final String NEVER_CONTENT =
      "script, style, noscript, template, iframe, form, button, input, select, textarea, svg, nav, header, footer, aside";
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li, pre";
  private static final int MIN_PARAGRAPH = 25;

  public HtmlArticle extract(Document page) {
    String title = title(page);
    LocalDate published = published(page);
    String source = meta(page, "og:site_name");
    String url = page.selectFirst("link[rel=canonical]") != null
        ? page.selectFirst("link[rel=canonical]").absUrl("href")
        : meta(page, "og:url");
    if (url != null && url.isBlank()) {
      url = null;
    }
    Element body = page.body() == null ? page : page.body().clone();
    removeBoilerplate(body);
    Element container = container(body);
    String text = container == null ? "" : blocksText(container);
    return new HtmlArticle(title, text, published, source, url);
  }

  /** Plain text of an HTML fragment (feed item content), paragraphs separated by blank lines. */
  public String fragmentText(Element fragment) {
    Element copy = fragment.clone();
    copy.select(NEVER_CONTENT).remove();
    String text = blocksText(copy);
    return text.isEmpty() ? collapse(copy.text()) : text;
  }

  private static void removeBoilerplate(Element root) {
    root.select(NEVER_CONTENT).remove();
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      String marks = e.id() + " " + e.className() + " " + e.attr("role");
      if (!marks.isBlank() && BOILERPLATE.matcher(marks).find() && !isArticleBody(e)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static boolean isArticleBody(Element e) {
    return e.tagName().equals("article") || e.tagName().equals("main") || "articleBody".equals(e.attr("itemprop"));
  }

  private static Element container(Element root) {
    Element marked = root.selectFirst("[itemprop=articleBody], article");
    if (marked != null && paragraphText(marked) >= MIN_PARAGRAPH) {
      return marked;
    }
    Map<Element, Integer> score = new HashMap<>();
    for (Element p : root.select("p, pre, blockquote")) {
      int len = collapse(p.text()).length();
      if (len < MIN_PARAGRAPH) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, len, Integer::sum);
        if (parent.parent() != null) {
          score.merge(parent.parent(), len / 2, Integer::sum);
        }
      }
    }
    Element best = null;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (best != null) {
      return best;
    }
    // No paragraphs: pages that put text in divs with <br>. Take the whole cleaned body.
    return collapse(root.text()).isEmpty() ? null : root;
  }

  private static int paragraphText(Element e) {
    int total = 0;
    for (Element p : e.select(BLOCKS)) {
      total += collapse(p.text()).length();
    }
    return total;
  }

  private static String blocksText(Element container) {
    Elements blocks = container.select(BLOCKS);
    java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<String> paragraphs = new ArrayList<>();
    for (Element b : blocks) {
      seen.add(b);
      if (hasBlockAncestor(b, container, seen)) {
        continue; // nested block (li inside blockquote): its text is in the outer one
      }
      String t = collapse(b.text());
      if (t.isEmpty() || isLinksOnly(b, t)) {
        continue;
      }
      paragraphs.add(t);
    }
    if (paragraphs.isEmpty()) {
      String t = textWithBreaks(container);
      return t;
    }
    return String.join("\n\n", paragraphs);
  }

  private static boolean hasBlockAncestor(Element b, Element container, java.util.Set<Element> blocks) {
    for (Element a = b.parent(); a != null && a != container; a = a.parent()) {
      if (blocks.contains(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLinksOnly(Element block, String text) {
    int linkText = 0;
    for (Element a : block.select("a")) {
      linkText += collapse(a.text()).length();
    }
    return linkText > 0 && linkText >= text.length() * 0.8;
  }

  private static String textWithBreaks(Element e) {
    StringBuilder sb = new StringBuilder();
    appendText(e, sb);
    List<String> lines = new ArrayList<>();
    for (String line : sb.toString().split("\n")) {
      String t = collapse(line);
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
    return String.join("\n\n", lines);
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element el) {
        boolean block = el.isBlock() || el.tagName().equals("br");
        if (block) {
          sb.append('\n');
        }
        appendText(el, sb);
        if (block) {
          sb.append('\n');
        }
      }
    }
  }

  static String collapse(String s) {
    return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
  }

  private static String title(Document page) {
    String og = meta(page, "og:title");
    if (og != null && !og.isBlank()) {
      return collapse(og);
    }
    Element h1 = page.selectFirst("h1");
    if (h1 != null && !collapse(h1.text()).isEmpty()) {
      return collapse(h1.text());
    }
    String t = collapse(page.title());
    if (t.isEmpty()) {
      return null;
    }
    int cut = Math.max(t.lastIndexOf(" - "), t.lastIndexOf(" | "));
    return cut > 0 ? t.substring(0, cut).trim() : t;
  }

  private static LocalDate published(Document page) {
    for (String key : new String[] {
      "article:published_time", "og:published_time", "datePublished", "pubdate", "publish-date", "date", "DC.date.issued"
    }) {
      LocalDate d = Dates.parse(meta(page, key));
      if (d != null) {
        return d;
      }
    }
    Element item = page.selectFirst("[itemprop=datePublished]");
    if (item != null) {
      LocalDate d = Dates.parse(item.hasAttr("content") ? item.attr("content") : item.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    Element time = page.selectFirst("time[datetime]");
    return time == null ? null : Dates.parse(time.attr("datetime"));
  }

  private static String meta(Document page, String key) {
    Element m = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
    return m == null ? null : m.attr("content");
  }
}
