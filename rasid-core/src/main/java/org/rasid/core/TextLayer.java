package org.rasid.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>A layer made {@link #withAttribute with a word attribute} also gives a later stage's value of
 * every word token ({@link TextResult#attributes()}), computed once per word it memoizes.
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

  /** The later stage's per-word value given with the tokens, or null for none. */
  private final WordAttribute attribute;

  /**
   * The attribute's values of one- and two-character words (في، من، ان …, an eighth of running
   * words), which the memo does not keep: direct-mapped by the characters as written, each entry
   * the key (high half) and the value (low half) written and read whole. Null without an attribute.
   */
  private final long[] shortValues;

  private static final int SHORT_BITS = 12;
  private static final VarHandle SHORT_VALUES = MethodHandles.arrayElementVarHandle(long[].class);

  public TextLayer(
      ArabicTokenizer tokenizer,
      GluedWordSplitter gluedSplitter,
      CliticSegmenter clitics,
      SentenceSplitter sentenceSplitter) {
    this(tokenizer, gluedSplitter, clitics, sentenceSplitter, null);
  }

  private TextLayer(
      ArabicTokenizer tokenizer,
      GluedWordSplitter gluedSplitter,
      CliticSegmenter clitics,
      SentenceSplitter sentenceSplitter,
      WordAttribute attribute) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.gluedSplitter = Objects.requireNonNull(gluedSplitter, "gluedSplitter");
    this.clitics = Objects.requireNonNull(clitics, "clitics");
    this.sentenceSplitter = Objects.requireNonNull(sentenceSplitter, "sentenceSplitter");
    this.lexicon = clitics.lexicon();
    this.attribute = attribute;
    this.shortValues = attribute == null ? null : new long[1 << SHORT_BITS];
  }

  /**
   * A text layer over the same stages (and models) that also gives {@code attribute}'s value of
   * every token ({@link TextResult#attributes()}): computed once per word it memoizes, so a word
   * seen before costs no more than without it. It starts with a memo of its own; its tokens and
   * sentences are this layer's.
   */
  public TextLayer withAttribute(WordAttribute attribute) {
    return new TextLayer(tokenizer, gluedSplitter, clitics, sentenceSplitter, Objects.requireNonNull(attribute, "attribute"));
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

  /**
   * Tokens (glued words split, clitic parts filled) and sentences of {@code text}, and the word
   * attribute's values if the layer has one.
   */
  public TextResult process(String text) {
    int expected = Math.max(4, text.length() / 5);
    List<Token> tokens = new ArrayList<>(expected);
    Values values = attribute == null ? null : new Values(text, expected);
    tokenizer.scan(text, (start, end, type) -> {
      if (type != TokenType.ARABIC || end - start < SHORTEST_SEGMENTED) {
        Token t = tokenizer.token(text, start, end, type); // two letters (في, من, أن …) are neither glued nor segmented
        tokens.add(t);
        if (values != null) {
          values.add(type == TokenType.ARABIC ? shortValue(text, start, end, t.norm())
              : type == TokenType.LATIN ? TokenAttributes.checkValue(attribute.of(t.norm())) : 0, type, start, end);
        }
      } else {
        place(pieces(text, start, end), start, tokens, values);
      }
    });
    List<Sentence> sentences = sentenceSplitter.split(text, tokens);
    return new TextResult(tokens, sentences, values == null ? TokenAttributes.NONE : values.adopt(attribute));
  }

  /** Adds the pieces of the Arabic word at {@code start} (a {@link Lexeme} or a {@code Lexeme[]}, placed at 0). */
  private static void place(Object pieces, int start, List<Token> tokens, Values values) {
    if (pieces instanceof Lexeme w) {
      tokens.add(new Token(new CharSpan(start, start + w.end()), w.text(), w.type(), w.norm(), w.parts()));
      if (values != null) {
        values.add(w.value(), w.type(), start, start + w.end());
      }
      return;
    }
    for (Lexeme p : (Lexeme[]) pieces) {
      tokens.add(new Token(new CharSpan(p.start() + start, p.end() + start), p.text(), p.type(), p.norm(), p.parts()));
      if (values != null) {
        values.add(p.value(), p.type(), p.start() + start, p.end() + start);
      }
    }
  }

  /** The attribute's value of the one- or two-character Arabic word {@code text[start, end)}. */
  private int shortValue(String text, int start, int end, String norm) {
    int key = end - start == 1 ? text.charAt(start) : text.charAt(start) << 16 | text.charAt(start + 1); // never 0
    int at = (key * 0x9E3779B1) >>> (32 - SHORT_BITS);
    long entry = (long) SHORT_VALUES.getOpaque(shortValues, at);
    if ((int) (entry >>> 32) == key) {
      return (int) entry;
    }
    int value = TokenAttributes.checkValue(attribute.of(norm));
    SHORT_VALUES.setOpaque(shortValues, at, (long) key << 32 | (value & 0xFFFFFFFFL));
    return value;
  }

  /**
   * A memoized word piece: its range in the word as written, its token's strings and type, and the
   * word attribute's value (0 without one).
   */
  private record Lexeme(int start, int end, String text, TokenType type, String norm, List<String> parts, int value) {}

  /**
   * The entries of one text's tokens ({@link TokenAttributes#pack}: value, type and layout), in
   * order, in a growing array handed over at the end.
   */
  private static final class Values {
    private final String text;
    private int[] entries;
    private int size;
    /** Where the last token added ends (-1: none yet). */
    private int prevEnd = -1;
    /**
     * The first line feed at or after the end of the last token added (the text's length when there
     * is none): found by {@link String#indexOf} once per line feed, so that a token is told whether
     * one lies before it by comparing two numbers instead of reading its gap.
     */
    private int nextLineFeed;

    Values(String text, int expected) {
      this.text = text;
      entries = new int[expected];
      nextLineFeed = lineFeedFrom(0);
    }

    void add(int value, TokenType type, int start, int end) {
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
      }
      entries[size++] = TokenAttributes.pack(value, type, start == prevEnd, end - start == 1, nextLineFeed < start);
      prevEnd = end;
      if (nextLineFeed < end) {
        nextLineFeed = lineFeedFrom(end);
      }
    }

    private int lineFeedFrom(int from) {
      int at = text.indexOf('\n', from);
      return at < 0 ? text.length() : at;
    }

    TokenAttributes adopt(WordAttribute attribute) {
      return TokenAttributes.adopt(attribute, entries, size);
    }
  }

  /**
   * The pieces of the Arabic word {@code text[start, end)} placed at offset 0: one {@link Lexeme}, or
   * a {@code Lexeme[]} when glued words were split. Glued-word splitting and clitic segmentation
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
    Object computed = lexemes(pieces(word));
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

  /** The pieces (a Token or a Token[], from {@link #pieces(Token)}) as memoized, with the attribute's values. */
  private Object lexemes(Object pieces) {
    if (pieces instanceof Token t) {
      return lexeme(t);
    }
    Token[] ts = (Token[]) pieces;
    Lexeme[] out = new Lexeme[ts.length];
    for (int i = 0; i < ts.length; i++) {
      out[i] = lexeme(ts[i]);
    }
    return out;
  }

  private Lexeme lexeme(Token t) {
    return new Lexeme(t.start(), t.end(), t.text(), t.type(), t.norm(), t.parts(), attribute == null ? 0 : TokenAttributes.checkValue(attribute.of(t.norm())));
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
