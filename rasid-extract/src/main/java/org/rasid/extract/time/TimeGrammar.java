package org.rasid.extract.time;

import static org.rasid.extract.time.RuleSupport.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.core.number.ArabicNumberParser;
import org.rasid.extract.time.RuleSupport.Ctx;
import org.rasid.extract.time.RuleSupport.Found;
import org.rasid.extract.time.TimeTokens.Tok;

/**
 * The rules of the time tagger, tried at each token of a normalized text; the longest match at a
 * token wins and the scan goes on after it (so matches never overlap).
 *
 * <p>Rule families (each has a test in TimeTaggerTest):
 *
 * <ol>
 *   <li>Calendar dates: day + month (+ year), digits or ordinal day words (12 يوليو 2011، السادس من
 *       أكتوبر، الثاني من شهر نوفمبر/ تشرين الثاني من العام الماضي), months with or without a year
 *       or a relative adjective (مارس اذار، شهر مايو الماضي), paired month names of two naming
 *       sets (آذار/مارس، يوليو(تموز)), Hijri months converted with HijrahDate, numeric dates
 *       (25 / 7 / 2015 م، 9-10-1436هـ), years (عام 2015، 2015م، في 2011، 1436 هـ).
 *   <li>Weekdays (يوم الاثنين، الخميس المقبل) resolved against the dct: a following date wins, then
 *       an adjective (الماضي/المقبل), then the tense of the sentence (a future verb with س, سوف,
 *       المقرر … makes it the coming day; otherwise the latest such day up to the dct).
 *   <li>Deictic days (أمس، أمس الأول، اليوم، غدا، بعد غد) optionally followed by a weekday or date;
 *       "اليوم" followed by an adjective (اليوم التالي) is a noun, not today.
 *   <li>Parts of the day: a head (صباح، مساء، ليل) before a day; adverbs (صباحا، ليلا) after a date
 *       or alone (then anchored to the previous date of the sentence, else the dct); الليلة.
 *   <li>Clock times: الساعة + digits, H:MM or an hour word (العاشرة والنصف), a part of the day and
 *       a time zone (بتوقيت غرينتش).
 *   <li>Relative periods: هذا الأسبوع، الشهر الماضي، العام المقبل، العام الحالي 2015، seasons with a
 *       year or adjective; modifiers (منتصف، أواخر، بداية، نهاية) keep the inner value (TIMEX mod is
 *       not part of the value); في وقت سابق/لاحق من + a day; decades and centuries.
 *   <li>Durations: number (digits or words) + unit, duals (يومين، عامين), halves (ونصف), with
 *       لمدة/طيلة; "الأيام الثلاثة الماضية" and "السنوات الـ6 الماضية" are durations; قبل + duration
 *       is a past date; منذ + duration is a past date unless a continuing state precedes it
 *       (المستمرة منذ خمس سنوات = a duration).
 *   <li>Sets: يوميا، أسبوعيا، كل يوم، كل ثلاثة أشهر.
 *   <li>Vague references: الآن، حاليا، مؤخرا، قريبا، مستقبلا، في وقت سابق → PRESENT_REF, PAST_REF,
 *       FUTURE_REF.
 *   <li>Halves and quarters of a year with a year (النصف الأول من هذا العام، الربع الثالث من عام 2014)
 *       → YYYY-H1, YYYY-Q3 ({@link YearPartRules}).
 *   <li>Holidays fixed in a calendar (عيد الفطر، عشية عيد الأضحى، أول أيام عيد الفطر، يوم عرفة) →
 *       their day, Hijri ones through HijrahDate ({@link HolidayRules}).
 * </ol>
 *
 * <p>Tokens come from the text layer ({@link TimeTokens}); offsets are into the original text.
 *
 * <p>The rules live in {@link CalendarRules}, {@link DeicticRules} and {@link DurationRules}; this class
 * only walks the tokens, looks each word up once in a {@link TriggerTable} that says which rules can
 * start there (most words: none), tries those and keeps the longest match.
 *
 * <p>Without a dct, values that need one become a *_REF (deictic words), XXXX (a missing year) or
 * null (weekdays): never a guess.
 */
