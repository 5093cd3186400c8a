package org.rasid.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.TokenAttributes;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * The tokens the time grammar walks over, made from the text layer's tokens so that the text is
 * neither normalized nor tokenized a second time: words (Arabic and Latin tokens, by their
 * normalized form), numbers (runs of ASCII digits; a number token such as 25/7/2015 or 7:30 is cut
 * into its digit runs and separators) and single punctuation characters. A line break in the gap
 * between two tokens is kept as a punctuation token because it ends a sentence (datelines,
 * paragraphs). URLs, e-mail addresses, hashtags and mentions are one opaque punctuation token each.
 * The pieces of a glued word split by the text layer (no gap between two Arabic tokens) are joined
 * back into the word as written: a wrong split must not make a time word (ويليامس is not ويلي +
 * أمس), so the time grammar reads the text as it was written.
 *
 * <p>Offsets are into the original text; {@link Tok#text()} is normalized (so the grammar compares
 * normalized words), and {@link #at} / {@link #normPrefix} convert between a count of normalized
 * characters inside a token and an original offset.
 */
final class TimeTokens {

  enum Kind {
    WORD,
    NUM,
    PUNCT
  }

  /** A token: original range and normalized text. */
  record Tok(int start, int end, String text, Kind kind) {
    boolean isWord() {
      return kind == Kind.WORD;
    }

    boolean isNum() {
      return kind == Kind.NUM;
    }

    /** Sentence-ending punctuation (a full stop, ! ? or a line break). */
    boolean endsSentence() {
      return kind == Kind.PUNCT && isSentenceEnd(text);
    }
  }

  private TimeTokens() {}

  /** Whether punctuation token text {@code p} ends a sentence: a full stop, ! ? or a line break. */
  static boolean isSentenceEnd(String p) {
    return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("\n");
  }

  /**
   * The tokens of one text: each the text layer's {@link Token} itself when it is one grammar token
   * (a word, a plain digit run, one punctuation character — nine in ten), named by its index in the
   * layer's list, else a {@link Tok} made for it (a line break, the pieces of 25/7/2015 or "...", a
   * glued word joined back), and an int of its kind and word-table slot. Nothing is read out of the
   * layer's tokens while the list is made (most are looked at once, by the candidate check, and
   * never again) and each token is one {@code long} written: its layer index (or own Tok) and its
   * info. {@link #get} makes a {@link Tok} for the few that rules look at. A list is filled again for
   * each text (its arrays kept: the tagger keeps one per thread), so it is not thread-safe.
   */
  static final class TokList extends java.util.AbstractList<Tok> {
    /** The text layer's tokens the indices below point into (null between two uses). */
    private List<Token> layer;
    /**
     * Per token: above bit 32, its index in {@link #layer}, or -1 - k for {@code own[k]}; below, its
     * info: the kind (above {@link #KIND_SHIFT}) and, for a word in the word table, its slot + 1.
     */
    private long[] items;
    /** The tokens made here (not the layer's), in order. */
    private Tok[] own = new Tok[8];
    private int ownCount;
    private int size;
    /** The indices of the tokens some rule can start at (numbers, words with a rule bit), in order. */
    private int[] candidates;
    private int candidateCount;
    private final TriggerTable words;

    /**
     * An empty list over {@code words}' slots, to be filled by {@link TimeTokens#of(TokList, String,
     * List)} and the like: one list can be filled again for the next text (its arrays kept), which
     * saves writing a fresh array of a long per token for every text.
     */
    TokList(TriggerTable words) {
      if (words.slots() >= 1 << KIND_SHIFT) {
        throw new IllegalArgumentException("word table too large for the token infos");
      }
      this.words = words;
      items = new long[64];
      candidates = new int[16];
    }

    /** Empties the list for the tokens of a new text, {@code layer}, with room for {@code capacity} tokens. */
    private void reset(List<Token> layer, int capacity) {
      release();
      this.layer = layer;
      if (items.length < capacity) {
        items = new long[capacity];
        candidates = new int[capacity]; // addRun wants room for every token
      }
    }

    /**
     * Empties the list and lets go of the text's tokens (kept by nothing else once the caller is
     * done); arrays grown for a very long text are dropped, not kept for the next.
     */
    void release() {
      layer = null;
      java.util.Arrays.fill(own, 0, ownCount, null);
      ownCount = 0;
      size = 0;
      candidateCount = 0;
      if (items.length > KEPT_CAPACITY) {
        items = new long[64];
        candidates = new int[16];
        own = new Tok[8];
      }
    }

    /** The word table the tokens' slots are in. */
    TriggerTable table() {
      return words;
    }

    /** Adds a token made here (not one of the layer's). */
    void add(int start, int end, String text, Kind kind) {
      addOwn(new Tok(start, end, text, kind), kind, -1);
    }

    /** Adds the layer's token {@code index} as it stands; {@code slot} is a word's slot in the word table, or -1. */
    void addLayer(int index, Kind kind, int slot) {
      boolean candidate = kind == Kind.NUM || slot >= 0 && (words.maskAt(slot) & RULE_BITS) != 0;
      addInfo(index, kind.ordinal() << KIND_SHIFT | (slot + 1), candidate ? 1 : 0);
    }

    /** Adds a token made here: its ref is -1 - k for {@code own[k]}, otherwise as {@link #addLayer}. */
    private void addOwn(Tok t, Kind kind, int slot) {
      if (ownCount == own.length) {
        own = java.util.Arrays.copyOf(own, ownCount * 2);
      }
      own[ownCount] = t;
      addLayer(-1 - ownCount++, kind, slot);
    }

    /**
     * Adds a token: {@code ref} is its index in the layer's list (or -1 - k for the k-th token made
     * here), {@code info} its kind and slot + 1, {@code candidate} 1 if some rule can start at it.
     */
    void addInfo(int ref, int info, int candidate) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      if (candidateCount == candidates.length) {
        candidates = java.util.Arrays.copyOf(candidates, candidateCount * 2);
      }
      items[size] = (long) ref << 32 | (info & 0xFFFFFFFFL);
      candidates[candidateCount] = size; // kept only when a candidate: no branch on it
      candidateCount += candidate;
      size++;
    }

    /**
     * Adds the layer's tokens from {@code from} on, before {@code limit}, while each is one grammar
     * token as it stands by its {@link TokenAttributes} entry (a word, one punctuation character:
     * see {@link #ACTIONS}); returns the index of the first not added. The loop that makes most of
     * the list: the arrays and counts are held in locals while it runs.
     */
    int addRun(TokenAttributes entries, int from, int limit) {
      if (items.length - size < limit - from) {
        items = java.util.Arrays.copyOf(items, Math.max(items.length * 2, size + limit - from));
      }
      if (candidates.length - candidateCount < limit - from) { // room for all: no check in the loop
        candidates = java.util.Arrays.copyOf(candidates, Math.max(candidates.length * 2, candidateCount + limit - from));
      }
      long[] items = this.items;
      int[] candidates = this.candidates;
      int size = this.size;
      int candidateCount = this.candidateCount;
      int n = from;
      for (; n < limit; n++) {
        int e = entries.entry(n);
        int action = ACTIONS[TokenAttributes.layout(e)];
        if (action == SLOW) {
          break;
        }
        int v = TokenAttributes.value(e); // 0 but for words
        items[size] = (long) n << 32 | (((action & ~ARABIC) | v >>> 1) & 0xFFFFFFFFL);
        candidates[candidateCount] = size; // kept only when a candidate: no branch on it
        candidateCount += v & 1;
        size++;
      }
      this.candidates = candidates;
      this.size = size;
      this.candidateCount = candidateCount;
      return n;
    }

    /** Replaces the last token (a glued word's pieces joined back). */
    void replaceLast(int start, int end, String text, Kind kind, int slot) {
      size--;
      if (candidateCount > 0 && candidates[candidateCount - 1] == size) {
        candidateCount--;
      }
      addOwn(new Tok(start, end, text, kind), kind, slot);
    }

    /** How many tokens some rule can start at: the numbers and the words with a rule bit. */
    int candidateCount() {
      return candidateCount;
    }

    /** The index of the c-th such token (in text order). */
    int candidate(int c) {
      return candidates[c];
    }

    private int ref(int i) {
      return (int) (items[i] >> 32);
    }

    private int info(int i) {
      return (int) items[i];
    }

    /** Token i's slot in the word table + 1; 0 for a token not in the table. */
    private int slotPlusOne(int i) {
      return info(i) & ((1 << KIND_SHIFT) - 1);
    }

    @Override
    public Tok get(int i) {
      java.util.Objects.checkIndex(i, size);
      int r = ref(i);
      if (r < 0) {
        return own[-1 - r];
      }
      Token t = layer.get(r);
      return new Tok(t.start(), t.end(), t.norm(), kind(i));
    }

    @Override
    public int size() {
      return size;
    }

    int start(int i) {
      int r = ref(i);
      return r >= 0 ? layer.get(r).span().start() : own[-1 - r].start();
    }

    int end(int i) {
      int r = ref(i);
      return r >= 0 ? layer.get(r).span().end() : own[-1 - r].end();
    }

    String text(int i) {
      int r = ref(i);
      return r >= 0 ? layer.get(r).norm() : own[-1 - r].text();
    }

    Kind kind(int i) {
      return KINDS[info(i) >>> KIND_SHIFT];
    }

    /** Whether token i is a word. */
    boolean isWord(int i) {
      return info(i) >>> KIND_SHIFT == WORD;
    }

    /** Whether token i is a number (a digit run). */
    boolean isNum(int i) {
      return info(i) >>> KIND_SHIFT == NUM;
    }

    /** Token i's bits in the word table (rule mask and {@link WordBits}); 0 for other tokens. */
    int bits(int i) {
      int slot = slotPlusOne(i);
      return slot == 0 ? 0 : words.maskAt(slot - 1);
    }

    /** Token i's number as its word alone reads ({@link TriggerTable#standaloneNumber}); null for a token not in the table. */
    org.rasid.core.number.NumberMatch standaloneNumber(int i) {
      int slot = slotPlusOne(i);
      return slot == 0 ? null : words.standaloneNumber(slot - 1);
    }

    /** Token i's number in the word table; -1 for a token not in it. */
    int slot(int i) {
      return slotPlusOne(i) - 1;
    }

    /** Whether token i is a word of the word table. */
    boolean inTable(int i) {
      return slotPlusOne(i) != 0;
    }

    /** Token i's first look-up form in {@code l} ({@link TriggerTable#find}); null for a token not in the table. */
    Clitics.Form find(int i, Lookup l) {
      int slot = slotPlusOne(i);
      return slot == 0 ? null : words.find(slot - 1, l);
    }

    /** The words of look-up set {@code l}. */
    java.util.Set<String> lookupSet(Lookup l) {
      return words.lookupSet(l);
    }

    /** Token i's look-up forms as the word table made them; null for a word not in the table. */
    Clitics.Forms tableForms(int i) {
      int slot = slotPlusOne(i);
      return slot == 0 ? null : words.formsAt(slot - 1);
    }
  }

  private static final Kind[] KINDS = Kind.values();
  /**
   * A token list keeps arrays for up to this many tokens between two texts (about 100 KB: a long and
   * an int a token; a long article, the corpus's average being 320 tokens), so that a server's many
   * request threads do not each hold a long text's worth.
   */
  private static final int KEPT_CAPACITY = 1 << 13;
  private static final int WORD = Kind.WORD.ordinal();
  private static final int NUM = Kind.NUM.ordinal();
  private static final int PUNCT = Kind.PUNCT.ordinal();
  /** A token's kind is kept above its word bits, which must stay below this bit. */
  static final int KIND_SHIFT = 28;

  static {
    if (Kind.values().length > 4) {
      throw new AssertionError("token kinds do not fit bits 28 and 29 of the infos");
    }
  }
  /** The bits of a word table mask that name rules (below them: nothing; above: {@link WordBits}). */
  static final int RULE_BITS = WordBits.FIRST - 1;

  /**
   * The grammar's tokens of {@code text}, whose text-layer tokens are {@code tokens} (in order), each
   * word with its bits in {@code words} (looked up here, once, while the word is at hand).
   */
  static TokList of(String text, List<Token> tokens, TriggerTable words) {
    return of(new TokList(words), text, tokens);
  }

  /** Same as {@link #of(String, List, TriggerTable)} into {@code out} (emptied first, its word table used). */
  static TokList of(TokList out, String text, List<Token> tokens) {
    if (!(tokens instanceof java.util.RandomAccess)) {
      tokens = new ArrayList<>(tokens);
    }
    int count = tokens.size();
    out.reset(tokens, count + count / 8 + 16);
    TriggerTable words = out.words;
    int prevEnd = 0;
    boolean prevArabic = false;
    for (int n = 0; n < count; n++) {
      Token t = tokens.get(n);
      org.rasid.core.model.CharSpan span = t.span();
      int start = span.start();
      int end = span.end();
      if ((start - prevEnd != 1 || text.charAt(prevEnd) != ' ') // most gaps are one space
          && lineBreaks(text, prevEnd, start, out)) {
        prevArabic = false;
      }
      TokenType type = t.type();
      if (type == TokenType.ARABIC && prevArabic && start == prevEnd) {
        joinToLast(t, out, words);
        prevEnd = end;
        continue;
      }
      prevEnd = end;
      prevArabic = type == TokenType.ARABIC;
      if (type == TokenType.ARABIC || type == TokenType.LATIN) {
        out.addLayer(n, Kind.WORD, words.slot(t.norm()));
      } else if (type == TokenType.NUMBER) {
        number(t, n, out);
      } else if (type == TokenType.PUNCT || type == TokenType.QUOTE || type == TokenType.SYMBOL) {
        punctuation(t, n, out);
      } else {
        out.addLayer(n, Kind.PUNCT, -1);
      }
    }
    lineBreaks(text, prevEnd, text.length(), out); // after the last token
    return out;
  }

  /**
   * Same as {@link #of(String, List, TriggerTable)} from a text layer's result made with {@link
   * #wordValue}s of {@code words} (see {@link TimeGrammar#wordAttribute()}): each token's type,
   * layout, word-table entry and whether a line break lies before it come from the layer's {@link
   * TokenAttributes} entries, so the layer's tokens are not read except for numbers, punctuation
   * runs, glued words and the gaps that hold a line break.
   */
  static TokList of(String text, List<Token> tokens, TriggerTable words, TokenAttributes entries) {
    return of(new TokList(words), text, tokens, entries);
  }

  /** Same as {@link #of(String, List, TriggerTable, TokenAttributes)} into {@code out} (emptied first, its word table used). */
  static TokList of(TokList out, String text, List<Token> tokens, TokenAttributes entries) {
    if (!(tokens instanceof java.util.RandomAccess)) {
      tokens = new ArrayList<>(tokens);
    }
    int count = tokens.size();
    out.reset(tokens, count + count / 8 + 16);
    TriggerTable words = out.words;
    boolean prevArabic = false;
    int n = 0;
    while (n < count) {
      // the words and single punctuation characters as they stand (most tokens), up to a line break
      int m = out.addRun(entries, n, count);
      if (m > n) {
        prevArabic = ACTIONS[TokenAttributes.layout(entries.entry(m - 1))] == ARABIC_WORD;
        n = m;
        continue;
      }
      int index = n++; // a token that needs a look
      int e = entries.entry(index);
      if (TokenAttributes.lineBreakBefore(e)) { // every line break in the gap before it, in order
        lineBreaks(text, index == 0 ? 0 : tokens.get(index - 1).end(), tokens.get(index).start(), out);
        prevArabic = false;
      }
      int action = TOKEN_ACTIONS[TokenAttributes.layout(e)];
      if (action != SLOW) { // as in addRun: only the line break needed a look
        int v = TokenAttributes.value(e);
        out.addInfo(index, (action & ~ARABIC) | v >>> 1, v & 1);
        prevArabic = action == ARABIC_WORD;
        continue;
      }
      TokenType type = TokenAttributes.type(e);
      if (type == TokenType.ARABIC && prevArabic && TokenAttributes.attached(e)) {
        joinToLast(tokens.get(index), out, words);
        continue;
      }
      prevArabic = type == TokenType.ARABIC;
      if (type == TokenType.ARABIC) {
        int v = TokenAttributes.value(e);
        out.addInfo(index, WORD << KIND_SHIFT | v >>> 1, v & 1);
      } else if (type == TokenType.NUMBER) {
        number(tokens.get(index), index, out);
      } else {
        punctuation(tokens.get(index), index, out);
      }
    }
    lineBreaks(text, count == 0 ? 0 : tokens.get(count - 1).end(), text.length(), out); // after the last token
    return out;
  }

  /**
   * Adds a line break token for every line feed in {@code text[from, to)}, a gap between two tokens;
   * whether there was one.
   */
  private static boolean lineBreaks(String text, int from, int to, TokList out) {
    boolean any = false;
    for (int g = from; g < to; g++) {
      if (text.charAt(g) == '\n') {
        out.add(g, g + 1, "\n", Kind.PUNCT);
        any = true;
      }
    }
    return any;
  }

  /** Joins Arabic token {@code t} to the last token: a glued word's pieces are read as the one word written. */
  private static void joinToLast(Token t, TokList out, TriggerTable words) {
    int last = out.size() - 1;
    String joined = out.text(last) + t.norm();
    out.replaceLast(out.start(last), t.end(), joined, Kind.WORD, words.slot(joined));
  }

  /** {@link #ACTIONS}: the token needs a look (a line break before it, a number, a punctuation run, a glued piece). */
  private static final int SLOW = -1;
  /** In {@link #ACTIONS}: the token is an Arabic word (a bit above the kind's, cleared for the info). */
  private static final int ARABIC = 1 << 30;
  /** {@link #ACTIONS} of an Arabic word. */
  private static final int ARABIC_WORD = WORD << KIND_SHIFT | ARABIC;

  /**
   * By a token's {@link TokenAttributes#layout}: the kind bits of its info (and {@link #ARABIC} for
   * an Arabic word) when it is one grammar token as it stands and nothing before it needs a look,
   * else {@link #SLOW}.
   */
  private static final int[] ACTIONS = new int[TokenAttributes.LAYOUTS];

  /** Same as {@link #ACTIONS} for the token itself, whether a line break lies before it or not. */
  private static final int[] TOKEN_ACTIONS = new int[TokenAttributes.LAYOUTS];

  static {
    for (int layout = 0; layout < ACTIONS.length; layout++) {
      TokenType type = TokenAttributes.isLayout(layout) ? TokenAttributes.type(layout) : null;
      int action;
      if (type == null || type == TokenType.NUMBER) {
        action = SLOW;
      } else if (type == TokenType.ARABIC) {
        action = TokenAttributes.attached(layout) ? SLOW : ARABIC_WORD; // attached: maybe a glued piece
      } else if (type == TokenType.LATIN) {
        action = WORD << KIND_SHIFT;
      } else if (type == TokenType.PUNCT || type == TokenType.QUOTE || type == TokenType.SYMBOL) {
        action = TokenAttributes.oneChar(layout) ? PUNCT << KIND_SHIFT : SLOW;
      } else {
        action = PUNCT << KIND_SHIFT; // URLs, e-mail addresses, hashtags, mentions: one opaque token
      }
      TOKEN_ACTIONS[layout] = action;
      ACTIONS[layout] = TokenAttributes.lineBreakBefore(layout) ? SLOW : action;
    }
  }

  /**
   * A word's value for the text layer to compute once per word ({@link TimeGrammar#wordAttribute()}):
   * its slot + 1 in {@code words} shifted left by one, with the low bit set when some rule can start
   * at it; 0 for a word not in the table.
   */
  static int wordValue(TriggerTable words, String norm) {
    int slot = words.slot(norm);
    return slot < 0 ? 0 : (slot + 1) << 1 | ((words.maskAt(slot) & RULE_BITS) != 0 ? 1 : 0);
  }

  /**
   * Digit runs and separators of a number token. Its normalized form has ASCII digits and one
   * character per original character (digits and separators are never dropped), so positions match.
   */
  private static void number(Token t, int index, TokList out) {
    String n = t.norm();
    int start = t.start();
    int end = t.end();
    if (n.length() != end - start) {
      out.add(start, end, n, Kind.PUNCT);
      return;
    }
    int len = n.length();
    if (allDigits(n)) {
      out.addLayer(index, Kind.NUM, -1); // a plain digit run (most numbers): the token as it stands
      return;
    }
    int i = 0;
    while (i < len) {
      char c = n.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i + 1;
        while (j < len && n.charAt(j) >= '0' && n.charAt(j) <= '9') {
          j++;
        }
        out.add(start + i, start + j, n.substring(i, j), Kind.NUM);
        i = j;
      } else {
        out.add(start + i, start + i + 1, String.valueOf(c), Kind.PUNCT);
        i++;
      }
    }
  }

  private static boolean allDigits(String n) {
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** One token per punctuation character (a run such as "..." or "؟!" is several). */
  private static void punctuation(Token t, int index, TokList out) {
    int start = t.start();
    int length = t.end() - start; // the original text's length, without reading it
    if (length == 1) {
      out.addLayer(index, Kind.PUNCT, -1); // one character (most): the token as it stands
      return;
    }
    String n = t.norm();
    if (n.length() != length) {
      out.add(start, start + length, n, Kind.PUNCT);
      return;
    }
    for (int i = 0; i < length; i++) {
      out.add(start + i, start + i + 1, String.valueOf(n.charAt(i)), Kind.PUNCT);
    }
  }

  /**
   * The original offset after the first {@code normChars} normalized characters of {@code t}
   * (diacritics and tatweel after them skipped: they stay with the letter they follow);
   * {@code start}/{@code end} are the token's range.
   */
  static int at(String text, int start, int end, int normChars) {
    if (normChars <= 0) {
      return start;
    }
    int i = start;
    int seen = 0;
    while (i < end && seen < normChars) {
      if (!ArabicNormalizer.isIgnorable(text.charAt(i))) {
        seen++;
      }
      i++;
    }
    while (i < end && ArabicNormalizer.isIgnorable(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The number of normalized characters of {@code t} before original offset {@code offset}. */
  static int normPrefix(String text, int start, int end, int offset) {
    int seen = 0;
    for (int i = start; i < offset && i < end; i++) {
      if (!ArabicNormalizer.isIgnorable(text.charAt(i))) {
        seen++;
      }
    }
    return seen;
  }
}
