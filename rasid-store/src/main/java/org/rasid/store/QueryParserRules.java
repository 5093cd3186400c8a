package org.rasid.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.rasid.store.index.ArticleFields;

/**
 * Turns a {@link SearchQuery} into Lucene queries.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Text in double quotes ("…", «…», “…”) is a phrase; every other word is a term. Each phrase
 *       and word must match (AND), in the body or the title (title matches weigh 1.5×).
 *   <li>Words and phrases are analyzed by the index's own chain, so spelling variants, clitics and
 *       glued words match the same way as at indexing.
 *   <li>A word that analyzes to nothing (punctuation) is ignored; a text with no words matches all
 *       articles.
 *   <li>Filters (entity ids, entity types, event types, sources: any of each; the date range
 *       inclusive) restrict without scoring. Near-duplicates are always left out.
 * </ol>
 */
final class QueryParserRules {

  private static final Pattern UNITS = Pattern.compile("\"([^\"]*)\"|«([^»]*)»|“([^”]*)”|(\\S+)");
  private static final float TITLE_BOOST = 1.5f;

  private final QueryBuilder builder;

  QueryParserRules(Analyzer analyzer) {
    this.builder = new QueryBuilder(analyzer);
  }

  /** The scoring part: null when the text has no words. */
  Query textQuery(String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    Matcher m = UNITS.matcher(text);
    while (m.find()) {
      String phrase = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      Query body;
      Query title;
      if (phrase != null) {
        body = builder.createPhraseQuery(ArticleFields.BODY, phrase);
        title = builder.createPhraseQuery(ArticleFields.TITLE, phrase);
      } else {
        body = builder.createBooleanQuery(ArticleFields.BODY, m.group(4), Occur.MUST);
        title = builder.createBooleanQuery(ArticleFields.TITLE, m.group(4), Occur.MUST);
      }
      if (body == null) {
        continue;
      }
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      either.add(body, Occur.SHOULD);
      if (title != null) {
        either.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
      }
      all.add(either.build(), Occur.MUST);
      clauses++;
    }
    return clauses == 0 ? null : all.build();
  }

  /** Text query plus filters. */
  Query query(SearchQuery q, Query text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text == null ? new MatchAllDocsQuery() : text, text == null ? Occur.FILTER : Occur.MUST);
    anyOf(b, ArticleFields.ENTITY, q.entityIds());
    anyOf(b, ArticleFields.ENTITY_TYPE, q.entityTypes());
    anyOf(b, ArticleFields.EVENT_TYPE, q.eventTypes());
    anyOf(b, ArticleFields.SOURCE, q.sources());
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(ArticleFields.PUBLISHED, lo, hi), Occur.FILTER);
    }
    b.add(new TermQuery(new Term(ArticleFields.FLAG, ArticleFields.FLAG_DUPLICATE)), Occur.MUST_NOT);
    return b.build();
  }

  private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<Query> terms = new ArrayList<>();
    for (String v : values) {
      terms.add(new TermQuery(new Term(field, v)));
    }
    if (terms.size() == 1) {
      b.add(terms.get(0), Occur.FILTER);
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query t : terms) {
      any.add(t, Occur.SHOULD);
    }
    b.add(any.build(), Occur.FILTER);
  }
}