final class TimeGrammar {

  /** Words that start some rule; other words are skipped with one look-up (the speed rule). */
  private static final Set<String> KEYWORDS = Set.of(
      "يوم", "يومي", "شهر", "شهري", "عام", "سنه", "العام", "السنه", "الساعه", "في", "قبل", "منذ", "كل", "هذا", "هذه",
      "لمده", "مده", "طيله", "طوال", "نصف", "القرن", "الاسبوع", "الشهر", "منتصف", "اواسط", "اواخر", "اوائل",
      "مطلع", "بدايه", "بدايات", "نهايه", "اخر");

  // One bit per rule; a token tries only the rules whose first word it can be (see ruleMask).
  private static final int DATE = 1;
  private static final int WEEKDAY = 1 << 1;
  private static final int DEICTIC = 1 << 2;
  private static final int DAY_PART = 1 << 3;
  private static final int RELATIVE_PERIOD = 1 << 4;
  private static final int MODIFIER = 1 << 5;
  private static final int EARLIER_LATER = 1 << 6;
  private static final int REFERENCE = 1 << 7;
  private static final int AGO_RULE = 1 << 8;
  private static final int PAST_N = 1 << 9;
  private static final int SET_RULE = 1 << 10;
  private static final int DECADE = 1 << 11;
  private static final int CLOCK = 1 << 12;
  private static final int DURATION = 1 << 13;
  private static final int YEAR = 1 << 14;
  private static final int YEAR_PART = 1 << 15;
  private static final int HOLIDAY = 1 << 16;

  private static final int ALL_RULES = (1 << 17) - 1;

  static {
    if (ALL_RULES >= WordBits.FIRST || WordBits.LAST >= 1 << TimeTokens.KIND_SHIFT) {
      throw new AssertionError("rule bits, word bits and the token kind overlap");
    }
  }

  /** The rules a number token can start. */
  private static final int NUMBER_RULES = DATE | CLOCK | DURATION | YEAR;

  private final CalendarRules calendar;
  private final DeicticRules deictic;
  private final DurationRules durations;
  private final YearPartRules yearParts;
  private final HolidayRules holidays;
  /** Word → its rule mask (low bits) and {@link WordBits} (high bits). */
  private final TriggerTable words;
  /** The lexicon's values of the table's words, by their number in it. */
  private final WordValues values;
  /** Every word that starts the scan's rules, with or without a rule mask. */
  private final Set<String> triggerForms;
  /** Test mode: every trigger word tries every rule (the reference the dispatch must agree with). */
  private final boolean exhaustive;
  /** {@link #wordAttribute()}: one object, so a layer result can be checked to come from it. */
  private final org.rasid.core.WordAttribute wordAttribute;

  TimeGrammar(TimeLexicon lex) {
    this(lex, false);
  }

