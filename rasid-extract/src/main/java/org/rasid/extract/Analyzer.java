package org.rasid.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.rasid.core.TextLayer;
import org.rasid.core.TextResult;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.DctSource;
import org.rasid.core.model.Document;

/**
 * The analysis pipeline: a pure, thread-safe function {@code Document → Analysis}.
 *
 * <p>Stages run in this order, each reading only earlier results (see ARCHITECTURE.md):
 *
 * <ol>
 *   <li>text layer ({@link TextLayer}): tokens with clitic parts, glued words split, sentences;
 *   <li>publication date (dct): the given date, else the document's metadata, else none.
 * </ol>
 *
 * <p>Resources are loaded once by {@link #create()}; {@code analyze} does no I/O.
 */
public final class Analyzer {

  private final TextLayer textLayer;

  private Analyzer(TextLayer textLayer) {
    this.textLayer = Objects.requireNonNull(textLayer, "textLayer");
  }

  /** Builds the analyzer with Rasid's bundled resources. */
  public static Analyzer create() {
    return new Analyzer(TextLayer.create());
  }

  /** The text layer this analyzer runs first (shared with search-time analysis). */
  public TextLayer textLayer() {
    return textLayer;
  }

  /** Analyzes a document; the dct comes from its metadata when it has one. */
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
    LocalDate dct;
    DctSource dctSource;
    if (givenDct != null) {
      dct = givenDct;
      dctSource = DctSource.GIVEN;
    } else if (doc.meta().published() != null) {
      dct = doc.meta().published();
      dctSource = DctSource.METADATA;
    } else {
      dct = null;
      dctSource = DctSource.NONE;
    }
    return new Analysis(
        doc.id(),
        doc.meta().source(),
        doc.meta().title(),
        dct,
        dctSource,
        text,
        textResult.sentences(),
        textResult.tokens(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
