package org.rasid.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasid.store.FacetValue;
import org.rasid.store.RasidStore;
import org.rasid.store.SearchHit;
import org.rasid.store.SearchQuery;
import org.rasid.store.SearchResult;
import org.rasid.store.Sort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid search "query"}: full-text search of the index with filters.
 *
 * <p>Query text: words must all match, "quoted phrases" match as phrases, spelling variants and
 * glued words match (see the store's analysis chain); an empty query lists articles by date. Output:
 * a numbered list (title, date, source, snippet with matches bracketed by ⟦ ⟧, or bold on a
 * terminal) or, with {@code --json}, one JSON object with total, hits and facets. Opens the index
 * read-only, so it works while an ingest runs.
 */
@Command(name = "search", description = "Search the index.", mixinStandardHelpOptions = true)
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words and \"phrases\" (empty: all articles, newest first).")
  String query = "";

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("rasid-data");

  @Option(names = "--entity", paramLabel = "ID", description = "Only articles mentioning this entity id (repeatable: any of).")
  List<String> entities = new ArrayList<>();

  @Option(names = "--type", paramLabel = "TYPE", description = "Only articles with an entity of this type: PER, ORG, LOC, GPE, NORP, MISC (repeatable).")
  List<String> types = new ArrayList<>();

  @Option(names = "--event", paramLabel = "TYPE", description = "Only articles with an event of this type, e.g. ATTACK (repeatable).")
  List<String> events = new ArrayList<>();

  @Option(names = "--source", paramLabel = "S", description = "Only articles from this source (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
  LocalDate to;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, date (newest first) or date-asc (default: relevance).")
  String sort = "relevance";

  @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset = 0;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    SearchQuery q = query();
    SearchResult r;
    try (RasidStore store = RasidStore.openReadOnly(data)) {
      r = store.search(q);
    } catch (NoSuchFileException e) {
      throw new UserInputException("no index in " + data + " (run: rasid ingest PATH --data " + data + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(r));
    } else {
      print(r, q, out, System.console() != null);
    }
    out.flush();
    return 0;
  }

  private SearchQuery query() {
    Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> Sort.RELEVANCE;
      case "date" -> Sort.DATE;
      case "date-asc" -> Sort.DATE_ASC;
      default -> throw new UserInputException("--sort must be relevance, date or date-asc, got " + sort);
    };
    if (limit < 0 || limit > SearchQuery.MAX_LIMIT || offset < 0) {
      throw new UserInputException("--limit must be in [0, " + SearchQuery.MAX_LIMIT + "] and --offset >= 0");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new UserInputException("--from " + from + " is after --to " + to);
    }
    return SearchQuery.builder().text(query).entityIds(entities).entityTypes(upper(types)).eventTypes(upper(events))
        .sources(sources).from(from).to(to).sort(order).offset(offset).limit(limit).build();
  }

  private static List<String> upper(List<String> values) {
    return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
  }

  static void print(SearchResult r, SearchQuery q, PrintWriter out, boolean terminal) {
    out.printf(Locale.ROOT, "%d results (%.1f ms)%n", r.total(), r.tookMicros() / 1000.0);
    int n = q.offset();
    for (SearchHit h : r.hits()) {
      n++;
      out.println();
      out.printf("%d. %s%n", n, h.title() == null ? h.id() : h.title());
      out.printf("   %s · %s · %s%n", h.published() == null ? "بدون تاريخ" : h.published(),
          h.source() == null ? "—" : h.source(), h.id());
      out.println("   " + plain(h.snippetHtml(), terminal).replace("\n", " "));
    }
    List<FacetValue> entities = r.facets().getOrDefault("entity", List.of());
    if (!entities.isEmpty()) {
      out.println();
      StringBuilder sb = new StringBuilder("entities:");
      for (FacetValue f : entities.subList(0, Math.min(8, entities.size()))) {
        sb.append("  ").append(f.label()).append(" (").append(f.count()).append(")");
      }
      out.println(sb);
    }
  }

  /** Snippet HTML to terminal text: marks bold (or ⟦ ⟧), entities unescaped. */
  static String plain(String html, boolean terminal) {
    String open = terminal ? "\u001B[1m" : "⟦";
    String close = terminal ? "\u001B[0m" : "⟧";
    return html.replace("<mark>", open).replace("</mark>", close)
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#x2F;", "/").replace("&#39;", "'").replace("&amp;", "&");
  }

  static String toJson(SearchResult r) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.put("total", r.total());
    root.put("took_micros", r.tookMicros());
    ArrayNode hits = root.putArray("hits");
    for (SearchHit h : r.hits()) {
      ObjectNode o = hits.addObject();
      o.put("id", h.id());
      o.put("title", h.title());
      o.put("source", h.source());
      o.put("published", h.published() == null ? null : h.published().toString());
      o.put("score", h.score());
      o.put("snippet_html", h.snippetHtml());
    }
    ObjectNode facets = root.putObject("facets");
    for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
      ArrayNode values = facets.putArray(e.getKey());
      for (FacetValue f : e.getValue()) {
        values.addObject().put("value", f.value()).put("label", f.label()).put("count", f.count());
      }
    }
    try {
      return m.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
