package org.rasid.store;

import java.io.IOException;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.rasid.core.model.Analysis;
import org.rasid.store.index.ArabicSearchAnalyzer;
import org.rasid.store.index.ArticleFields;
import org.rasid.store.index.ArticleIndex;
import org.rasid.store.json.AnalysisJson;

/**
 * Searching the index: hits with highlighted snippets and facets, stored articles, more like this.
 *
 * <p>Rules: relevance is Lucene's BM25 (ties: newest first); a search without text is ordered by
 * date whatever the requested sort; snippets are up to two passages of the body with the matches
 * in {@code <mark>}, HTML-escaped, else the text's opening; facets count all matching articles.
 */
final class ArticleSearch {

  private static final int SNIPPET_PASSAGES = 2;
  private static final int OPENING_CHARS = 240;
  private static final int PASSAGE_CHARS = 160;
  /** What a hit needs: never the analysis JSON, the body only when there is no highlight. */
  private static final java.util.Set<String> HIT_FIELDS =
      java.util.Set.of(ArticleFields.ID, ArticleFields.TITLE, ArticleFields.SOURCE, ArticleFields.PUBLISHED);
  private static final java.util.Set<String> HIT_FIELDS_WITH_BODY =
      java.util.Set.of(ArticleFields.ID, ArticleFields.TITLE, ArticleFields.SOURCE, ArticleFields.PUBLISHED, ArticleFields.BODY);
  private static final int FACET_VALUES = 20;

  private final ArticleIndex index;
  private final ArabicSearchAnalyzer analyzer;
  private final QueryParserRules rules;
  private final AnalysisJson json;

  ArticleSearch(ArticleIndex index, ArabicSearchAnalyzer analyzer, AnalysisJson json) {
    this.index = index;
    this.analyzer = analyzer;
    this.rules = new QueryParserRules(analyzer);
    this.json = json;
  }

  SearchResult search(SearchQuery q) throws IOException {
    long t0 = System.nanoTime();
    Query text = rules.textQuery(q.text());
    Query query = rules.query(q, text);
    IndexSearcher s = index.acquire();
    try {
      int want = Math.max(1, q.offset() + q.limit());
      TopDocsCollector<?> top = collector(q, text == null, want);
      FacetCounter facets = new FacetCounter();
      s.search(query, MultiCollector.wrap(top, facets));
      TopDocs all = top.topDocs();
      ScoreDoc[] page = q.offset() >= all.scoreDocs.length || q.limit() == 0
          ? new ScoreDoc[0]
          : Arrays.copyOfRange(all.scoreDocs, q.offset(), Math.min(all.scoreDocs.length, q.offset() + q.limit()));
      String[] snippets = snippets(s, text, page);
      List<SearchHit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        Document d = s.storedFields().document(page[i].doc, snippets[i] != null ? HIT_FIELDS : HIT_FIELDS_WITH_BODY);
        String snippet = snippets[i] != null ? snippets[i] : opening(d.get(ArticleFields.BODY));
        float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
        hits.add(new SearchHit(d.get(ArticleFields.ID), d.get(ArticleFields.TITLE), d.get(ArticleFields.SOURCE),
            published(d), text == null ? 0f : score, snippet));
      }
      Map<String, List<FacetValue>> facetValues = facets.result(FACET_VALUES);
      return new SearchResult(all.totalHits.value, hits, facetValues, (System.nanoTime() - t0) / 1000);
    } finally {
      index.release(s);
    }
  }

  private static TopDocsCollector<?> collector(SearchQuery q, boolean noText, int want) {
    Sort sort = q.sort();
    if (sort == Sort.RELEVANCE && !noText) {
      return TopScoreDocCollector.create(want, Integer.MAX_VALUE);
    }
    boolean ascending = sort == Sort.DATE_ASC;
    SortField byDate = new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, !ascending);
    // Undated articles go last in both directions.
    byDate.setMissingValue(ascending ? Long.MAX_VALUE : Long.MIN_VALUE);
    return TopFieldCollector.create(new org.apache.lucene.search.Sort(byDate, SortField.FIELD_DOC), want, Integer.MAX_VALUE);
  }

  private String[] snippets(IndexSearcher s, Query text, ScoreDoc[] page) throws IOException {
    if (text == null || page.length == 0) {
      return new String[page.length];
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(1_000_000)
        // Passages of ~160 characters cut at spaces: Arabic news often runs a whole paragraph
        // without a full stop, and the JDK's sentence iterator costs more than the search itself.
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.5f))
        .build();
    TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    return highlighter.highlight(ArticleFields.BODY, text, pageDocs, SNIPPET_PASSAGES);
  }

  static String opening(String body) {
    if (body == null) {
      return "";
    }
    String t = body.length() <= OPENING_CHARS ? body : body.substring(0, cutAt(body, OPENING_CHARS)) + " …";
    return escape(t);
  }

  private static int cutAt(String s, int max) {
    int sp = s.lastIndexOf(' ', max);
    return sp > max / 2 ? sp : max;
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  Optional<StoredArticle> article(String id) throws IOException {
    IndexSearcher s = index.acquire();
    try {
      TopDocs td = s.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(stored(s.storedFields().document(td.scoreDocs[0].doc)));
    } finally {
      index.release(s);
    }
  }

  List<StoredArticle> moreLikeThis(String id, int n) throws IOException {
    IndexSearcher s = index.acquire();
    try {
      TopDocs td = s.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
      if (td.scoreDocs.length == 0 || n <= 0) {
        return List.of();
      }
      MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {ArticleFields.BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxQueryTerms(30);
      Query like = mlt.like(td.scoreDocs[0].doc);
      BooleanQuery q = new BooleanQuery.Builder()
          .add(like, Occur.MUST)
          .add(new TermQuery(new Term(ArticleFields.ID, id)), Occur.MUST_NOT)
          .add(new TermQuery(new Term(ArticleFields.DUPLICATE_OF, id)), Occur.MUST_NOT)
          .add(new TermQuery(new Term(ArticleFields.FLAG, ArticleFields.FLAG_DUPLICATE)), Occur.MUST_NOT)
          .build();
      List<StoredArticle> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(q, n).scoreDocs) {
        out.add(stored(s.storedFields().document(sd.doc)));
      }
      return out;
    } finally {
      index.release(s);
    }
  }

  StoredArticle stored(Document d) {
    Analysis a = StoredAnalysis.decode(json, d.get(ArticleFields.ANALYSIS), d.get(ArticleFields.BODY));
    return new StoredArticle(d.get(ArticleFields.ID), d.get(ArticleFields.TITLE), d.get(ArticleFields.SOURCE),
        d.get(ArticleFields.URL), published(d), a, d.get(ArticleFields.DUPLICATE_OF));
  }

  static LocalDate published(Document d) {
    var f = d.getField(ArticleFields.PUBLISHED);
    return f == null || f.numericValue() == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
  }
}
