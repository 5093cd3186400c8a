package org.rasid.extract.time;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * The word lists of the time tagger, loaded from UTF-8 resources next to this class (each file's
 * header says where its words come from) and from Unicode CLDR via ICU4J (standard Gregorian month
 * names of the Arabic locales, Islamic month names). All keys are normalized with {@link
 * ArabicNormalizer}. Immutable once built; {@link #bundled()} does the I/O.
 */
final class TimeLexicon {

  /** A duration unit: TIMEX unit code and grammatical count (1 singular, 2 dual, 0 plural). */
  record Unit(String code, int count) {}

  /** A holiday fixed in a calendar: Hijri or Gregorian, month and day. */
  record Holiday(boolean hijri, int month, int day) {}

  /** A part of the day: TIMEX code (MO, MI, AF, EV, NI). */
  record DayPart(String code) {}

  /** CLDR locales whose Gregorian month names Arabic news uses. */
  private static final String[] CLDR_LOCALES = {"ar", "ar_EG", "ar_SY", "ar_IQ", "ar_LB", "ar_DZ", "ar_TN", "ar_MA", "ar_MR"};

  final PhraseTable<Integer> gregorianMonths;
  final PhraseTable<Integer> hijriMonths;
  final PhraseTable<Integer> deicticDays;
  final PhraseTable<String> references;
  final PhraseTable<Holiday> holidays;
  /** Given names: a weekday right after one is a family name (أحمد الخميس). */
  final Set<String> givenNames;
  /** Titles before a given name (الملك سلمان الخميس: the weekday is one). */
  final Set<String> titles;
  /** Titles right before a family name (الدكتور الخميس: the weekday is the name). */
  final Set<String> surnameTitles;
  /** Adjectives that belong to a Hijri month or holiday name after it (المبارك، الحرام). */
  final Set<String> honorifics;
  final Map<String, Integer> weekdays;
  final Map<String, Unit> units;
  final Map<String, DayPart> dayPartHeads;
  final Map<String, DayPart> dayPartAdverbs;
  final Set<String> tonight;
  final Map<String, String> relative;
  final Set<String> futureMarkers;
  final Set<String> nonVerbs;
  final Set<String> continuative;
  final Map<String, Integer> decades;
  final Map<String, String> seasons;
  final Map<String, String> sets;

  private TimeLexicon(Builder b) {
    gregorianMonths = b.gregorian.build();
    hijriMonths = b.hijri.build();
    deicticDays = b.deictic.build();
    references = b.references.build();
    holidays = b.holidays.build();
    honorifics = Set.copyOf(b.honorifics);
    givenNames = Set.copyOf(b.givenNames);
    titles = Set.copyOf(b.titles);
    surnameTitles = Set.copyOf(b.surnameTitles);
    weekdays = Map.copyOf(b.weekdays);
    units = Map.copyOf(b.units);
    dayPartHeads = Map.copyOf(b.heads);
    dayPartAdverbs = Map.copyOf(b.adverbs);
    tonight = Set.copyOf(b.tonight);
    relative = Map.copyOf(b.relative);
    futureMarkers = Set.copyOf(b.future);
    nonVerbs = Set.copyOf(b.nonVerbs);
    continuative = Set.copyOf(b.continuative);
    decades = Map.copyOf(b.decades);
    seasons = Map.copyOf(b.seasons);
    sets = Map.copyOf(b.sets);
  }

  /** First words of every multi-word table (months, deictic days, references). */
  Set<String> phraseHeads() {
    Set<String> out = new HashSet<>();
    for (PhraseTable<?> t : phraseTables()) {
      out.addAll(t.heads());
    }
    return out;
  }

  /** Every phrase table of the lexicon. */
  List<PhraseTable<?>> phraseTables() {
    return List.of(gregorianMonths, hijriMonths, deicticDays, references, holidays);
  }

  /** Loads the bundled lists and the CLDR names; fails loudly when a list is missing. */
  static TimeLexicon bundled() {
    Builder b = new Builder();
    for (String[] r : rows("gregorian-months.txt")) {
      b.gregorian.add(r[0], Integer.parseInt(r[1]), r.length > 2 && r[2].equals("amb"));
    }
    for (String loc : CLDR_LOCALES) {
      String[] names = new DateFormatSymbols(new GregorianCalendar(), new ULocale(loc)).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
      for (int m = 0; m < 12; m++) {
        b.gregorian.add(names[m], m + 1, false); // duplicates of the list above (with their amb flag) are kept once
      }
    }
    for (String[] r : rows("hijri-months.txt")) {
      b.hijri.add(r[0], Integer.parseInt(r[1]), r.length > 2 && r[2].equals("amb"));
    }
    String[] hijri = new DateFormatSymbols(new IslamicCalendar(), new ULocale("ar")).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    for (int m = 0; m < 12; m++) {
      b.hijri.add(hijri[m], m + 1, m == 1 || m == 6 || m == 8);
    }
    for (String[] r : rows("deictic-days.txt")) {
      b.deictic.add(r[0], Integer.parseInt(r[1]), false);
    }
    for (String[] r : rows("references.txt")) {
      b.references.add(r[0], r[1], false);
    }
    for (String[] r : rows("holidays.txt")) {
      if (r.length != 4 || !(r[1].equals("H") || r[1].equals("G"))) {
        throw new IllegalStateException("holidays.txt: bad row " + String.join("\t", r));
      }
      b.holidays.add(r[0], new Holiday(r[1].equals("H"), Integer.parseInt(r[2]), Integer.parseInt(r[3])), false);
    }
    rows("honorifics.txt").forEach(r -> b.honorifics.add(norm(r[0])));
    for (String[] r : rows("name-context.txt")) {
      switch (r[1]) {
        case "given" -> b.givenNames.add(norm(r[0]));
        case "title" -> b.titles.add(norm(r[0]));
        case "honorific" -> b.surnameTitles.add(norm(r[0]));
        default -> throw new IllegalStateException("name-context.txt: unknown role " + r[1]);
      }
    }
    for (String[] r : rows("weekdays.txt")) {
      b.weekdays.put(norm(r[0]), Integer.parseInt(r[1]));
    }
    for (String[] r : rows("units.txt")) {
      b.units.put(norm(r[0]), new Unit(r[1], r[2].equals("N") ? 0 : Integer.parseInt(r[2])));
    }
    for (String[] r : rows("parts-of-day.txt")) {
      switch (r[2]) {
        case "head" -> b.heads.put(norm(r[0]), new DayPart(r[1]));
        case "adverb" -> b.adverbs.put(norm(r[0]), new DayPart(r[1]));
        case "tonight" -> b.tonight.add(norm(r[0]));
        default -> throw new IllegalStateException("parts-of-day.txt: unknown role " + r[2]);
      }
    }
    for (String[] r : rows("relative-words.txt")) {
      b.relative.put(norm(r[0]), r[1]);
    }
    rows("future-markers.txt").forEach(r -> b.future.add(norm(r[0])));
    rows("nonverbs.txt").forEach(r -> b.nonVerbs.add(norm(r[0])));
    rows("continuative.txt").forEach(r -> b.continuative.add(norm(r[0])));
    for (String[] r : rows("decades.txt")) {
      b.decades.put(norm(r[0]), Integer.parseInt(r[1]));
    }
    for (String[] r : rows("seasons.txt")) {
      b.seasons.put(norm(r[0]), r[1]);
    }
    for (String[] r : rows("sets.txt")) {
      b.sets.put(norm(r[0]), r[1]);
    }
    return new TimeLexicon(b);
  }

  private static String norm(String s) {
    return ArabicNormalizer.get().normalize(s).trim();
  }

  /** Non-comment rows of a bundled list, split at tabs. */
  private static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = TimeLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing time lexicon resource org/rasid/extract/time/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.strip().split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read time lexicon " + name, e);
    }
    return out;
  }

  private static final class Builder {
    final PhraseTable.Builder<Integer> gregorian = PhraseTable.builder();
    final PhraseTable.Builder<Integer> hijri = PhraseTable.builder();
    final PhraseTable.Builder<Integer> deictic = PhraseTable.builder();
    final PhraseTable.Builder<String> references = PhraseTable.builder();
    final PhraseTable.Builder<Holiday> holidays = PhraseTable.builder();
    final Set<String> honorifics = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    final Set<String> surnameTitles = new HashSet<>();
    final Map<String, Integer> weekdays = new HashMap<>();
    final Map<String, Unit> units = new HashMap<>();
    final Map<String, DayPart> heads = new HashMap<>();
    final Map<String, DayPart> adverbs = new HashMap<>();
    final Set<String> tonight = new HashSet<>();
    final Map<String, String> relative = new HashMap<>();
    final Set<String> future = new HashSet<>();
    final Set<String> nonVerbs = new HashSet<>();
    final Set<String> continuative = new HashSet<>();
    final Map<String, Integer> decades = new HashMap<>();
    final Map<String, String> seasons = new HashMap<>();
    final Map<String, String> sets = new HashMap<>();
  }
}
