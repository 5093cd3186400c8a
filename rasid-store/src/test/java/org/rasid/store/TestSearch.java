package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over the five repository samples plus a few short articles written for each rule. */
class TestSearch {

  @TempDir static Path dir;
  static RasidStore store;

  static final String S1 = "000_0b23df8c7f8b006c";
  static final String S2 = "001_d0eb3544be76ba98";
  static final String S3 = "002_e3a8602597ddc0e3";
  static final String S4 = "003_8bb0b02f1c03471e";
  static final String S5 = "004_4b6dfd12cd3d3112";

  @BeforeAll
  static void ingest() {
    store = TestStore.open(dir);
    IngestSummary s = store.ingest(List.of(TestStore.samples()), new IngestOptions(2, 2), IngestListener.NONE);
    assertEquals(5, s.ingested(), s.failures().toString());
    for (var d : List.of(
        TestStore.doc("g1", "وكالة أ", "2011-07-10", "دعم أمريكي", "أكدت الولاياتالمتحدة دعمها الحل السياسي في اليمن."),
        TestStore.doc("g2", "وكالة ب", "2011-08-01", "موقف واشنطن", "قالت الولايات المتحدة إن الحل في اليمن سياسي."),
        TestStore.doc("a1", "وكالة أ", "2012-01-05", "لقاء في دمشق", "التقى الرئيس الأسد أمس وفدا روسيا في دمشق. وقال \"سننتصر\" للصحفيين."),
        TestStore.doc("a2", "وكالة ب", "2012-02-05", "خطاب مرتقب", "قال مسؤول إن الاسد سيلقي خطابا في مجلس الشعب."),
        TestStore.doc("a3", "وكالة أ", "2012-03-05", "انتقادات", "وجه المعارضون انتقادات للأسد بعد الهجوم على حمص."),
        TestStore.doc("h1", "وكالة ج", null, "نص فيه وسوم", "كتب أحدهم <b>المعرض</b> & غيره في صفحة المعرض الدولي."))) {
      assertEquals(IngestResult.Status.INGESTED, store.ingestOne(d).status());
    }
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  private static Set<String> ids(SearchQuery q) {
    return store.search(q).hits().stream().map(SearchHit::id).collect(Collectors.toSet());
  }

  private static SearchQuery.Builder q(String text) {
    return SearchQuery.builder().text(text).limit(50);
  }

  @Test
  void spacedQueryFindsGluedText() {
    Set<String> hits = ids(q("الولايات المتحدة").build());
    assertTrue(hits.containsAll(Set.of(S1, S5, "g1")), "glued الولاياتالمتحدة in S1, S5, g1: " + hits);
    assertTrue(hits.containsAll(Set.of(S2, S3, "g2")), hits.toString());
  }

  @Test
  void gluedQueryFindsSpacedText() {
    assertEquals(ids(q("الولايات المتحدة").build()), ids(q("الولاياتالمتحدة").build()));
  }

  @Test
  void spacedPhraseFindsGluedText() {
    Set<String> hits = ids(q("\"الولايات المتحدة\"").build());
    assertTrue(hits.containsAll(Set.of(S1, S5, "g1", "g2")), hits.toString());
  }

  @Test
  void hamzaAndClitics() {
    Set<String> hits = ids(q("الأسد").build());
    assertTrue(hits.containsAll(Set.of("a1", "a2", "a3")), "الأسد finds الاسد and للأسد: " + hits);
    assertTrue(hits.containsAll(Set.of(S1, S4, S5)), hits.toString());
    assertEquals(hits, ids(q("الاسد").build()));
  }

  @Test
  void phraseNeedsAdjacentWordsInOrder() {
    assertTrue(ids(q("الحل اليمن").build()).containsAll(Set.of("g1", "g2")));
    assertEquals(Set.of("g1"), ids(q("\"الحل السياسي\"").build()));
    assertEquals(Set.of("g1"), ids(q("«الحل السياسي»").build()));
  }

  @Test
  void allWordsMustMatch() {
    assertEquals(Set.of("a2"), ids(q("الأسد سيلقي خطابا").build()));
    assertEquals(Set.of(), ids(q("الأسد كلمةغيرموجودة").build()));
  }

  @Test
  void filtersBySourceDateEntityTypeAndEvent() {
    assertEquals(Set.of("a1", "a3"), ids(q("الأسد").source("وكالة أ").build()));
    assertEquals(Set.of("a2", "a3"), ids(q("الأسد").from(LocalDate.of(2012, 2, 1)).to(LocalDate.of(2012, 12, 31)).build()));
    assertEquals(Set.of("a2"), ids(q("الأسد").from(LocalDate.of(2012, 2, 5)).to(LocalDate.of(2012, 2, 5)).build()));
    assertEquals(Set.of("a1", "a2", "a3"), ids(q("").entityId(GazetteerAnalysis.ASSAD).build()).stream()
        .filter(id -> id.length() == 2).collect(Collectors.toSet()));
    assertEquals(Set.of("a3"), ids(q("").eventType("CONDEMN").build()));
    assertTrue(ids(q("").entityType("GPE").build()).containsAll(Set.of("a1", "g1", "g2")));
    assertFalse(ids(q("").entityType("GPE").build()).contains("a2"));
  }

  @Test
  void facetsCountAllMatchesWithEntityLabels() {
    SearchResult r = store.search(q("الأسد").limit(1).build());
    assertEquals(1, r.hits().size());
    assertEquals(6, r.total());
    Map<String, Long> entities = r.facets().get("entity").stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    assertEquals(6L, entities.get(GazetteerAnalysis.ASSAD));
    FacetValue assad = r.facets().get("entity").get(0);
    assertEquals("بشار الأسد", assad.label());
    Map<String, Long> sources = r.facets().get("source").stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    assertEquals(2L, sources.get("وكالة أ"));
    assertEquals(1L, sources.get("وكالة ب"));
    assertEquals(List.of(new FacetValue("CONDEMN", "CONDEMN", 1), new FacetValue("MEET", "MEET", 1)),
        r.facets().get("event_type").stream().filter(f -> !f.value().equals("ATTACK")).toList());
    assertEquals(3L, r.facets().get("year").stream().filter(f -> f.value().equals("2012")).findFirst().get().count());
  }

  @Test
  void snippetsMarkMatchesInTheOriginalSpelling() {
    SearchHit g1 = store.search(q("الولايات المتحدة").build()).hits().stream()
        .filter(h -> h.id().equals("g1")).findFirst().orElseThrow();
    assertTrue(g1.snippetHtml().contains("<mark>"), g1.snippetHtml());
    assertTrue(g1.snippetHtml().replace("<mark>", "").replace("</mark>", "").contains("الولاياتالمتحدة"), g1.snippetHtml());
    SearchHit a3 = store.search(q("الأسد").source("وكالة أ").to(LocalDate.of(2012, 12, 31)).from(LocalDate.of(2012, 3, 1)).build())
        .hits().get(0);
    assertTrue(a3.snippetHtml().contains("<mark>للأسد</mark>"), a3.snippetHtml());
  }

  @Test
  void snippetsAreHtmlEscaped() {
    SearchHit h = store.search(q("المعرض").build()).hits().get(0);
    assertEquals("h1", h.id());
    assertFalse(h.snippetHtml().contains("<b>"), h.snippetHtml());
    assertTrue(h.snippetHtml().contains("&lt;b&gt;<mark>المعرض</mark>&lt;&#x2F;b&gt; &amp;"), h.snippetHtml());
  }

  @Test
  void sortByDateNewestOrOldestFirstUndatedLast() {
    List<SearchHit> newest = store.search(q("").source("وكالة أ").sort(Sort.DATE).build()).hits();
    assertEquals(List.of("a3", "a1", "g1"), newest.stream().map(SearchHit::id).toList());
    List<SearchHit> oldest = store.search(q("").source("وكالة أ").sort(Sort.DATE_ASC).build()).hits();
    assertEquals(List.of("g1", "a1", "a3"), oldest.stream().map(SearchHit::id).toList());
    List<SearchHit> all = store.search(q("").sort(Sort.DATE).limit(100).build()).hits();
    assertTrue(all.stream().map(SearchHit::id).toList().indexOf("h1") > all.stream().map(SearchHit::id).toList().indexOf("g1"));
  }

  @Test
  void pagingWithOffsetAndTotal() {
    SearchResult all = store.search(q("").sort(Sort.DATE).limit(100).build());
    assertEquals(11, all.total());
    SearchResult page = store.search(q("").sort(Sort.DATE).offset(2).limit(3).build());
    assertEquals(all.hits().subList(2, 5), page.hits());
    assertEquals(11, page.total());
  }

  @Test
  void relevanceRanksTitleAndRepeatedTermsHigher() {
    List<SearchHit> hits = store.search(q("المعرض").build()).hits();
    assertEquals("h1", hits.get(0).id());
    assertTrue(hits.get(0).score() > 0);
  }

  @Test
  void moreLikeThisFindsTheRelatedArticle() {
    List<StoredArticle> like = store.moreLikeThis("g1", 3);
    assertTrue(like.stream().anyMatch(a -> a.id().equals("g2")), like.stream().map(StoredArticle::id).toList().toString());
    assertTrue(like.stream().noneMatch(a -> a.id().equals("g1")));
  }

  @Test
  void storedArticleCarriesTheFullAnalysis() {
    StoredArticle a = store.article("a1").orElseThrow();
    assertEquals("لقاء في دمشق", a.title());
    assertEquals(LocalDate.of(2012, 1, 5), a.published());
    assertEquals("التقى الرئيس الأسد أمس وفدا روسيا في دمشق. وقال \"سننتصر\" للصحفيين.", a.analysis().text());
    assertEquals(2, a.analysis().entities().size());
    assertEquals(LocalDate.of(2012, 1, 5), a.analysis().dct());
    assertTrue(store.article("nope").isEmpty());
  }

  @Test
  void entityFoundByAnySpelling() {
    for (String name : List.of("الأسد", "الاسد", "أسد", "بشار الأسد")) {
      List<EntityHit> hits = store.findEntities(name, 5);
      assertFalse(hits.isEmpty(), name);
      assertEquals(GazetteerAnalysis.ASSAD, hits.get(0).entityId(), name);
      assertEquals("بشار الأسد", hits.get(0).canonical());
    }
    assertEquals(6, store.findEntities("الاسد", 5).get(0).articles());
    assertTrue(store.findEntities("زززز", 5).isEmpty());
  }

  @Test
  void entityProfileFromStoredAnalyses() {
    EntityProfile p = store.entity(GazetteerAnalysis.ASSAD).orElseThrow();
    assertEquals("بشار الأسد", p.canonical());
    assertEquals("PER", p.type());
    assertEquals(6, p.articles());
    assertTrue(p.overTime().contains(new EntityProfile.DateCount(LocalDate.of(2012, 1, 5), 1)));
    assertEquals(GazetteerAnalysis.DAMASCUS, p.coOccurring().get(0).entityId());
    assertTrue(p.quotes().stream().anyMatch(qr -> qr.text().equals("سننتصر") && qr.articleId().equals("a1")), p.quotes().toString());
    Set<String> roles = p.events().stream().map(e -> e.type() + "/" + e.role()).collect(Collectors.toSet());
    assertEquals(Set.of("MEET/actor", "CONDEMN/target"), roles);
    assertTrue(store.entity("per:nobody").isEmpty());
  }

  @Test
  void timelineOrdersDatedItems() {
    List<TimelineItem> items = store.timeline(q("الأسد").build());
    assertFalse(items.isEmpty());
    TimelineItem meeting = items.stream().filter(i -> i.articleId().equals("a1") && i.kind().equals("event"))
        .findFirst().orElseThrow();
    assertEquals("2012-01-04", meeting.value(), "أمس in an article of 2012-01-05");
    assertEquals(LocalDate.of(2012, 1, 4), meeting.date());
    assertTrue(items.stream().anyMatch(i -> i.kind().equals("event")));
    for (int i = 1; i < items.size(); i++) {
      assertFalse(items.get(i).date().isBefore(items.get(i - 1).date()));
    }
  }

  @Test
  void articleCountCountsEverything() {
    assertEquals(11, store.articleCount());
  }
}
