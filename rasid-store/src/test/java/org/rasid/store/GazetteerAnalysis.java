package org.rasid.store;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Document;
import org.rasid.core.model.EntityMention;
import org.rasid.core.model.EntityType;
import org.rasid.core.model.Event;
import org.rasid.core.model.EventArgument;
import org.rasid.core.model.EventTime;
import org.rasid.core.model.EventType;
import org.rasid.core.model.Quote;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Speaker;
import org.rasid.core.model.TextSpan;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeExpression;
import org.rasid.core.model.TimeType;
import org.rasid.extract.Analyzer;

/**
 * Test fixture: Rasid's real {@link Analyzer} plus a tiny gazetteer, trigger list and quote rule,
 * so the store's entity, event, quote and timeline features have input before the NER, quote and
 * event stages exist. Surface forms are found literally; one sentence per text.
 */
final class GazetteerAnalysis implements ArticleAnalyzer {

  static final String ASSAD = "per:bashar-al-assad";
  static final String DAMASCUS = "gpe:damascus";
  static final String USA = "gpe:usa";

  private record Name(String surface, EntityType type, String canonical, String id) {}

  private static final List<Name> NAMES = List.of(
      new Name("للأسد", EntityType.PER, "بشار الأسد", ASSAD),
      new Name("الأسد", EntityType.PER, "بشار الأسد", ASSAD),
      new Name("الاسد", EntityType.PER, "بشار الأسد", ASSAD),
      new Name("دمشق", EntityType.GPE, "دمشق", DAMASCUS),
      new Name("الولاياتالمتحدة", EntityType.GPE, "الولايات المتحدة", USA),
      new Name("الولايات المتحدة", EntityType.GPE, "الولايات المتحدة", USA));

  private final Analyzer analyzer;

  GazetteerAnalysis(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  GazetteerAnalysis() {
    this(TestStore.ANALYZER);
  }

  @Override
  public Analysis analyze(Document doc) {
    Analysis base = analyzer.analyze(doc);
    String text = doc.text();
    List<EntityMention> entities = new ArrayList<>();
    for (Name n : NAMES) {
      for (int i = text.indexOf(n.surface()); i >= 0; i = text.indexOf(n.surface(), i + 1)) {
        int at = i;
        if (entities.stream().anyMatch(e -> e.span().overlaps(new CharSpan(at, at + n.surface().length())))) {
          continue;
        }
        entities.add(new EntityMention(new CharSpan(i, i + n.surface().length()), n.surface(), n.type(), n.canonical(),
            n.id(), null, 0.9));
      }
    }
    entities.sort((a, b) -> a.span().compareTo(b.span()));
    List<TimeExpression> times = new ArrayList<>();
    int ams = text.indexOf("أمس");
    String yesterday = base.dct() == null ? null : base.dct().minusDays(1).toString();
    if (ams >= 0 && yesterday != null) {
      times.add(new TimeExpression(new CharSpan(ams, ams + 3), "أمس", TimeType.DATE, yesterday, TimeAnchor.DCT));
    }
    EventArgument assad = entities.stream().filter(e -> e.entityId().equals(ASSAD)).findFirst()
        .map(e -> new EventArgument(e.span(), e.text(), e.canonical(), e.entityId())).orElse(null);
    List<Event> events = new ArrayList<>();
    trigger(text, "التقى", EventType.MEET, assad, null, times, events);
    trigger(text, "انتقادات", EventType.CONDEMN, null, assad, times, events);
    trigger(text, "الهجوم", EventType.ATTACK, null, null, times, events);
    List<Quote> quotes = new ArrayList<>();
    int q1 = text.indexOf('"');
    int q2 = q1 < 0 ? -1 : text.indexOf('"', q1 + 1);
    int said = text.indexOf("وقال");
    if (q2 > q1 + 1 && said >= 0 && assad != null) {
      quotes.add(new Quote(new CharSpan(q1 + 1, q2), text.substring(q1 + 1, q2), true,
          new Speaker(assad.text(), assad.canonical(), ASSAD), TextSpan.of(text, said, said + 4)));
    }
    List<Sentence> sentences = List.of(new Sentence(new CharSpan(0, text.length()), text, 0, 0));
    return new Analysis(base.id(), base.source(), base.title(), base.dct(), base.dctSource(), text, sentences,
        base.tokens(), entities, times, quotes, events);
  }

  private static void trigger(String text, String word, EventType type, EventArgument actor, EventArgument target,
      List<TimeExpression> times, List<Event> out) {
    int i = text.indexOf(word);
    if (i < 0) {
      return;
    }
    EventTime time = times.isEmpty() ? null : new EventTime(times.get(0).value(), times.get(0).span());
    out.add(new Event(type, type.cameo(), TextSpan.of(text, i, i + word.length()), actor, target, null, time,
        null, null, null, null, 0));
  }
}
