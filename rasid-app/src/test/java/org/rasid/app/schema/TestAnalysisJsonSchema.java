package org.rasid.app.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
import org.rasid.store.json.AnalysisJson;

/** Every kind of record, written by AnalysisJson, validates against the schema and reads back equal. */
class TestAnalysisJsonSchema {

  private static final String TEXT = "وقال فاليرو أمس إن \"الهجوم مرفوض\". قتل 50 في حمص.";

  static Analysis fullAnalysis() {
    CharSpan faleroSpan = new CharSpan(5, 11);
    return new Analysis(
        "doc-1",
        "وكالات",
        "عنوان",
        LocalDate.of(2011, 7, 12),
        DctSource.GIVEN,
        TEXT,
        List.of(new Sentence(new CharSpan(0, 35), TEXT.substring(0, 35), 0, 9)),
        List.of(new Token(new CharSpan(0, 4), "وقال", TokenType.ARABIC, "وقال", List.of("و", "قال"))),
        List.of(new EntityMention(faleroSpan, "فاليرو", EntityType.PER, "برنار فاليرو", "per:برنار_فاليرو", "Bernard Valero", 0.97)),
        List.of(new TimeExpression(new CharSpan(12, 15), "أمس", TimeType.DATE, "2011-07-11", TimeAnchor.DCT)),
        List.of(
            new Quote(
                new CharSpan(20, 33),
                TEXT.substring(20, 33),
                true,
                new Speaker("فاليرو", "برنار فاليرو", "per:برنار_فاليرو"),
                TextSpan.of(TEXT, 1, 4))),
        List.of(
            new Event(
                EventType.KILL,
                "1823",
                TextSpan.of(TEXT, 36, 39),
                null,
                null,
                new EventArgument(new CharSpan(46, 49), "حمص", "حمص", "gpe:حمص"),
                new EventTime("2011-07-11", null),
                50,
                null,
                null,
                CountQualifier.EXACT,
                1)));
  }

  @Test
  void fullAnalysisValidatesAndRoundTrips() {
    Analysis a = fullAnalysis();
    AnalysisJson json = new AnalysisJson();
    String s = json.toJson(a, true, true);
    assertEquals("", SchemaValidator.analysisSchema().errors(s));
    assertEquals(a, json.fromJson(s));
  }

  @Test
  void outputWithoutTextAndTokensStillValidates() {
    String s = new AnalysisJson().toJson(fullAnalysis(), false, false);
    assertEquals("", SchemaValidator.analysisSchema().errors(s));
    assertFalse(s.contains("\"tokens\""));
  }

  @Test
  void validatorCatchesABrokenDocument() {
    // guards the guard: a validator that accepts everything would make the tests above meaningless
    String broken = "{\"id\":\"x\",\"dct\":\"12/07/2011\",\"entities\":[],\"times\":[],\"quotes\":[],\"events\":[]}";
    assertFalse(SchemaValidator.analysisSchema().errors(broken).isEmpty());
  }
}
