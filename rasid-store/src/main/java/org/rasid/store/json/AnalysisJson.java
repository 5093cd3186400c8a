package org.rasid.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.CountQualifier;
import org.rasid.core.model.DctSource;
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
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;

/**
 * Reads and writes {@link Analysis} as the JSON of {@code analysis.schema.json}.
 *
 * <p>Extensions of the schema (allowed: it only adds): sentences carry {@code first_token} and
 * {@code end_token} (their token range), tokens carry {@code type}.
 *
 * <p>Field names and enum spellings follow the schema (snake_case; lower-case anchors and
 * qualifiers). Writing streams through a {@link JsonGenerator} so large analyses cost no tree.
 * Reading accepts what writing produces, including output written without text or tokens: a missing
 * {@code text} is rebuilt as the empty string only when no span needs it.
 */
public final class AnalysisJson {

  private final JsonFactory factory;
  private final ObjectMapper mapper;

  public AnalysisJson() {
    this.mapper = new ObjectMapper();
    this.factory = mapper.getFactory();
  }

  /** What to include besides the schema's required fields. */
  public record Options(boolean includeText, boolean includeTokens, boolean pretty) {
    public static final Options DEFAULT = new Options(true, false, false);
  }

  public String toJson(Analysis a, boolean includeText, boolean includeTokens) {
    return toJson(a, new Options(includeText, includeTokens, false));
  }

  public String toJson(Analysis a, Options options) {
    StringWriter w = new StringWriter(a.text().length() * 2 + 256);
    write(a, options, w);
    return w.toString();
  }