  /**
   * @param exhaustive try every rule at every trigger word instead of only those its mask names;
   *     slower, for the test that the masks leave no rule out
   */
  TimeGrammar(TimeLexicon lex, boolean exhaustive) {
    this.exhaustive = exhaustive;
    this.calendar = new CalendarRules(lex);
    this.deictic = new DeicticRules(lex, calendar);
    this.durations = new DurationRules(lex, calendar);
    this.yearParts = new YearPartRules(calendar);
    this.holidays = new HolidayRules(lex, calendar);
    java.util.HashSet<String> t = new java.util.HashSet<>(KEYWORDS);
    t.addAll(lex.phraseHeads());
    t.addAll(lex.weekdays.keySet());
    t.addAll(lex.units.keySet());
    t.addAll(lex.dayPartHeads.keySet());
    t.addAll(lex.dayPartAdverbs.keySet());
    t.addAll(lex.tonight);
    t.addAll(lex.relative.keySet());
    t.addAll(lex.decades.keySet());
    t.addAll(lex.seasons.keySet());
    t.addAll(lex.sets.keySet());
    t.addAll(ARTICLE_UNITS);
    t.addAll(YearPartRules.HEADS);
    t.addAll(DeicticRules.NOON_SIDES.keySet());
    t.add("تمام");
    t.addAll(DeicticRules.HOUR_WORDS);
    t.addAll(HolidayRules.EVE);
    t.addAll(HolidayRules.DAY_OF.keySet());
    // with their proclitic forms (وأمس، بشهر، للعام …) so that a word is checked with one probe
    java.util.HashSet<String> withClitics = new java.util.HashSet<>(t);
    for (String w : t) {
      for (String p : PROCLITIC_PREFIXES) {
        withClitics.add(p + w);
        if (p.endsWith("ل") && w.startsWith("ال")) {
          withClitics.add(p + w.substring(1)); // ل + ال is written لل
        }
      }
    }
    withClitics.addAll(ArabicNumberParser.numberWordForms());
    this.triggerForms = Set.copyOf(withClitics);
    // every set a rule looks a word up in by its forms (Ctx.strip, PhraseTable.match): the trigger
    // words and بتوقيت, which only follows a clock time
    java.util.Set<String> lexical = new java.util.HashSet<>(t);
    lexical.addAll(ZONE);
    java.util.Map<String, Integer> masks = new java.util.HashMap<>(WordBits.of(lex, lexical));
    for (WordSet s : WordSet.values()) { // read by the word's number (WordValues)
      for (String w : s.members(lex)) {
        masks.putIfAbsent(w, 0);
      }
    }
    for (String w : withClitics) {
      int m = ruleMask(lex, w);
      if (m != 0) {
        masks.merge(w, m, (a, b) -> a | b);
      }
    }
    this.words = new TriggerTable(masks, Lookup.sets(lex));
    this.values = new WordValues(words, lex);
    TriggerTable table = words;
    this.wordAttribute = w -> TimeTokens.wordValue(table, w);
  }

  /**
   * The grammar's tokens of {@code text} made from the text layer's {@code tokens}, each word with
   * its rule mask and {@link WordBits}.
   */
  TimeTokens.TokList tokens(String text, List<org.rasid.core.model.Token> tokens) {
    return tokens(emptyTokens(), text, tokens);
  }

  /** An empty token list over this grammar's word table, for {@link #tokens(TimeTokens.TokList, String, org.rasid.core.TextResult)} to fill again and again. */
  TimeTokens.TokList emptyTokens() {
    return new TimeTokens.TokList(words);
  }

  /** Same as {@link #tokens(String, List)} into {@code out} (from {@link #emptyTokens()}), emptied first. */
  TimeTokens.TokList tokens(TimeTokens.TokList out, String text, List<org.rasid.core.model.Token> tokens) {
    return TimeTokens.of(out, text, tokens);
  }

  /** Same as {@link #tokens(String, org.rasid.core.TextResult)} into {@code out} (from {@link #emptyTokens()}), emptied first. */
  TimeTokens.TokList tokens(TimeTokens.TokList out, String text, org.rasid.core.TextResult layer) {
    org.rasid.core.TokenAttributes a = layer.attributes();
    return a.of(wordAttribute) ? TimeTokens.of(out, text, layer.tokens(), a) : TimeTokens.of(out, text, layer.tokens());
  }

  /**
   * Same as {@link #tokens(String, List)} from a text layer's whole result: when the layer was made
   * with this grammar's {@link #wordAttribute()}, each word's entry in the word table comes from the
   * layer instead of a look-up per token.
   */
  TimeTokens.TokList tokens(String text, org.rasid.core.TextResult layer) {
    return tokens(emptyTokens(), text, layer);
  }

  /** A word's {@link TimeTokens#wordValue} (slot + 1 and a "some rule starts here" bit; 0: not a key), for the text layer to compute once per word. */
  org.rasid.core.WordAttribute wordAttribute() {
    return wordAttribute;
  }

  /** The words that can start a rule (time words with proclitics, number words). */
  Set<String> triggerForms() {
    return triggerForms;
  }

