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
 * </ol>
 *
 * <p>The rules live in {@link CalendarRules}, {@link DeicticRules} and {@link DurationRules}; this class
 * only walks the tokens, skips words that start no rule (one set look-up) and keeps the longest match.
 *
 * <p>Without a dct, values that need one become a *_REF (deictic words), XXXX (a missing year) or
 * null (weekdays): never a guess.
 */
final class TimeGrammar {

  /** Words that start some rule; other words are skipped with one look-up (the speed rule). */
  private static final Set<String> KEYWORDS = Set.of(
      "يوم", "يومي", "شهر", "عام", "سنه", "العام", "السنه", "الساعه", "في", "قبل", "منذ", "كل", "هذا", "هذه",
      "لمده", "مده", "طيله", "طوال", "نصف", "القرن", "الاسبوع", "الشهر", "منتصف", "اواسط", "اواخر", "اوائل",
      "مطلع", "بدايه", "بدايات", "نهايه", "اخر");

  private final TimeLexicon lex;
  private final CalendarRules calendar;
  private final DeicticRules deictic;
  private final DurationRules durations;
  private final Set<String> triggers;
  TimeGrammar(TimeLexicon lex) {
    this.lex = lex;
    this.calendar = new CalendarRules(lex);
    this.deictic = new DeicticRules(lex, calendar);
    this.durations = new DurationRules(lex, calendar);
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
    this.triggers = Set.copyOf(withClitics);
  }

  /** Whether a word token can start any rule: a trigger word (maybe with proclitics) or a number word. */
  private boolean isTrigger(String w) {
    return triggers.contains(w) || ArabicNumberParser.isNumberWord(w);
  }

  /** Up to two proclitics, as Clitics.strip accepts them. */
  private static final List<String> PROCLITIC_PREFIXES = List.of(
      "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "وو", "وف");

  List<Found> scan(String normalized, List<Tok> toks, LocalDate dct) {
    List<Found> out = new ArrayList<>();
    Ctx c = new Ctx(normalized, toks, dct, out);
    int i = 0;
    while (i < toks.size()) {
      Found f = best(c, i);
      if (f != null) {
        out.add(f);
        i = f.endTok();
      } else {
        i++;
      }
    }
    return out;
  }

  private Found best(Ctx c, int i) {
    Tok t = c.tok(i);
    if (t.kind() == TimeTokens.Kind.PUNCT) {
      return null;
    }
    if (t.isWord() && !isTrigger(t.text())) {
      return null;
    }
    Found best = null;
    best = longer(best, calendar.dateRule(c, i));
    if (t.isWord()) {
      best = longer(best, deictic.weekdayRule(c, i));
      best = longer(best, deictic.deicticRule(c, i));
      best = longer(best, deictic.dayPartRule(c, i));
      best = longer(best, deictic.relativePeriodRule(c, i));
      best = longer(best, deictic.modifierRule(c, i));
      best = longer(best, deictic.earlierLaterRule(c, i));
      best = longer(best, deictic.referenceRule(c, i));
      best = longer(best, durations.agoRule(c, i));
      best = longer(best, durations.pastNRule(c, i));
      best = longer(best, durations.setRule(c, i));
      best = longer(best, calendar.decadeRule(c, i));
    }
    best = longer(best, deictic.clockRule(c, i));
    best = longer(best, durations.durationRule(c, i));
    best = longer(best, calendar.yearRule(c, i));
    return best;
  }

}
