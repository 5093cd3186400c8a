package org.rasid.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.rasid.core.TextLayer;
import org.rasid.core.TextResult;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Document;
import org.rasid.core.model.TimeExpression;
import org.rasid.extract.time.DctDetector;
import org.rasid.extract.time.TimeTagger;

/**
 * The analysis pipeline: a pure, thread-safe function {@code Document → Analysis}.
 *
 * <p>Stages run in this order, each reading only earlier results (see ARCHITECTURE.md):
 *
 * <ol>
 *   <li>text layer ({@link TextLayer}): tokens with clitic parts, glued words split, sentences;
 *   <li>publication date ({@link DctDetector}): the given date, else the document's metadata, else a
 *       dateline or dated first sentence, else none — it must come before times, which are resolved
 *       against it;
 *   <li>times ({@link TimeTagger}): TIMEX3 values relative to the dct.
 * </ol>
 *
 * <p>Entities, quotes and events are empty lists until their stages exist (named-entity
 * recognition is blocked on training data; quotes and events depend on it).
 *
 * <p>Resources are loaded once by {@link #create()}; {@code analyze} does no I/O.
 */
public final class Analyzer {

  private final TextLayer textLayer;
  private final DctDetector dctDetector;
  private final TimeTagger timeTagger;

  /**
   * @param textLayer the text stages to run; the analyzer runs them as a layer of its own made {@link
   *     TextLayer#withAttribute with} the time tagger's word attribute (its own memo), so each word's
   *     time-trigger entry is found once per word instead of once per occurrence
   */
  public Analyzer(TextLayer textLayer, TimeTagger timeTagger) {
    this.timeTagger = Objects.requireNonNull(timeTagger, "timeTagger");
    this.textLayer = Objects.requireNonNull(textLayer, "textLayer").withAttribute(timeTagger.wordAttribute());
    this.dctDetector = DctDetector.using(timeTagger);
  }

  /** Builds the analyzer with Rasid's bundled resources. */
  public static Analyzer create() {
    return new Analyzer(TextLayer.create(), TimeTagger.create());
  }

  /** The text layer this analyzer runs first (shared with search-time analysis). */
  public TextLayer textLayer() {
    return textLayer;
  }

  /** Analyzes a document; the dct comes from its metadata or text when it has one. */
  public Analysis analyze(Document doc) {
    return analyze(doc, null);
  }

  /**
   * Analyzes a document.
   *
   * @param givenDct publication date given by the caller (wins over metadata and text), or null
   */
  public Analysis analyze(Document doc, LocalDate givenDct) {
    Objects.requireNonNull(doc, "doc");
    String text = doc.text();
    TextResult textResult = textLayer.process(text);
    DctDetector.ResolvedDct dct = dctDetector.resolve(givenDct, doc.meta(), text);
    List<TimeExpression> times = timeTagger.tag(text, textResult, dct.date());
    return new Analysis(
        doc.id(),
        doc.meta().source(),
        doc.meta().title(),
        dct.date(),
        dct.source(),
        text,
        textResult.sentences(),
        textResult.tokens(),
        List.of(),
        times,
        List.of(),
        List.of());
  }
}