  /** Writes one analysis as a JSON object (no trailing newline). */
  public void write(Analysis a, Options options, Writer out) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (options.pretty()) {
        g.useDefaultPrettyPrinter();
      }
      writeAnalysis(g, a, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeAnalysis(JsonGenerator g, Analysis a, Options o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("source", a.source());
    g.writeStringField("title", a.title());
    g.writeStringField("dct", a.dct() == null ? null : a.dct().toString());
    g.writeStringField("dct_source", a.dctSource().name().toLowerCase(Locale.ROOT));
    if (o.includeText()) {
      g.writeStringField("text", a.text());
    }
    g.writeArrayFieldStart("sentences");
    for (Sentence s : a.sentences()) {
      g.writeStartObject();
      span(g, s.span(), s.text());
      g.writeNumberField("first_token", s.firstToken());
      g.writeNumberField("end_token", s.endToken());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (o.includeTokens()) {
      g.writeArrayFieldStart("tokens");
      for (Token t : a.tokens()) {
        g.writeStartObject();
        span(g, t.span(), t.text());
        g.writeStringField("type", t.type().name().toLowerCase(Locale.ROOT));
        g.writeStringField("norm", t.norm());
        g.writeArrayFieldStart("parts");
        for (String p : t.parts()) {
          g.writeString(p);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("entities");
    for (EntityMention e : a.entities()) {
      g.writeStartObject();
      span(g, e.span(), e.text());
      g.writeStringField("type", e.type().name());
      g.writeStringField("canonical", e.canonical());
      g.writeStringField("entity_id", e.entityId());
      g.writeStringField("latin", e.latin());
      g.writeNumberField("confidence", e.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("times");
    for (TimeExpression t : a.times()) {
      g.writeStartObject();
      span(g, t.span(), t.text());
      g.writeStringField("type", t.type().name());
      g.writeStringField("value", t.value());
      g.writeStringField("anchor", t.anchor().name().toLowerCase(Locale.ROOT));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.quotes()) {
      g.writeStartObject();
      span(g, q.span(), q.text());
      g.writeBooleanField("direct", q.direct());
      if (q.speaker() == null) {
        g.writeNullField("speaker");
      } else {
        g.writeObjectFieldStart("speaker");
        g.writeStringField("text", q.speaker().text());
        g.writeStringField("canonical", q.speaker().canonical());
        g.writeStringField("entity_id", q.speaker().entityId());
        g.writeEndObject();
      }
      g.writeObjectFieldStart("cue");
      span(g, q.cue().span(), q.cue().text());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : a.events()) {
      g.writeStartObject();
      g.writeStringField("type", e.type().name());
      g.writeStringField("cameo", e.cameo());
      g.writeObjectFieldStart("trigger");
      span(g, e.trigger().span(), e.trigger().text());
      g.writeEndObject();
      argument(g, "actor", e.actor());
      argument(g, "target", e.target());
      argument(g, "location", e.location());
      if (e.time() == null) {
        g.writeNullField("time");
      } else {
        g.writeObjectFieldStart("time");
        g.writeStringField("value", e.time().value());
        if (e.time().span() != null) {
          g.writeNumberField("start", e.time().span().start());
          g.writeNumberField("end", e.time().span().end());
        }
        g.writeEndObject();
      }
      optionalInt(g, "killed", e.killed());
      optionalInt(g, "killed_children", e.killedChildren());
      optionalInt(g, "injured", e.injured());
      g.writeStringField(
          "count_qualifier",
          e.countQualifier() == null ? null : e.countQualifier().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("sentence", e.sentence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, CharSpan span, String text) throws IOException {
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
    g.writeStringField("text", text);
  }

  private static void argument(JsonGenerator g, String name, EventArgument a) throws IOException {
    if (a == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    span(g, a.span(), a.text());
    g.writeStringField("canonical", a.canonical());
    g.writeStringField("entity_id", a.entityId());
    g.writeEndObject();
  }

  private static void optionalInt(JsonGenerator g, String name, Integer v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Parses JSON written by {@link #toJson}. The {@code text} field must be present when any span
   * is present (spans are checked against it).
   *
   * @throws IllegalArgumentException when the JSON is malformed or does not fit the schema
   */
  public Analysis fromJson(String json) {
    JsonNode n;
    try {
      n = mapper.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("malformed analysis JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("analysis JSON must be an object");
    }
    String text = n.path("text").asText("");
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : n.path("sentences")) {
      sentences.add(
          new Sentence(
              spanOf(s, text), s.path("text").asText(), s.path("first_token").asInt(0), s.path("end_token").asInt(0)));
    }
    List<Token> tokens = new ArrayList<>();
    for (JsonNode t : n.path("tokens")) {
      List<String> parts = new ArrayList<>();
      t.path("parts").forEach(p -> parts.add(p.asText()));
      tokens.add(
          new Token(
              spanOf(t, text),
              t.path("text").asText(),
              TokenType.valueOf(t.path("type").asText("arabic").toUpperCase(Locale.ROOT)),
              t.path("norm").asText(""),
              parts));
    }
    List<EntityMention> entities = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      entities.add(
          new EntityMention(
              spanOf(e, text),
              e.path("text").asText(),
              EntityType.valueOf(e.path("type").asText()),
              e.path("canonical").asText(),
              e.path("entity_id").asText(),
              textOrNull(e.get("latin")),
              e.path("confidence").asDouble(1.0)));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (JsonNode t : n.path("times")) {
      times.add(
          new TimeExpression(
              spanOf(t, text),
              t.path("text").asText(),
              TimeType.valueOf(t.path("type").asText()),
              textOrNull(t.get("value")),
              TimeAnchor.valueOf(t.path("anchor").asText("absolute").toUpperCase(Locale.ROOT))));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : n.path("quotes")) {
      JsonNode sp = q.get("speaker");
      Speaker speaker =
          sp == null || sp.isNull()
              ? null
              : new Speaker(sp.path("text").asText(""), sp.path("canonical").asText(""), textOrNull(sp.get("entity_id")));
      JsonNode cue = q.path("cue");
      quotes.add(
          new Quote(
              spanOf(q, text),
              q.path("text").asText(),
              q.path("direct").asBoolean(),
              speaker,
              new TextSpan(spanOf(cue, text), cue.path("text").asText())));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      JsonNode trig = e.path("trigger");
      JsonNode time = e.get("time");
      EventTime et = null;
      if (time != null && !time.isNull()) {
        CharSpan ts = time.has("start") ? new CharSpan(time.path("start").asInt(), time.path("end").asInt()) : null;
        et = new EventTime(textOrNull(time.get("value")), ts);
      }
      String q = textOrNull(e.get("count_qualifier"));
      events.add(
          new Event(
              EventType.valueOf(e.path("type").asText()),
              textOrNull(e.get("cameo")),
              new TextSpan(spanOf(trig, text), trig.path("text").asText()),
              argumentOf(e.get("actor"), text),
              argumentOf(e.get("target"), text),
              argumentOf(e.get("location"), text),
              et,
              intOrNull(e.get("killed")),
              intOrNull(e.get("killed_children")),
              intOrNull(e.get("injured")),
              q == null ? null : CountQualifier.valueOf(q.toUpperCase(Locale.ROOT)),
              e.path("sentence").asInt(0)));
    }
    String dct = textOrNull(n.get("dct"));
    String dctSource = textOrNull(n.get("dct_source"));
    return new Analysis(
        n.path("id").asText(),
        textOrNull(n.get("source")),
        textOrNull(n.get("title")),
        dct == null ? null : LocalDate.parse(dct),
        dctSource == null ? DctSource.NONE : DctSource.valueOf(dctSource.toUpperCase(Locale.ROOT)),
        text,
        sentences,
        tokens,
        entities,
        times,
        quotes,
        events);
  }

  private static CharSpan spanOf(JsonNode n, String text) {
    CharSpan span = new CharSpan(n.path("start").asInt(), n.path("end").asInt());
    if (!text.isEmpty()) {
      span.checkWithin(text.length());
    }
    return span;
  }

  private static EventArgument argumentOf(JsonNode n, String text) {
    if (n == null || n.isNull()) {
      return null;
    }
    return new EventArgument(
        spanOf(n, text), n.path("text").asText(), textOrNull(n.get("canonical")), textOrNull(n.get("entity_id")));
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Integer intOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asInt();
  }
}
