package org.rasid.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Objects;
import org.rasid.core.clitic.CliticSegmenter;
import org.rasid.core.glued.GluedWordSplitter;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.CharSpan;
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

  /**
   * Arabic tokens shorter than this are returned as they are: the glued-word splitter considers four
   * letters or more and the clitic segmenter three or more.
   */
  static final int SHORTEST_SEGMENTED = 3;

  /** Most distinct known word forms whose pieces are memoized (about 40 MB at the bound). */
  static final int MAX_MEMO = 200_000;

  /** Words seen this often in the lexicon's corpus also go to the memo's small front table. */
  static final long FREQUENT = 1000;

  /** Words seen fewer times than this in the lexicon's corpus are not memoized. */
  static final long MEMO_MIN_COUNT = 2;

  /** Most words the lexicon does not know that are remembered to be memoized at their second sighting. */
  static final int MAX_SEEN = 200_000;

  /** Most words the lexicon does not know that are memoized (beside the {@link #MAX_MEMO} known ones). */
  static final int MAX_UNKNOWN_MEMO = 100_000;

  private final AtomicInteger knownMemoized = new AtomicInteger();
  private final AtomicInteger unknownMemoized = new AtomicInteger();

  private final WordLexicon lexicon;
  private final WordMemo memo = new WordMemo(4096);
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  public TextLayer(
      ArabicTokenizer tokenizer,
      GluedWordSplitter gluedSplitter,
      CliticSegmenter clitics,
      SentenceSplitter sentenceSplitter) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.gluedSplitter = Objects.requireNonNull(gluedSplitter, "gluedSplitter");
    this.clitics = Objects.requireNonNull(clitics, "clitics");
    this.sentenceSplitter = Objects.requireNonNull(sentenceSplitter, "sentenceSplitter");
    this.lexicon = clitics.lexicon();
  }

  /** The text layer with the lexicon bundled in the jar (built from SaudiNewsNet). */
  public static TextLayer create() {
    return create(WordLexicon.bundled());
  }

  /** The text layer over a given lexicon (the glued-word splitter loads its bundled character and cut models). */
  public static TextLayer create(WordLexicon lexicon) {
    return create(GluedWordSplitter.bundled(lexicon));
  }

  /**
   * A text layer around an existing glued-word splitter and its lexicon: no resource is loaded, so a
   * caller that needs many fresh layers (a benchmark round each) loads the models once.
   */
  public static TextLayer create(GluedWordSplitter splitter) {
    return new TextLayer(
        new ArabicTokenizer(), splitter, new CliticSegmenter(splitter.lexicon()), new SentenceSplitter());
  }

  /** Tokens (glued words split, clitic parts filled) and sentences of {@code text}. */
  public TextResult process(String text) {
    List<Token> tokens = new ArrayList<>(Math.max(4, text.length() / 5));
    tokenizer.scan(text, (start, end, type) -> {
      if (type != TokenType.ARABIC || end - start < SHORTEST_SEGMENTED) {
        tokens.add(tokenizer.token(text, start, end, type)); // two letters (في, من, أن …) are neither glued nor segmented
      } else {
        place(pieces(text, start, end), start, end, tokens);
      }
    });
    List<Sentence> sentences = sentenceSplitter.split(text, tokens);
    return new TextResult(tokens, sentences);
  }

  /** Adds the pieces of the Arabic word {@code [start, end)} (a {@link Token} or a {@code Token[]}, placed at 0). */
  private static void place(Object pieces, int start, int end, List<Token> tokens) {
    if (pieces instanceof Token w) {
      tokens.add(new Token(new CharSpan(start, end), w.text(), w.type(), w.norm(), w.parts()));
      return;
    }
    for (Token p : (Token[]) pieces) {
      tokens.add(new Token(new CharSpan(p.start() + start, p.end() + start), p.text(), p.type(), p.norm(), p.parts()));
    }
  }

  /**
   * The pieces of the Arabic word {@code text[start, end)} placed at offset 0: one {@link Token}, or
   * a {@code Token[]} when glued words were split. Glued-word splitting and clitic segmentation
   * depend only on the word's text, and news vocabulary is Zipfian (the 20,000 most frequent forms
   * cover most running words), so results are memoized across calls in a {@link WordMemo} looked up
   * by the range of the text, before the word is cut out or normalized: a word seen before costs one
   * probe, and its token reuses the memo's strings. The memo cannot change any output (it only
   * stores what the pure functions return) and is safe for concurrent use. Words the lexicon has
   * seen recur often enough to be worth a place at once (up to {@link #MAX_MEMO}); other strings
   * (names, glued pairs) get one from their second sighting on (up to {@link #MAX_UNKNOWN_MEMO}), so
   * that one-offs do not fill the memo on a large corpus and push the recurring vocabulary out.
   */
  private Object pieces(String text, int start, int end) {
    int hash = WordMemo.hash(text, start, end);
    Object cached = memo.get(text, start, end, hash);
    if (cached != null) {
      return cached;
    }
    String written = text.substring(start, end);
    Token word = tokenizer.token(written, 0, written.length(), TokenType.ARABIC); // placed at 0, as memoized
    Object computed = pieces(word);
    long count = lexicon.count(word.norm());
    if (count >= MEMO_MIN_COUNT) {
      if (knownMemoized.get() < MAX_MEMO && memo.putIfAbsent(text, start, end, hash, computed, count >= FREQUENT)) {
        knownMemoized.incrementAndGet();
      }
    } else if (unknownMemoized.get() < MAX_UNKNOWN_MEMO && seenBefore(word.text())
        && memo.putIfAbsent(text, start, end, hash, computed)) {
      unknownMemoized.incrementAndGet(); // their own budget: they must not crowd out the vocabulary
    }
    return computed;
  }

  /**
   * Whether a word the lexicon does not know well was already met by this layer (and remembers it
   * otherwise, up to {@link #MAX_SEEN} words): names and new words of the day recur across articles,
   * and the glued-word models that decide them cost more than a look-up, so they are memoized from
   * their second sighting on.
   */
  private boolean seenBefore(String word) {
    if (seen.contains(word)) {
      return true;
    }
    if (seen.size() < MAX_SEEN) {
      seen.add(word);
    }
    return false;
  }

  /** The glued-word pieces of one ARABIC token at offset 0, each with its clitic parts: a Token or a Token[]. */
  private Object pieces(Token t) {
    List<Token> split = gluedSplitter.split(t);
    if (split.size() == 1) {
      return withClitics(split.get(0));
    }
    Token[] out = new Token[split.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = withClitics(split.get(i));
    }
    return out;
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
