package org.rasid.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasid.core.clitic.CliticSegmenter;
import org.rasid.core.glued.GluedWordSplitter;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.sentence.SentenceSplitter;
import org.rasid.core.token.ArabicTokenizer;

/**
 * Rasid's Arabic text layer: the composition of the core text stages, in this order.
 *
 * <ol>
 *   <li>{@link ArabicTokenizer}: words, numbers, punctuation, quotation marks, URLs… with exact
 *       offsets and a normalized form.
 *   <li>{@link GluedWordSplitter}: Arabic tokens glued by a lost space are split into words. It runs
 *       before clitic segmentation because a glued token (فرنساوالولاياتالمتحدة) has clitics per
 *       piece (و+ال+ولايات), not for the whole.
 *   <li>{@link CliticSegmenter}: each Arabic token's {@code parts}.
 *   <li>{@link SentenceSplitter}: last, over the final tokens, so a sentence never cuts a token.
 * </ol>
 *
 * <p>Thread-safe and free of I/O after construction; {@link #create()} loads the bundled lexicon.
 */
public final class TextLayer {

  private final ArabicTokenizer tokenizer;
  private final GluedWordSplitter gluedSplitter;
  private final CliticSegmenter clitics;
  private final SentenceSplitter sentenceSplitter;

  public TextLayer(
      ArabicTokenizer tokenizer,
      GluedWordSplitter gluedSplitter,
      CliticSegmenter clitics,
      SentenceSplitter sentenceSplitter) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.gluedSplitter = Objects.requireNonNull(gluedSplitter, "gluedSplitter");
    this.clitics = Objects.requireNonNull(clitics, "clitics");
    this.sentenceSplitter = Objects.requireNonNull(sentenceSplitter, "sentenceSplitter");
  }

  /** The text layer with the lexicon bundled in the jar (built from SaudiNewsNet). */
  public static TextLayer create() {
    return create(WordLexicon.bundled());
  }

  /** The text layer over a given lexicon. */
  public static TextLayer create(WordLexicon lexicon) {
    return new TextLayer(
        new ArabicTokenizer(), new GluedWordSplitter(lexicon), new CliticSegmenter(lexicon), new SentenceSplitter());
  }

  /** Tokens (glued words split, clitic parts filled) and sentences of {@code text}. */
  public TextResult process(String text) {
    List<Token> raw = tokenizer.tokenize(text);
    List<Token> tokens = new ArrayList<>(raw.size() + 8);
    for (Token t : raw) {
      if (t.type() != TokenType.ARABIC) {
        tokens.add(t);
        continue;
      }
      for (Token piece : gluedSplitter.split(t)) {
        tokens.add(withClitics(piece));
      }
    }
    List<Sentence> sentences = sentenceSplitter.split(text, tokens);
    return new TextResult(tokens, sentences);
  }

  /** Just the tokens (no sentences), for search-time analysis of short queries. */
  public List<Token> tokens(String text) {
    return process(text).tokens();
  }

  private Token withClitics(Token t) {
    List<String> parts = clitics.segment(t.text());
    return parts.size() <= 1 ? t : new Token(t.span(), t.text(), t.type(), t.norm(), parts);
  }
}
