package org.rasid.store.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasid.core.TextLayer;
import org.rasid.core.model.Token;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * The production term source: Rasid's {@link TextLayer} (tokenizer → glued-word splitter → clitic
 * segmenter) plus light suffix stemming.
 *
 * <p>Rules, per token:
 *
 * <ol>
 *   <li>Arabic words: the clitic segmenter's stem (proclitics و ف ب ك ل ال س and enclitic pronouns
 *       removed: للأسد → أسد), normalized by {@link ArabicNormalizer}; a stem-final ت before an
 *       enclitic is the ة it stands for (حكومتها → حكومه); then the Light10 suffixes are stripped
 *       (السفارات and السفارة → سفار). الأسد, الاسد and للأسد all index as اسد.
 *   <li>A word the segmenter keeps whole because its stem would be short (الحل, للحل) still loses
 *       a leading definite article (ال وال بال كال فال لل) when two letters remain, so الحل and
 *       للحل match.
 *   <li>Glued words arrive already split by the text layer (الولاياتالمتحدة → الولايات المتحدة), one
 *       position per piece, so phrases match across the lost space in either direction.
 *   <li>Numbers, Latin words, URLs, e-mails, hashtags and mentions: their normalized form (ASCII
 *       digits, lower case). Punctuation, quotation marks and symbols are not indexed.
 * </ol>
 *
 * <p>{@link #termsOf(List)} turns tokens an analysis already holds into the same terms, so indexing
 * does not tokenize an article twice. Thread-safe.
 */
public final class TextLayerTermSource implements TermSource {

  private static final String TEH = "\u062A";
  private static final String HEH = "\u0647";

  private final TextLayer textLayer;

  public TextLayerTermSource(TextLayer textLayer) {
    this.textLayer = Objects.requireNonNull(textLayer, "textLayer");
  }

  public TextLayer textLayer() {
    return textLayer;
  }

  @Override
  public List<IndexTerm> terms(String text) {
    return termsOf(textLayer.tokens(text));
  }

  /** The index terms of tokens produced by the text layer. */
  public static List<IndexTerm> termsOf(List<Token> tokens) {
    List<IndexTerm> out = new ArrayList<>(tokens.size());
    ArabicNormalizer normalizer = ArabicNormalizer.get();
    for (Token t : tokens) {
      String term = switch (t.type()) {
        case ARABIC -> arabicTerm(t, normalizer);
        case LATIN, NUMBER, URL, EMAIL, HASHTAG, MENTION -> t.norm();
        default -> null;
      };
      if (term != null && !term.isEmpty()) {
        out.add(new IndexTerm(term, t.start(), t.end(), 1));
      }
    }
    return out;
  }

  private static String arabicTerm(Token t, ArabicNormalizer normalizer) {
    List<String> parts = t.parts();
    String stem = t.stem();
    int at = parts.lastIndexOf(stem);
    if (at >= 0 && at < parts.size() - 1 && stem.endsWith(TEH)) {
      stem = stem.substring(0, stem.length() - 1) + HEH;
    }
    String norm = normalizer.normalize(stem);
    if (norm.isEmpty()) {
      return normalizer.normalize(t.text());
    }
    if (parts.size() == 1) {
      norm = ArabicLightStemmer.stripArticle(norm);
    }
    return ArabicLightStemmer.stemSuffixes(norm);
  }
}
