package org.rasid.store.story;

import java.util.Objects;
import org.rasid.core.model.CharSpan;

/**
 * One sentence of a story summary.
 *
 * @param articleId the article it comes from
 * @param sentence its index among that article's sentences
 * @param span its offsets in that article's text
 * @param text the original characters
 * @param score centrality after redundancy removal (higher is more central)
 */
public record SummarySentence(String articleId, int sentence, CharSpan span, String text, double score) {

  public SummarySentence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
