package org.rasid.extract.time;

import static org.rasid.extract.time.RuleSupport.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeType;
import org.rasid.core.number.ArabicNumberParser;
import org.rasid.core.number.NumberMatch;
import org.rasid.extract.time.TimeTokens.Tok;
import org.rasid.extract.time.RuleSupport.Ctx;
import org.rasid.extract.time.RuleSupport.Found;
import org.rasid.extract.time.RuleSupport.Val;

/**
 * Expressions resolved against the dct or a neighbouring date: weekdays (a following date wins, then
 * الماضي/المقبل, then the tense of the sentence: a future verb with س, سوف, المقرر … makes it the
 * coming day, otherwise the latest such day up to the dct), deictic days (أمس، اليوم، غدا، بعد غد),
 * parts of the day, clock times, relative periods (هذا الأسبوع، الشهر الماضي، العام الحالي 2015),
 * modifiers (منتصف، أواخر), "في وقت سابق/لاحق من + day" and vague references (الآن → PRESENT_REF).
 */
final class DeicticRules {

  private final TimeLexicon lex;
  private final CalendarRules calendar;

  DeicticRules(TimeLexicon lex, CalendarRules calendar) {
    this.lex = lex;
    this.calendar = calendar;
  }
  /**
   * Whether the weekday word at token i is a family name: right after a title that stands before family
   * names (الدكتور الخميس), or after a given name (with or without و) that no title precedes (الملك
   * سلمان الخميس is King Salman on Thursday). Once it was, the same
   * word alone later in the text is taken for the same person (وقال الخميس), unless a date follows it.
   */
  private boolean familyName(Ctx c, int i) {
    String prev = c.word(i - 1);
    if (lex.surnameTitles.contains(prev)) {
      return true; // الدكتور الخميس
    }
    return Clitics.inWithOrWithoutWaw(prev, lex.givenNames) && !lex.titles.contains(c.word(i - 2));
  }

  /** The first words of the hours 1–12 as feminine ordinals (الحادية عشرة، الثانية عشرة start with two of them). */
  static final java.util.Set<String> HOUR_WORDS = java.util.Set.of("الواحده", "الثانيه", "الثالثه", "الرابعه",
      "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره", "الحاديه");

  /** The words an hour word without الساعة comes after (في التاسعة مساء، حتى العاشرة ليلا). */
  private static final java.util.Set<String> HOUR_LEADS = java.util.Set.of(
      "في", "وفي", "عند", "وعند", "حتي", "وحتي", "منذ", "من", "الي", "بعد", "قبل", "نحو", "حوالي", "بين", "وبين");

  /** بعد / قبل before ظهر: the part of the day they make (after noon, before noon). */
  static final java.util.Map<String, String> NOON_SIDES = java.util.Map.of("بعد", "AF", "وبعد", "AF", "قبل", "MO", "وقبل", "MO");

  /** Words after اليوم that make it "the same day" (anaphoric), not today. */
  private static final java.util.Set<String> SAME = java.util.Set.of("نفسه", "ذاته", "عينه");

  /**
   * Where the date after a day name starts: after a comma and/or الموافق ("corresponding to": الاثنين
   * الموافق 10 أغسطس), else at {@code k}.
   */
  private static int linked(Ctx c, int k) {
    if (c.punct(k, ",") || c.punct(k, "،")) {
      k++;
    }
    return c.word(k).equals("الموافق") ? k + 1 : k;
  }

