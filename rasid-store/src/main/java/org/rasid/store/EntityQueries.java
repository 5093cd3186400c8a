package org.rasid.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.EntityMention;
import org.rasid.core.model.Event;
import org.rasid.core.model.EventArgument;
import org.rasid.core.model.Quote;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.TimeExpression;
import org.rasid.store.index.ArticleDocuments;
import org.rasid.store.index.ArticleFields;
import org.rasid.store.index.ArticleIndex;
import org.rasid.store.story.TimexDates;

/**
 * Entity lookup, entity profiles and timelines, computed from the stored analyses of matching
 * articles (no separate entity table: the analyses are the source of truth).
 *
 * <p>Rules: names match by {@link ArticleDocuments#entityKey} (normalized, definite article
 * dropped), exactly first, by prefix when nothing matches exactly; at most {@value #MAX_ARTICLES}
 * articles (the newest) are read per request; timeline items are events with a time value and
 * DATE time expressions whose value denotes a calendar day, month, year or week, in date order.
 */
final class EntityQueries {

  static final int MAX_ARTICLES = 2000;
  private static final int MAX_TIMELINE_ARTICLES = 300;
  private static final int MAX_LIST = 200;

  private final ArticleIndex index;
  private final ArticleSearch search;
  private final QueryParserRules rules;

  EntityQueries(ArticleIndex index, ArticleSearch search, QueryParserRules rules) {
    this.index = index;
    this.search = search;
    this.rules = rules;
  }

