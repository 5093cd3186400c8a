package org.rasid.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeType;
import org.rasid.core.number.ArabicNumberParser;
import org.rasid.core.number.NumberMatch;
import org.rasid.extract.time.TimeTokens.Tok;

/**
 * What the time rules share: the scan state ({@link Ctx}), the found expression and resolved value
 * records, the function words the rules look for (normalized spelling), and small helpers (longest
 * of two matches, proclitic look-up, relative adjective → offset, the previous day of the sentence).
 */
final class RuleSupport {

  private RuleSupport() {}
  /** "month" before a month name, and its dual (شهري مارس وأبريل: the months of March and April). */
  static final Set<String> SHAHR = Set.of("شهر", "شهري");
  static final Set<String> YAWM = Set.of("يوم", "يومي");
  static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "السنه");
  static final Set<String> YEAR_ARTICLE_WORDS = Set.of("العام", "السنه");
  static final Set<String> GREGORIAN_SUFFIX = Set.of("م", "ميلادي", "ميلاديا", "ميلاديه", "للميلاد");
  static final Set<String> HIJRI_SUFFIX = Set.of("ه", "هجري", "هجريا", "هجريه", "للهجره");
  static final Set<String> YEAR_PREPOSITIONS = Set.of(
      "في", "منذ", "حتي", "خلال", "بحلول", "مطلع", "منتصف", "اواخر", "اوائل", "بدايه", "نهايه", "قبل", "بعد", "عام", "سنه", "العام");
  static final Set<String> DURATION_PREFIXES = Set.of("لمده", "مده", "طيله", "طوال");
  static final Set<String> BARE_UNIT_PREFIXES = Set.of("لمده", "طيله", "طوال", "خلال", "مده");
  static final Set<String> AGO = Set.of("قبل", "منذ");
  static final Set<String> VAGUE_QUANTIFIERS = Set.of("عده", "بضعه", "بضع");
  static final Set<String> VAGUE_TAILS = Set.of("طويله", "عديده", "قليله", "طويل");
  static final Set<String> ZONE = Set.of("بتوقيت");
  static final String HALF = "ونصف";
  static final char SEEN = '\u0633';

  static final Set<String> YAWM_ONLY = Set.of("يوم");
  static final Set<String> SAA = Set.of("الساعه");
  static final Set<String> KUL = Set.of("كل");
  static final Set<String> CENTURY = Set.of("القرن");

  /** A found expression: original range, end token, type, value and anchor. */
  record Found(int start, int end, int endTok, TimeType type, String value, TimeAnchor anchor) {}

  /** A resolved date-like core: token end, value, anchor and (when a single day) the day. */
  record Val(int end, String value, TimeAnchor anchor, LocalDate day) {}

  /** The state of one scan: the original text, its grammar tokens, the dct and what was found so far. */
  static final class Ctx {
    final String text;
    final TimeTokens.TokList toks;
    final LocalDate dct;
    final List<Found> found;

    /** The lexicon's values of the table's words, by their number in the table. */
    private final WordValues values;

    /** Make every word's forms, even of words whose {@link WordBits#LEXICAL} bit says none is looked up. */
    private final boolean allForms;

    /**
     * @param allForms make the forms of every word (the exhaustive reference grammar) instead of
     *     skipping the words no rule can look up
     * @param values the lexicon's values of the word table's words
     */
    Ctx(String text, TimeTokens.TokList toks, LocalDate dct, List<Found> found, boolean allForms, WordValues values) {
      this.values = values;
      this.text = text;
      this.toks = toks;
      this.dct = dct;
      this.found = found;
      this.allForms = allForms;
    }

    /**
     * The look-up forms of token i's word: none for other tokens and for a word none of whose forms
     * is in a set the rules look up; the word table's for the others (made once, at start-up).
     */
    Clitics.Forms forms(int i) {
      if (!in(i) || !toks.isWord(i)) {
        return Clitics.Forms.NONE;
      }
      if ((toks.bits(i) & WordBits.LEXICAL) != 0) {
        return toks.tableForms(i);
      }
      return allForms ? Clitics.forms(toks.text(i)) : Clitics.Forms.NONE;
    }

    /** Whether token i is a word with {@link WordBits} {@code bit}. */
    boolean has(int i, int bit) {
      return in(i) && (toks.bits(i) & bit) != 0;
    }

    /**
     * Token i's word or a form of it without proclitics found in look-up set {@code known}; else
     * null. The word table's bits answer for its words (no hash look-up when none of the word's forms
     * is in the set); a word outside the table is in no look-up set, which the exhaustive reference
     * checks by looking its forms up.
     */
    Clitics.Form strip(int i, Lookup known) {
      if (!in(i) || !toks.isWord(i)) {
        return null;
      }
      if (toks.inTable(i) || !allForms) {
        return toks.find(i, known);
      }
      return Clitics.forms(toks.text(i)).find(toks.lookupSet(known));
    }

    /** The original offset after the first {@code normChars} normalized characters of token i. */
    int at(int i, int normChars) {
      return TimeTokens.at(text, toks.start(i), toks.end(i), normChars);
    }

    /** How many normalized characters of token i lie before original offset {@code offset}. */
    int normPrefix(int i, int offset) {
      return TimeTokens.normPrefix(text, toks.start(i), toks.end(i), offset);
    }

    Tok tok(int i) {
      return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    private boolean in(int i) {
      return i >= 0 && i < toks.size();
    }

    /** The unit token i's word names (سنوات، أيام …), or null (every unit is a word of the table). */
    TimeLexicon.Unit unit(int i) {
      int slot = slotAt(i);
      return slot < 0 ? null : values.unit(slot);
    }

    /** The relative role of token i's word (past, future, this, period:Y …), or null. */
    String relative(int i) {
      int slot = slotAt(i);
      return slot < 0 ? null : values.relative(slot);
    }

    /** Whether token i is a word of {@code set}. */
    boolean isIn(int i, WordSet set) {
      int slot = slotAt(i);
      return slot >= 0 && values.isIn(slot, set);
    }

    /** Whether token i's word is a weekday's name. */
    boolean isWeekday(int i) {
      return isIn(i, WordSet.WEEKDAYS);
    }

    /** The part of the day token i's word names as an adverb (صباحا، مساء …), or null. */
    TimeLexicon.DayPart dayPartAdverb(int i) {
      int slot = slotAt(i);
      return slot < 0 ? null : values.dayPartAdverb(slot);
    }

    /** Token i's number in the word table; -1 for a token outside it or past either end. */
    private int slotAt(int i) {
      return in(i) ? toks.slot(i) : -1;
    }

    /**
     * {@link WordValues#phraseLists} of token i's word in {@code table}: its forms' phrase lists,
     * aligned with {@link #forms}, or no element when none of them starts a phrase. Null when {@link
     * #forms} gives other forms than the word table's (a word with no {@link WordBits#LEXICAL} bit,
     * a token outside the table): {@link PhraseTable#match} then looks its forms up itself.
     */
    Object[] phraseLists(PhraseTable<?> table, int i) {
      return in(i) && (toks.bits(i) & WordBits.LEXICAL) != 0 ? values.phraseLists(table, toks.slot(i)) : null;
    }

    /** The last expression found so far in this text (they are found left to right), or null. */
    Found lastFound() {
      return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    /** Whether token i is a word. */
    boolean isWord(int i) {
      return in(i) && toks.isWord(i);
    }

    /** Whether token i is a number (a digit run). */
    boolean isNum(int i) {
      return in(i) && toks.isNum(i);
    }

    /** Whether token i is sentence-ending punctuation ({@link Tok#endsSentence}). */
    boolean endsSentence(int i) {
      return in(i) && toks.kind(i) == TimeTokens.Kind.PUNCT && TimeTokens.isSentenceEnd(toks.text(i));
    }

    String word(int i) {
      return in(i) && toks.kind(i) == TimeTokens.Kind.WORD ? toks.text(i) : "";
    }

    boolean punct(int i, String s) {
      return in(i) && toks.kind(i) == TimeTokens.Kind.PUNCT && toks.text(i).equals(s);
    }

    int num(int i) {
      if (!in(i) || toks.kind(i) != TimeTokens.Kind.NUM || toks.text(i).length() > 9) {
        return -1;
      }
      return Integer.parseInt(toks.text(i));
    }

    int digits(int i) {
      return in(i) && toks.kind(i) == TimeTokens.Kind.NUM ? toks.text(i).length() : 0;
    }

    /** The original offset where token i ends. */
    int endOf(int i) {
      return toks.end(i);
    }

    /** The number starting at original offset {@code offset} (memoized: several rules ask for it). */
    java.util.Optional<org.rasid.core.number.NumberMatch> number(int offset) {
      if (numberAt == offset) {
        return numberMemo;
      }
      numberMemo = org.rasid.core.number.ArabicNumberParser.get().parseAt(text, offset);
      numberAt = offset;
      return numberMemo;
    }

    /**
     * The number starting at token j, as {@link #number} reads it at the token's start, without a
     * parse when no number word follows the token (the parser reads on only over whitespace to a
     * word, and every word it reads on with, scales and و-joined parts, is a number word of the word
     * table):
     *
     * <ul>
     *   <li>a plain digit run followed by a word is the run alone (a separator would be a punctuation
     *       token);
     *   <li>a number word written without diacritics or tatweel (its offsets those of its normalized
     *       form) and not before a line break (which the parser reads over) is what the parser read in
     *       the word alone when the word table was made.
     * </ul>
     */
    java.util.Optional<org.rasid.core.number.NumberMatch> numberAt(int j) {
      int start = toks.start(j);
      if (numberAt == start || in(j + 1) && toks.isWord(j + 1) && (toks.bits(j + 1) & WordBits.NUMBER_WORD) != 0) {
        return number(start);
      }
      if (toks.isNum(j)) {
        int value = in(j + 1) && toks.isWord(j + 1) ? num(j) : -1;
        if (value >= 0) {
          return remember(start, java.util.Optional.of(new org.rasid.core.number.NumberMatch(
              new org.rasid.core.model.CharSpan(start, toks.end(j)), value, false)));
        }
      } else if ((toks.bits(j) & WordBits.NUMBER_WORD) != 0 && toks.end(j) - start == toks.text(j).length()
          && !punct(j + 1, "\n")) {
        org.rasid.core.number.NumberMatch alone = toks.standaloneNumber(j);
        return remember(start, alone == null ? java.util.Optional.empty()
            : java.util.Optional.of(new org.rasid.core.number.NumberMatch(new org.rasid.core.model.CharSpan(
                start + alone.span().start(), start + alone.span().end()), alone.value(), alone.ordinal())));
      }
      return number(start);
    }

    private java.util.Optional<org.rasid.core.number.NumberMatch> remember(int offset,
        java.util.Optional<org.rasid.core.number.NumberMatch> m) {
      numberAt = offset;
      numberMemo = m;
      return m;
    }

    /** Weekday words met as a family name earlier in this text (أحمد الخميس), or null. */
    private Set<String> familyNames;

    void noteFamilyName(String weekday) {
      if (familyNames == null) {
        familyNames = new java.util.HashSet<>();
      }
      familyNames.add(weekday);
    }

    /** Whether weekday word {@code weekday} was met as a family name earlier in this text. */
    boolean isFamilyName(String weekday) {
      return familyNames != null && familyNames.contains(weekday);
    }

    private int numberAt = -1;
    private java.util.Optional<org.rasid.core.number.NumberMatch> numberMemo;
  }

  static Found longer(Found a, Found b) {
    if (b == null) {
      return a;
    }
    if (a == null || b.end() > a.end()) {
      return b;
    }
    return a;
  }

  static Found found(Ctx c, int startTok, int prefix, int endTok, TimeType type, String value, TimeAnchor anchor) {
    int s = c.at(startTok, prefix);
    int e = c.endOf(endTok - 1);
    return new Found(s, e, endTok, type, value, anchor);
  }

  /** The proclitic length of token i's word when {@code form} is found in {@code set}; -1 if not. */
  static Clitics.Form form(Ctx c, int i, Lookup set) {
    return c.strip(i, set);
  }

  static Val longerVal(Val a, Val b) {
    if (b == null) {
      return a;
    }
    return a == null || b.end() > a.end() ? b : a;
  }

  /** A number (digits with separators, or number words) found by the parser spans at most this many tokens. */
  static final int MAX_NUMBER_TOKENS = 4;

  /** The index after the token that ends at original offset {@code end}; -1 if none. */
  static int tokenEndingAt(Ctx c, int from, int end) {
    for (int k = from; k < c.toks.size() && k < from + MAX_NUMBER_TOKENS; k++) {
      if (c.toks.end(k) == end) {
        return k + 1;
      }
    }
    return -1;
  }

  static int relOf(String role) {
    if (role == null) {
      return Integer.MIN_VALUE;
    }
    switch (role) {
      case "past":
        return -1;
      case "future":
        return 1;
      case "current":
      case "this":
        return 0;
      default:
        return Integer.MIN_VALUE;
    }
  }

  static String ref(int offset) {
    return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF";
  }

  /** The day of the last expression found earlier in the same sentence, if it names one day. */
  static LocalDate previousDayInSentence(Ctx c, int i) {
    Found last = c.lastFound();
    if (last == null) {
      return null;
    }
    for (int k = last.endTok(); k < i; k++) {
      if (c.endsSentence(k)) {
        return null;
      }
    }
    return Timex.dayOf(last.value());
  }

  static final Set<String> PERIODS = Set.of("الاسبوع", "الشهر", "العام", "السنه");

  static final Set<String> MODIFIER_SET = Set.of("منتصف", "اواسط", "اواخر", "اوائل", "مطلع", "بدايه", "بدايات", "نهايه", "اخر");

  static final Set<String> ARTICLE_UNITS = Set.of(
      "السنوات", "الاعوام", "الاشهر", "الشهور", "الاسابيع", "الايام", "الساعات", "الدقائق", "العقود",
      "السنتين", "العامين", "الشهرين", "الاسبوعين", "اليومين", "الساعتين", "العقدين");

}