  Found weekdayRule(Ctx c, int i) {
    int k = i;
    int prefix = 0;
    Clitics.Form yawm = form(c, i, Lookup.YAWM);
    if (yawm != null) {
      prefix = yawm.prefix();
      k = i + 1;
    }
    Clitics.Form wdForm = form(c, k, Lookup.WEEKDAYS);
    if (wdForm == null || (yawm != null && wdForm.prefix() > 0)) {
      return null;
    }
    if (yawm == null) {
      prefix = wdForm.prefix();
      if (prefix == 0 && familyName(c, i)) {
        c.noteFamilyName(wdForm.form());
        return null; // أحمد الخميس، بدر الخميس: a family name
      }
    }
    int wd = lex.weekdays.get(wdForm.form());
    int after = k + 1;
    int dateStart = linked(c, after);
    Val date = calendar.dateCore(c, dateStart);
    if (date != null && date.value() != null) {
      // the weekday alone when it falls on a later day of a list (the scan tags the listed days after it)
      Val listed = date.day() == null || date.day().getDayOfWeek().getValue() == wd ? null : onListedDay(c, wd, date, after);
      return calendar.withDayPart(c, i, prefix, listed != null ? listed : date);
    }
    int more = after; // الأربعاء والخميس الموافق 20 و21 شوال: the first weekdays of a list before a list of days
    while (isAndWeekday(c, more)) {
      more++;
    }
    if (more > after) {
      Val days = calendar.dateCore(c, linked(c, more));
      Val listed = days == null || days.value() == null ? null : onListedDay(c, wd, days, after);
      if (listed != null) {
        return calendar.withDayPart(c, i, prefix, listed);
      }
    }
    if (yawm == null && prefix == 0 && c.isFamilyName(wdForm.form())) {
      return null; // وقال الخميس after أحمد الخميس earlier in the text: the same man
    }
    String role = c.relative(after);
    int rel = relOf(role);
    int end = after;
    boolean future;
    boolean strict = false;
    int listRel = more > after ? relOf(c.relative(more)) : Integer.MIN_VALUE;
    if (rel == -1 || rel == 1) {
      future = rel == 1;
      strict = true;
      end = after + 1;
    } else if (listRel == -1 || listRel == 1) { // يومي السبت والأحد المقبلين: the adjective is the whole list's
      future = listRel == 1;
      strict = true;
    } else {
      future = isFutureSentence(c, i);
    }
    if (c.dct == null) {
      return calendar.withDayPart(c, i, prefix, new Val(end, null, TimeAnchor.DCT, null));
    }
    int today = c.dct.getDayOfWeek().getValue();
    LocalDate d;
    if (future) {
      int ahead = (wd - today + 7) % 7;
      d = c.dct.plusDays(ahead == 0 && strict ? 7 : ahead);
    } else {
      int back = (today - wd + 7) % 7;
      d = c.dct.minusDays(back == 0 && strict ? 7 : back);
    }
    return calendar.withDayPart(c, i, prefix, new Val(end, Timex.day(d), TimeAnchor.DCT, d));
  }

  /** Whether token j is و + a weekday (والخميس), the next weekday of a list. */
  private boolean isAndWeekday(Ctx c, int j) {
    Clitics.Form f = c.strip(j, Lookup.WEEKDAYS);
    return f != null && f.prefix() == 1 && c.word(j).charAt(0) == Clitics.WAW;
  }

  /**
   * The day of a list of days that falls on weekday {@code wd}, {@code date} being the list's first
   * day: in "الأربعاء والخميس الموافق 20 و21 شوال" the Wednesday is the 20th and the Thursday the 21st.
   * That day as the weekday's value, the weekday's span ending before token {@code end}; null when
   * {@code date} is no list's first day (no و and day after it) or no listed day falls on that
   * weekday.
   */
  private Val onListedDay(Ctx c, int wd, Val date, int end) {
    if (date.day() == null) {
      return null;
    }
    int listed = 0; // the days after the first: و12 و13 …
    for (int j = date.end(); c.word(j).equals("و"); listed++) {
      CalendarRules.Day next = calendar.dayAt(c, j + 1);
      if (next == null) {
        break;
      }
      j = next.end();
    }
    int ahead = (wd - date.day().getDayOfWeek().getValue() + 7) % 7;
    if (listed == 0 || ahead > listed) {
      return null;
    }
    LocalDate d = date.day().plusDays(ahead);
    return new Val(end, Timex.day(d), date.anchor(), d);
  }