  List<EntityHit> findEntities(String name, int limit) throws IOException {
    String key = ArticleDocuments.entityKey(name);
    if (key.isEmpty() || limit <= 0) {
      return List.of();
    }
    List<StoredArticle> articles = articles(new TermQuery(new Term(ArticleFields.ENTITY_KEY, key)), MAX_ARTICLES);
    boolean prefix = articles.isEmpty();
    if (prefix) {
      articles = articles(new PrefixQuery(new Term(ArticleFields.ENTITY_KEY, key)), MAX_ARTICLES);
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, EntityMention> sample = new HashMap<>();
    for (StoredArticle art : articles) {
      Set<String> matched = new HashSet<>();
      for (EntityMention m : art.analysis().entities()) {
        if (matches(key, m, prefix)) {
          matched.add(m.entityId());
        }
      }
      Set<String> counted = new HashSet<>();
      for (EntityMention m : art.analysis().entities()) {
        if (matched.contains(m.entityId())) {
          long[] c = counts.computeIfAbsent(m.entityId(), k -> new long[2]);
          c[0]++;
          if (counted.add(m.entityId())) {
            c[1]++;
          }
          sample.putIfAbsent(m.entityId(), m);
        }
      }
    }
    List<EntityHit> hits = new ArrayList<>();
    counts.forEach((id, c) -> {
      EntityMention m = sample.get(id);
      hits.add(new EntityHit(id, m.canonical(), m.type().name(), c[0], c[1]));
    });
    hits.sort(Comparator.comparingLong(EntityHit::articles).reversed().thenComparing(EntityHit::entityId));
    return hits.subList(0, Math.min(limit, hits.size()));
  }

  private static boolean matches(String key, EntityMention m, boolean prefix) {
    String a = ArticleDocuments.entityKey(m.canonical());
    String b = ArticleDocuments.entityKey(m.text());
    return prefix ? a.startsWith(key) || b.startsWith(key) : a.equals(key) || b.equals(key);
  }

  Optional<EntityProfile> profile(String entityId) throws IOException {
    List<StoredArticle> articles = articles(new TermQuery(new Term(ArticleFields.ENTITY, entityId)), MAX_ARTICLES);
    if (articles.isEmpty()) {
      return Optional.empty();
    }
    long mentions = 0;
    Map<String, Integer> names = new HashMap<>();
    String type = null;
    TreeMap<LocalDate, Long> overTime = new TreeMap<>();
    Map<String, long[]> co = new HashMap<>();
    Map<String, EntityMention> coSample = new HashMap<>();
    List<EntityProfile.QuoteRef> quotes = new ArrayList<>();
    List<EntityProfile.EventRef> events = new ArrayList<>();
    for (StoredArticle art : articles) {
      Analysis a = art.analysis();
      Set<String> others = new HashSet<>();
      for (EntityMention m : a.entities()) {
        if (m.entityId().equals(entityId)) {
          mentions++;
          names.merge(m.canonical(), 1, Integer::sum);
          type = m.type().name();
        } else if (others.add(m.entityId())) {
          co.computeIfAbsent(m.entityId(), k -> new long[1])[0]++;
          coSample.putIfAbsent(m.entityId(), m);
        }
      }
      if (art.published() != null) {
        overTime.merge(art.published(), 1L, Long::sum);
      }
      for (Quote q : a.quotes()) {
        if (q.speaker() != null && entityId.equals(q.speaker().entityId()) && quotes.size() < MAX_LIST) {
          quotes.add(new EntityProfile.QuoteRef(art.id(), art.published(), q.text(), q.direct(), q.cue().text()));
        }
      }
      for (Event e : a.events()) {
        String role = isEntity(e.actor(), entityId) ? "actor" : isEntity(e.target(), entityId) ? "target" : null;
        if (role != null && events.size() < MAX_LIST) {
          events.add(new EntityProfile.EventRef(art.id(), art.published(), e.type().name(), role, e.trigger().text(),
              e.time() == null ? null : e.time().value(), e.sentence()));
        }
      }
    }
    if (type == null) {
      return Optional.empty();
    }
    String canonical = names.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(entityId);
    List<EntityProfile.DateCount> dates = new ArrayList<>();
    overTime.forEach((d, c) -> dates.add(new EntityProfile.DateCount(d, c)));
    List<EntityProfile.CoEntity> coList = new ArrayList<>();
    co.forEach((id, c) -> {
      EntityMention m = coSample.get(id);
      coList.add(new EntityProfile.CoEntity(id, m.canonical(), m.type().name(), c[0]));
    });
    coList.sort(Comparator.comparingLong(EntityProfile.CoEntity::count).reversed().thenComparing(EntityProfile.CoEntity::entityId));
    return Optional.of(new EntityProfile(entityId, canonical, type, mentions, articles.size(), dates,
        coList.subList(0, Math.min(MAX_LIST, coList.size())), quotes, events));
  }

  private static boolean isEntity(EventArgument arg, String entityId) {
    return arg != null && entityId.equals(arg.entityId());
  }

  List<TimelineItem> timeline(SearchQuery filter) throws IOException {
    Query q = rules.query(filter, rules.textQuery(filter.text()));
    List<TimelineItem> items = new ArrayList<>();
    for (StoredArticle art : articles(q, MAX_TIMELINE_ARTICLES)) {
      Analysis a = art.analysis();
      for (Event e : a.events()) {
        if (e.time() != null && e.time().value() != null) {
          LocalDate d = TimexDates.firstDay(e.time().value()).orElse(null);
          if (d != null) {
            items.add(new TimelineItem(e.time().value(), d, "event", sentenceText(a, e.sentence(), e.trigger().text()),
                art.id(), e.sentence()));
          }
        }
      }
      for (TimeExpression t : a.times()) {
        LocalDate d = TimexDates.firstDay(t.value()).orElse(null);
        if (d != null && t.type() == org.rasid.core.model.TimeType.DATE) {
          int s = sentenceOf(a, t.span().start());
          items.add(new TimelineItem(t.value(), d, "time", sentenceText(a, s, t.text()), art.id(), Math.max(0, s)));
        }
      }
    }
    items.sort(Comparator.comparing(TimelineItem::date).thenComparing(TimelineItem::articleId)
        .thenComparingInt(TimelineItem::sentence));
    return items;
  }

  private static int sentenceOf(Analysis a, int offset) {
    List<Sentence> ss = a.sentences();
    for (int i = 0; i < ss.size(); i++) {
      if (ss.get(i).start() <= offset && offset < ss.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static String sentenceText(Analysis a, int sentence, String fallback) {
    return sentence >= 0 && sentence < a.sentences().size() ? a.sentences().get(sentence).text() : fallback;
  }

  /** Stored articles matching {@code q}, newest first, near-duplicates left out. */
  private List<StoredArticle> articles(Query q, int max) throws IOException {
    Query visible = new BooleanQuery.Builder()
        .add(q, Occur.FILTER)
        .add(new TermQuery(new Term(ArticleFields.FLAG, ArticleFields.FLAG_DUPLICATE)), Occur.MUST_NOT)
        .build();
    SortField byDate = new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true);
    byDate.setMissingValue(Long.MIN_VALUE);
    IndexSearcher s = index.acquire();
    try {
      List<StoredArticle> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(visible, max, new org.apache.lucene.search.Sort(byDate)).scoreDocs) {
        out.add(search.stored(s.storedFields().document(sd.doc)));
      }
      return out;
    } finally {
      index.release(s);
    }
  }
}
