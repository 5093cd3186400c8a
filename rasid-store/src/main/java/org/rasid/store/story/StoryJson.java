package org.rasid.store.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;


/**
 * JSON form of stories for {@code rasid stories --json} and {@code /api/stories}: dates as
 * {@code YYYY-MM-DD} strings, absent values as null, spans as {@code {"start", "end"}} UTF-16
 * offsets into the member article's text.
 */
public final class StoryJson {

  private final ObjectMapper om = new ObjectMapper();

  public ObjectNode story(Story s) {
    ObjectNode o = om.createObjectNode();
    o.put("id", s.id());
    o.put("title", s.title());
    o.put("size", s.size());
    o.put("articles", s.distinctArticles());
    o.put("from", date(s.from()));
    o.put("to", date(s.to()));
    strings(o.putArray("keyEntities"), s.keyEntities());
    strings(o.putArray("keyTerms"), s.keyTerms());
    strings(o.putArray("memberIds"), s.memberIds());
    ObjectNode d = o.putObject("duplicateCounts");
    new java.util.TreeMap<>(s.duplicateCounts()).forEach(d::put);
    return o;
  }

  /** A page of the story list. */
  public ObjectNode list(List<Story> stories, int total, int offset, int limit) {
    ObjectNode o = om.createObjectNode();
    o.put("total", total);
    o.put("offset", offset);
    o.put("limit", limit);
    ArrayNode a = o.putArray("stories");
    stories.forEach(s -> a.add(story(s)));
    return o;
  }

  public ObjectNode view(StoryView v) {
    ObjectNode o = om.createObjectNode();
    o.set("story", story(v.story()));
    ArrayNode members = o.putArray("members");
    for (StoryMember m : v.members()) {
      ObjectNode n = members.addObject();
      n.put("id", m.id());
      n.put("title", m.title());
      n.put("source", m.source());
      n.put("published", date(m.published()));
      n.put("duplicateOf", m.duplicateOf());
      n.put("copies", m.copies());
    }
    ArrayNode timeline = o.putArray("timeline");
    for (TimelineEntry e : v.timeline()) {
      ObjectNode n = timeline.addObject();
      n.put("date", date(e.date()));
      n.put("value", e.value());
      n.put("kind", e.kind().name());
      n.put("text", e.text());
      n.put("articleId", e.articleId());
      n.put("sentence", e.sentence());
      n.put("speaker", e.speaker());
      n.put("sources", e.sources());
    }
    ArrayNode summary = o.putArray("summary");
    for (SummarySentence s : v.summary()) {
      ObjectNode n = summary.addObject();
      n.put("articleId", s.articleId());
      n.put("sentence", s.sentence());
      ObjectNode span = n.putObject("span");
      span.put("start", s.span().start());
      span.put("end", s.span().end());
      n.put("text", s.text());
      n.put("score", Math.round(s.score() * 1000) / 1000.0);
    }
    ArrayNode quotes = o.putArray("quotes");
    for (StoryQuote q : v.quotes()) {
      ObjectNode n = quotes.addObject();
      n.put("text", q.text());
      n.put("speaker", q.speaker());
      n.put("direct", q.direct());
      n.put("articleId", q.articleId());
      n.put("sentence", q.sentence());
      n.put("sources", q.sources());
    }
    strings(o.putArray("missing"), v.missing());
    return o;
  }

  public String write(Object node, boolean pretty) {
    try {
      return pretty ? om.writerWithDefaultPrettyPrinter().writeValueAsString(node) : om.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

}