  /**
   * The rules that can start at a word: each rule's own first test, asked of the word once here
   * instead of at every occurrence (a superset is safe — a rule tried in vain returns null — but a
   * rule left out would lose matches, so each line mirrors the start of its rule).
   */
  static int ruleMask(TimeLexicon lex, String w) {
    Clitics.Forms f = Clitics.forms(w);
    boolean number = ArabicNumberParser.isNumberWord(w);
    int m = 0;
    if (f.find(YAWM_ONLY) != null || f.find(SHAHR) != null || f.find(lex.gregorianMonths.heads()) != null
        || f.find(lex.hijriMonths.heads()) != null || number) {
      m |= DATE;
    }
    if (f.find(YAWM) != null || f.find(lex.weekdays.keySet()) != null) {
      m |= WEEKDAY;
    }
    if (f.find(lex.deicticDays.heads()) != null) {
      m |= DEICTIC;
    }
    if (f.find(lex.dayPartHeads.keySet()) != null || f.find(lex.tonight) != null || lex.dayPartAdverbs.containsKey(w)
        || DeicticRules.NOON_SIDES.containsKey(w)) {
      m |= DAY_PART;
    }
    if (WordSet.THIS.members(lex).contains(w) || f.find(PERIODS) != null
        || f.find(lex.seasons.keySet()) != null) {
      m |= RELATIVE_PERIOD;
    }
    if (f.find(MODIFIER_SET) != null) {
      m |= MODIFIER;
    }
    if (w.equals("في") || w.equals("وفي")) {
      m |= EARLIER_LATER;
    }
    if (f.find(lex.references.heads()) != null) {
      m |= REFERENCE;
    }
    if (f.find(AGO) != null) {
      m |= AGO_RULE;
    }
    if (f.find(ARTICLE_UNITS) != null) {
      m |= PAST_N;
    }
    if (f.find(lex.sets.keySet()) != null || f.find(KUL) != null) {
      m |= SET_RULE;
    }
    if (f.find(lex.decades.keySet()) != null || f.find(CENTURY) != null) {
      m |= DECADE;
    }
    if (f.find(SAA) != null || f.find(DeicticRules.HOUR_WORDS) != null || w.equals("تمام") || w.equals("وتمام")) {
      m |= CLOCK;
    }
    if (f.find(DURATION_PREFIXES) != null || lex.units.containsKey(w) || WordSet.HALF.members(lex).contains(w) || number) {
      m |= DURATION;
    }
    if (f.find(YEAR_WORDS) != null) {
      m |= YEAR;
    }
    if (f.find(YearPartRules.HEADS) != null) {
      m |= YEAR_PART;
    }
    if (f.find(lex.holidays.heads()) != null || f.find(HolidayRules.EVE) != null
        || f.find(HolidayRules.DAY_OF.keySet()) != null) {
      m |= HOLIDAY;
    }
    return m;
  }