  /** A future verb (سيزور، ستعقد) or marker (سوف، المقرر) in the sentence around token i. */
  boolean isFutureSentence(Ctx c, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
      if (c.endsSentence(k)) {
        break;
      }
      if (isFutureWord(c.word(k))) {
        return true;
      }
    }
    for (int k = i + 1; k < c.toks.size() && k <= i + 3; k++) {
      if (c.endsSentence(k)) {
        break;
      }
      if (isFutureWord(c.word(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} (a word's normalized form; "" for other tokens) marks the future: سـ + verb, سوف, غدا … */
  boolean isFutureWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    if (w.length() > 4 && (w.charAt(0) == Clitics.WAW || w.charAt(0) == Clitics.FEH) && w.charAt(1) == SEEN) {
      w = w.substring(1);
    }
    if (lex.futureMarkers.contains(w)) {
      return true;
    }
    return w.length() >= 4 && w.charAt(0) == SEEN && "يتنا".indexOf(w.charAt(1)) >= 0 && !lex.nonVerbs.contains(w);
  }

  Found deicticRule(Ctx c, int i) {
    PhraseTable.Hit<Integer> hit = lex.deicticDays.match(c, i);
    if (hit == null) {
      return null;
    }
    int end = hit.end();
    String next = c.word(end);
    boolean weekdayNext = c.isWeekday(end);
    if (c.toks.text(end - 1).equals("اليوم") && (next.startsWith("ال") && !weekdayNext || SAME.contains(next))) {
      return null; // اليوم التالي، اليوم الأخير، اليوم نفسه: a noun with its adjective, not today
    }
    if (weekdayNext) {
      end++;
    }
    Val date = calendar.dateCore(c, linked(c, end));
    if (date != null && date.value() != null) {
      return calendar.withDayPart(c, i, hit.prefix(), date);
    }
    int offset = hit.value();
    if (c.dct == null) {
      return found(c, i, hit.prefix(), end, TimeType.DATE, ref(offset), TimeAnchor.DCT);
    }
    LocalDate d = c.dct.plusDays(offset);
    return calendar.withDayPart(c, i, hit.prefix(), new Val(end, Timex.day(d), TimeAnchor.DCT, d));
  }

  /** صباح اليوم، مساء أمس، ليل الاثنين، صباحا (anchored), الليلة. */
  Found dayPartRule(Ctx c, int i) {
    // بعد ظهر اليوم is the afternoon, قبل ظهر الاثنين the late morning: the head is the next word
    String noon = NOON_SIDES.get(c.word(i));
    if (noon != null && !c.word(i + 1).equals("ظهر")) {
      return null; // بعد/قبل without ظهر: no part of a day starts here
    }
    int h = noon != null ? i + 1 : i;
    Clitics.Form head = form(c, h, Lookup.DAY_PART_HEADS);
    if (head != null && (h == i || head.prefix() == 0)) {
      int k = h + 1;
      Val day = null;
      PhraseTable.Hit<Integer> deictic = lex.deicticDays.match(c, k);
      if (deictic != null && c.dct != null) {
        LocalDate d = c.dct.plusDays(deictic.value());
        int end = deictic.end();
        if (c.isWeekday(end)) {
          end++; // مساء أمس الاثنين: the weekday names the same day
        }
        day = new Val(end, Timex.day(d), TimeAnchor.DCT, d);
      } else if (deictic == null) {
        Found wd = weekdayRule(c, k);
        LocalDate named = wd != null && wd.type() == TimeType.DATE && isFullDate(wd.value()) ? Timex.dayOf(wd.value()) : null;
        if (named != null) {
          day = new Val(wd.endTok(), wd.value(), wd.anchor(), named);
        } else {
          Val date = calendar.dateCore(c, k);
          if (date != null && date.day() != null) {
            day = date;
          }
        }
      }
      if (day != null) {
        String part = h > i ? noon : lex.dayPartHeads.get(head.form()).code();
        int prefix = h > i ? (c.word(i).charAt(0) == Clitics.WAW ? 1 : 0) : head.prefix();
        return found(c, i, prefix, day.end(), TimeType.TIME, Timex.day(day.day()) + "T" + part, day.anchor());
      }
    }
    Clitics.Form tonight = form(c, i, Lookup.TONIGHT);
    if (tonight != null && !c.word(i + 1).startsWith("ال")) {
      String v = c.dct == null ? "PRESENT_REF" : Timex.day(c.dct) + "TNI";
      return found(c, i, tonight.prefix(), i + 1, c.dct == null ? TimeType.DATE : TimeType.TIME, v, TimeAnchor.DCT);
    }
    String w = c.word(i);
    TimeLexicon.DayPart adverb = c.dayPartAdverb(i);
    if (adverb != null && !w.equals("مساء")) {
      LocalDate anchorDay = previousDayInSentence(c, i);
      if (anchorDay != null) {
        return found(c, i, 0, i + 1, TimeType.TIME, Timex.day(anchorDay) + "T" + adverb.code(), TimeAnchor.PREVIOUS);
      }
      if (c.dct != null) {
        return found(c, i, 0, i + 1, TimeType.TIME, Timex.day(c.dct) + "T" + adverb.code(), TimeAnchor.DCT);
      }
      return found(c, i, 0, i + 1, TimeType.TIME, null, TimeAnchor.DCT);
    }
    return null;
  }

  Found clockRule(Ctx c, int i) {
    int first = c.word(i).equals("تمام") ? i + 1 : i; // في تمام الساعة العاشرة، في تمام العاشرة صباحا
    Clitics.Form saa = form(c, first, Lookup.SAA);
    int k = saa != null ? first + 1 : first;
    // an hour word without الساعة (a feminine ordinal: العاشرة) is a time only with a part of the day
    // after it (العاشرة صباحا)
    boolean needsPart = saa == null && c.digits(k) == 0;
    // the second of two times joined by و (العاشرة صباحا والرابعة عصرا، بين الثامنة والتاسعة صباحا)
    boolean joined = needsPart && first == i && isJoinedHour(c.word(k)) && timeEndsAt(c, i);
    if (needsPart && !((joined || HOUR_WORDS.contains(c.word(k))) && partFollows(c, k + 1)
        && (first > i || joined || HOUR_LEADS.contains(c.word(i - 1))))) {
      return null; // and after a preposition: مواجهته الودية الثانية مساء اليوم is his second match, this evening
    }
    int hour;
    int minute = 0;
    if (c.digits(k) > 0) {
      int d = c.digits(k);
      // a number is read only when it is a time: most numbers are neither H:MM nor after الساعة
      if (c.punct(k + 1, ":") && c.digits(k + 2) == 2) {
        hour = c.num(k);
        minute = c.num(k + 2);
        k += 3;
      } else if (saa != null && d == 4) {
        int v = c.num(k);
        hour = v / 100;
        minute = v % 100;
        k += 1;
      } else if (saa != null && d <= 2) {
        hour = c.num(k);
        k += 1;
      } else {
        return null;
      }
    } else if (saa != null || needsPart) {
      String w = c.word(k);
      if (w.equals("الواحده")) {
        hour = 1;
        k++;
      } else {
        Optional<NumberMatch> m = c.tok(k) == null ? Optional.empty() : c.numberAt(k);
        if (m.isEmpty() || !m.get().ordinal() || m.get().value() > 12) {
          return null;
        }
        hour = (int) m.get().value();
        k = tokenEndingAt(c, k, m.get().span().end());
        if (k < 0) {
          return null;
        }
      }
      String fraction = c.word(k);
      int part = fractionMinutes(fraction);
      if (part > 0) {
        minute = part;
        k++;
      } else if (fraction.equals("الا") && c.word(k + 1).equals("ربعا") || fraction.equals("الا") && c.word(k + 1).equals("ربع")) {
        hour -= 1;
        minute = 45;
        k += 2;
      }
    } else {
      return null;
    }
    if (hour < 0 || hour > 24 || minute > 59) {
      return null;
    }
    // الساعة السادسة مساء اليوم السبت / من مساء اليوم: a part of a named day, which it dates
    Found partOfDay = partOfNamedDay(c, k);
    TimeLexicon.DayPart part = partOfDay == null ? c.dayPartAdverb(k) : null;
    if (part != null) {
      k++;
      hour = to24(hour, part.code());
    }
    AroundNoon aroundNoon = part == null && partOfDay == null ? AroundNoon.at(c, k) : null;
    if (aroundNoon != null) { // الساعة الثالثة بعد الظهر، الواحدة بعد منتصف الليل
      hour = aroundNoon.hour(hour);
      k += aroundNoon.tokens;
    }
    // the first of two hours sharing the part of the day written after the second (بين الثامنة
    // والتاسعة صباحا، ما بين الساعة الثانية والخامسة ظهرا): it ends before the second
    TimeLexicon.DayPart shared = part == null && partOfDay == null && aroundNoon == null && isJoinedHour(c.word(k))
        ? sharedPart(c, k + 1) : null;
    if (shared != null) {
      hour = to24(hour, shared.code());
    }
    if (partOfDay == null && form(c, k, Lookup.ZONE) != null && c.word(k + 1).length() > 0) {
      k += 2;
      if (c.word(k).startsWith("ال") && !c.isWeekday(k)) {
        k++; // بتوقيت مكة المكرمة
      }
      if (part == null) {
        partOfDay = partOfNamedDay(c, k); // الساعة الثامنة بتوقيت السعودية من مساء اليوم
      }
    }
    String dayValue = partOfDay == null ? null : partOfDay.value();
    String date = c.dct == null ? "XXXX-XX-XX" : Timex.day(c.dct);
    TimeAnchor anchor = c.dct == null ? TimeAnchor.ABSOLUTE : TimeAnchor.DCT;
    LocalDate prev = previousDayInSentence(c, i);
    if (prev != null) {
      date = Timex.day(prev);
      anchor = TimeAnchor.PREVIOUS;
    }
    if (partOfDay != null) {
      hour = to24(hour, dayValue.substring(11));
      date = dayValue.substring(0, 10);
      anchor = partOfDay.anchor();
      k = partOfDay.endTok();
    }
    if (needsPart && part == null && partOfDay == null && shared == null && aroundNoon == null) {
      return null;
    }
    int prefix = joined ? 1 : first > i ? 0 : saa != null ? saa.prefix() : 0;
    return found(c, i, prefix, k, TimeType.TIME, date + "T" + Timex.pad(hour % 24, 2) + ":" + Timex.pad(minute, 2), anchor);
  }

  /** Whether {@code w} is و and an hour word (والرابعة). */
  private static boolean isJoinedHour(String w) {
    return w.length() > 1 && w.charAt(0) == Clitics.WAW && HOUR_WORDS.contains(w.substring(1));
  }

  /** Whether the last expression found is a time of day ending just before token {@code i}. */
  private static boolean timeEndsAt(Ctx c, int i) {
    Found last = c.lastFound();
    return last != null && last.endTok() == i && last.type() == TimeType.TIME;
  }

  /** The minutes a fraction word after an hour adds (والنصف 30, والربع 15), or 0 for another word. */
  private static int fractionMinutes(String w) {
    return w.equals("والنصف") ? 30 : w.equals("والربع") ? 15 : 0;
  }

  /**
   * The part of the day written after the second of two joined hours, whose hour word is token
   * {@code k - 1}: an adverb right after it, or after its والنصف / والربع; null if none.
   */
  private static TimeLexicon.DayPart sharedPart(Ctx c, int k) {
    TimeLexicon.DayPart part = c.dayPartAdverb(k);
    if (part == null && fractionMinutes(c.word(k)) > 0) {
      part = c.dayPartAdverb(k + 1);
    }
    return part;
  }

  /**
   * The part of a named day at token {@code k} after a clock time (مساء اليوم السبت، صباح أمس), or
   * after من (من مساء اليوم، من الليلة): a TIME with its day; null if none is there.
   */
  private Found partOfNamedDay(Ctx c, int k) {
    boolean of = c.word(k).equals("من");
    int at = of ? k + 1 : k;
    Found f = dayPartRule(c, at);
    String v = f == null ? null : f.value();
    boolean named = f != null && (of || f.endTok() > at + 1); // an adverb alone (صباحا) names no day
    return named && f.type() == TimeType.TIME && v != null && v.length() == 13 && Character.isDigit(v.charAt(0)) ? f : null;
  }

  /**
   * Whether a part of the day follows an hour word ending at or before token {@code k}: an adverb
   * (صباحا، مساء) or من + a head (من صباح اليوم), after at most one more word (العاشرة والنصف صباحا,
   * الحادية عشرة ليلا).
   */
  private boolean partFollows(Ctx c, int k) {
    for (int j = k; j <= k + 1; j++) {
      String w = c.word(j);
      if (c.dayPartAdverb(j) != null || w.equals("من") && c.strip(j + 1, Lookup.DAY_PART_HEADS) != null
          || AroundNoon.at(c, j) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part of the day an hour is told by, written as a phrase of بعد / قبل after it. A noon of a
   * named day (بعد ظهر اليوم) is not one of these: it dates the hour ({@link #partOfNamedDay}).
   */
  private enum AroundNoon {
    /** بعد الظهر، بعد الظهيرة: the afternoon. */
    AFTER_NOON(2),
    /** بعد منتصف الليل: the small hours. */
    AFTER_MIDNIGHT(3),
    /** قبل منتصف الليل: late evening. */
    BEFORE_MIDNIGHT(3);

    /** The phrase's length in tokens. */
    final int tokens;

    AroundNoon(int tokens) {
      this.tokens = tokens;
    }

    /** Hour {@code h} (1–12) on the 24-hour clock. */
    int hour(int h) {
      return switch (this) {
        case AFTER_NOON -> to24(h, "AF");
        case BEFORE_MIDNIGHT -> to24(h, "NI");
        case AFTER_MIDNIGHT -> h % 12;
      };
    }

    /** The phrase at token {@code k}, or null for none. */
    static AroundNoon at(Ctx c, int k) {
      String w = c.word(k);
      boolean after = w.equals("بعد");
      if (!after && !w.equals("قبل")) {
        return null;
      }
      String next = c.word(k + 1);
      if (after && (next.equals("الظهر") || next.equals("الظهيره"))) {
        return AFTER_NOON;
      }
      if (next.equals("منتصف") && c.word(k + 2).equals("الليل")) {
        return after ? AFTER_MIDNIGHT : BEFORE_MIDNIGHT;
      }
      return null;
    }
  }

  static int to24(int hour, String part) {
    switch (part) {
      case "EV":
      case "AF":
        return hour < 12 ? hour + 12 : hour;
      case "NI":
        return hour >= 6 && hour < 12 ? hour + 12 : hour;
      case "MI":
        return hour < 6 ? hour + 12 : hour;
      default:
        return hour;
    }
  }

  /** هذا الأسبوع، الشهر الماضي، العام المقبل، العام الحالي 2015م، صيف 2015، هذا الصيف. */
  Found relativePeriodRule(Ctx c, int i) {
    Val v = relativePeriod(c, i);
    if (v == null) {
      return null;
    }
    Clitics.Form f = c.strip(i, Lookup.PERIODS);
    if (f == null) {
      f = c.strip(i, Lookup.SEASONS);
    }
    return found(c, i, f == null ? 0 : f.prefix(), v.end(), TimeType.DATE, v.value(), v.anchor());
  }

  Val relativePeriod(Ctx c, int i) {
    int k = i;
    boolean thisWord = false;
    if (c.isIn(i, WordSet.THIS)) {
      thisWord = true;
      k++;
    }
    String w = c.word(k);
    Clitics.Form periodForm = c.strip(k, Lookup.PERIODS);
    Clitics.Form seasonForm = periodForm == null ? c.strip(k, Lookup.SEASONS) : null;
    if (periodForm == null && seasonForm == null) {
      return null;
    }
    if (thisWord && (periodForm != null ? periodForm.prefix() : seasonForm.prefix()) > 0) {
      return null;
    }
    int rel;
    int end;
    if (thisWord) {
      rel = 0;
      end = k + 1;
    } else {
      rel = relOf(c.relative(k + 1));
      end = k + 2;
      if (rel == 1 && c.word(k + 1).isEmpty()) {
        return null;
      }
    }
    if (periodForm != null) {
      String unit = lex.relative.get(periodForm.form()).substring("period:".length());
      if (unit.equals("Y")) {
        CalendarRules.Year explicit = calendar.yearNumber(c, rel == Integer.MIN_VALUE ? k + 1 : end);
        if (explicit != null && !explicit.hijri()) {
          return new Val(explicit.end(), Timex.year(explicit.year()), TimeAnchor.ABSOLUTE, null);
        }
      }
      if (rel == Integer.MIN_VALUE) {
        return null;
      }
      if (!thisWord && c.word(k + 1).equals("السابق")) {
        return null; // العام السابق is "the previous year" of some event, not of the dct
      }
      if (c.dct == null) {
        return new Val(end, rel < 0 ? "PAST_REF" : rel > 0 ? "FUTURE_REF" : "PRESENT_REF", TimeAnchor.DCT, null);
      }
      switch (unit) {
        case "W":
          return new Val(end, Timex.week(c.dct.plusWeeks(rel)), TimeAnchor.DCT, null);
        case "M": {
          LocalDate d = c.dct.plusMonths(rel);
          return new Val(end, Timex.month(d.getYear(), d.getMonthValue()), TimeAnchor.DCT, null);
        }
        default:
          return new Val(end, Timex.year(c.dct.getYear() + rel), TimeAnchor.DCT, null);
      }
    }
    String season = lex.seasons.get(seasonForm.form());
    CalendarRules.Year explicit = calendar.yearNumber(c, k + 1);
    if (explicit != null && !explicit.hijri()) {
      return new Val(explicit.end(), Timex.year(explicit.year()) + "-" + season, TimeAnchor.ABSOLUTE, null);
    }
    if (rel == Integer.MIN_VALUE) {
      return null;
    }
    if (c.dct == null) {
      return new Val(end, rel < 0 ? "PAST_REF" : rel > 0 ? "FUTURE_REF" : "PRESENT_REF", TimeAnchor.DCT, null);
    }
    return new Val(end, Timex.year(c.dct.getYear() + rel) + "-" + season, TimeAnchor.DCT, null);
  }

  /** منتصف آذار/مارس 2011، أواخر الأسبوع الماضي، بنهاية شهر مايو الماضي: the inner value. */
  Found modifierRule(Ctx c, int i) {
    String w = c.word(i);
    Clitics.Form f = c.strip(i, Lookup.MODIFIERS);
    if (f == null) {
      return null;
    }
    int k = i + 1;
    Val inner = longerVal(calendar.dateCore(c, k), relativePeriod(c, k));
    Found year = calendar.yearRule(c, k);
    if (year != null && (inner == null || year.endTok() > inner.end())) {
      inner = new Val(year.endTok(), year.value(), year.anchor(), null);
    }
    if (inner == null) {
      Found wd = weekdayRule(c, k);
      if (wd != null) {
        inner = new Val(wd.endTok(), wd.value(), wd.anchor(), null);
      }
    }
    if (inner == null) {
      return null;
    }
    return found(c, i, f.prefix(), inner.end(), TimeType.DATE, inner.value(), inner.anchor());
  }

  /** في وقت سابق/لاحق (من) + a day: the day; في وقت سابق alone is handled as PAST_REF. */
  Found earlierLaterRule(Ctx c, int i) {
    // وقت is a word set's (so a key of the word table): after the many في that start no such phrase
    // the next word is rejected by its slot without being read
    if (!c.isIn(i + 1, WordSet.WAQT)) {
      return null;
    }
    if (!c.word(i).equals("في") && !c.word(i).equals("وفي")) {
      return null;
    }
    if (!(c.word(i + 2).equals("سابق") || c.word(i + 2).equals("لاحق"))) {
      return null;
    }
    int k = i + 3;
    if (c.word(k).equals("من")) {
      k++;
    }
    Found inner = null;
    inner = longer(inner, weekdayRule(c, k));
    inner = longer(inner, deicticRule(c, k));
    inner = longer(inner, relativePeriodRule(c, k));
    inner = longer(inner, calendar.dateRule(c, k));
    if (inner == null) {
      return null;
    }
    int prefix = c.word(i).equals("وفي") ? 1 : 0;
    return found(c, i, prefix, inner.endTok(), inner.type(), inner.value(), inner.anchor());
  }

  Found referenceRule(Ctx c, int i) {
    PhraseTable.Hit<String> hit = lex.references.match(c, i);
    if (hit == null) {
      return null;
    }
    if (c.word(hit.end() - 1).equals("الاخيره") && c.word(hit.end()).equals("من")) {
      return null; // الأيام الأخيرة من رمضان: the last days of a named period, not recent days
    }
    return found(c, i, hit.prefix(), hit.end(), TimeType.DATE, hit.value(), TimeAnchor.DCT);
  }


  /** A complete calendar day (YYYY-MM-DD); "XXXX-07-12" (no year known) is not one. */
  private static boolean isFullDate(String value) {
    return value != null && value.length() == 10 && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(3));
  }
}