  /** Up to two proclitics, as Clitics.forms strips them. */
  private static final List<String> PROCLITIC_PREFIXES = List.of(
      "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "وو", "وف");

  /** The expressions found in {@code toks} (made by {@link #tokens}), left to right, longest first. */
  List<Found> scan(String text, TimeTokens.TokList toks, LocalDate dct) {
    List<Found> out = new ArrayList<>();
    if (exhaustive) {
      scanAll(new Ctx(text, toks, dct, out, true, values), out);
      return out;
    }
    // only the tokens a rule can start at are visited (the token list recorded them as it was made)
    Ctx c = null;
    int next = 0; // the first token not inside an expression found
    for (int k = 0, n = toks.candidateCount(); k < n; k++) {
      int i = toks.candidate(k);
      if (i < next) {
        continue;
      }
      if (toks.isNum(i) && !numberMayStart(toks, i)) {
        continue; // a count (15 شخصا، 30 في المئة): no rule of a number can match, asked in one pass
      }
      if (c == null) {
        c = new Ctx(text, toks, dct, out, false, values);
      }
      Found f = best(c, i, rulesAt(toks, i));
      if (f != null) {
        out.add(f);
        next = f.endTok();
      }
    }
    return out;
  }

  /**
   * Whether a rule of a number ({@link #NUMBER_RULES}) can match at number token i: each needs one
   * of these, checked first in its own code, and most numbers (counts) have none of them, so they
   * are asked here in one pass over the next tokens instead of by four rules in turn. A superset of
   * what the rules accept (they check again); the test against the exhaustive grammar covers it.
   *
   * <ul>
   *   <li>a year (yearRule): three or four digits;
   *   <li>a clock time after a number (clockRule): H:MM, a colon next;
   *   <li>a numeric date (numericDate): numbers two and four tokens on (12/7/2015);
   *   <li>a day and month (dayMonth): a month name or الشهر within the next MAX_NUMBER_TOKENS + 2
   *       tokens;
   *   <li>a duration (durationAt): a unit within the next MAX_NUMBER_TOKENS tokens (taken here within
   *       the same six).
   * </ul>
   */
  private static boolean numberMayStart(TimeTokens.TokList toks, int i) {
    int digits = toks.text(i).length();
    int n = toks.size();
    if (digits == 3 || digits == 4
        || i + 4 < n && toks.isNum(i + 2) && toks.isNum(i + 4)
        || i + 1 < n && toks.kind(i + 1) == TimeTokens.Kind.PUNCT && toks.text(i + 1).equals(":")) {
      return true;
    }
    int bits = 0;
    for (int k = i + 1; k < n && k <= i + RuleSupport.MAX_NUMBER_TOKENS + 2; k++) {
      bits |= toks.bits(k);
    }
    return (bits & (WordBits.MONTH | WordBits.UNIT)) != 0;
  }

  /** The exhaustive reference: every token is visited and every trigger word tries every rule. */
  private void scanAll(Ctx c, List<Found> out) {
    int n = c.toks.size();
    int i = 0;
    while (i < n) {
      int m = rulesAt(c.toks, i);
      Found f = m == 0 ? null : best(c, i, m);
      if (f != null) {
        out.add(f);
        i = f.endTok();
      } else {
        i++;
      }
    }
  }

  /** The rules that can start at token i (0 for most). */
  private int rulesAt(TimeTokens.TokList toks, int i) {
    if (toks.isWord(i)) {
      return exhaustive ? (triggerForms.contains(toks.text(i)) ? ALL_RULES : 0) : toks.bits(i) & ALL_RULES;
    }
    return toks.isNum(i) ? NUMBER_RULES : 0;
  }

  private Found best(Ctx c, int i, int m) {
    Found best = null;
    // the order of the rules decides ties (the first of two equally long matches wins)
    if ((m & DATE) != 0) {
      best = longer(best, calendar.dateRule(c, i));
    }
    if ((m & WEEKDAY) != 0) {
      best = longer(best, deictic.weekdayRule(c, i));
    }
    if ((m & DEICTIC) != 0) {
      best = longer(best, deictic.deicticRule(c, i));
    }
    if ((m & DAY_PART) != 0) {
      best = longer(best, deictic.dayPartRule(c, i));
    }
    if ((m & RELATIVE_PERIOD) != 0) {
      best = longer(best, deictic.relativePeriodRule(c, i));
    }
    if ((m & MODIFIER) != 0) {
      best = longer(best, deictic.modifierRule(c, i));
    }
    if ((m & EARLIER_LATER) != 0) {
      best = longer(best, deictic.earlierLaterRule(c, i));
    }
    if ((m & REFERENCE) != 0) {
      best = longer(best, deictic.referenceRule(c, i));
    }
    if ((m & AGO_RULE) != 0) {
      best = longer(best, durations.agoRule(c, i));
    }
    if ((m & PAST_N) != 0) {
      best = longer(best, durations.pastNRule(c, i));
    }
    if ((m & SET_RULE) != 0) {
      best = longer(best, durations.setRule(c, i));
    }
    if ((m & DECADE) != 0) {
      best = longer(best, calendar.decadeRule(c, i));
    }
    if ((m & CLOCK) != 0) {
      best = longer(best, deictic.clockRule(c, i));
    }
    if ((m & DURATION) != 0) {
      best = longer(best, durations.durationRule(c, i));
    }
    if ((m & YEAR) != 0) {
      best = longer(best, calendar.yearRule(c, i));
    }
    if ((m & YEAR_PART) != 0) {
      best = longer(best, yearParts.yearPartRule(c, i));
    }
    if ((m & HOLIDAY) != 0) {
      best = longer(best, holidays.holidayRule(c, i));
    }
    return best;
  }

}
