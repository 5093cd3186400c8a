package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The value strings of {@link Timex}, one test per form, and the padding against {@code String.format}. */
class TimexTest {

  @Test
  void yearHasFourDigits() {
    assertEquals("2011", Timex.year(2011));
    assertEquals("0622", Timex.year(622));
  }

  @Test
  void monthHasYearAndTwoDigits() {
    assertEquals("2011-07", Timex.month(2011, 7));
    assertEquals("2015-12", Timex.month(2015, 12));
  }

  @Test
  void weekIsTheIsoWeekOfItsWeekBasedYear() {
    assertEquals("2015-W28", Timex.week(LocalDate.of(2015, 7, 8)));
    assertEquals("2020-W53", Timex.week(LocalDate.of(2021, 1, 1))); // Friday 1 January 2021 is in 2020's last week
  }

  @Test
  void wholeDurations() {
    assertEquals("P5Y", Timex.duration(5, "Y"));
    assertEquals("P3M", Timex.duration(3, "M"));
    assertEquals("P2W", Timex.duration(2, "W"));
    assertEquals("P3D", Timex.duration(3, "D"));
    assertEquals("P48H", Timex.duration(48, "H"));
    assertEquals("PT10M", Timex.duration(10, "MIN"));
    assertEquals("PT30S", Timex.duration(30, "SEC"));
    assertEquals("P20Y", Timex.duration(2, "DE"));
    assertEquals("P100Y", Timex.duration(1, "CE"));
    assertEquals("P1000Y", Timex.duration(1, "ML"));
  }

  @Test
  void halfDurationsCountTheHalfInTheNextFinerUnit() {
    assertEquals("P5Y6M", Timex.duration(5.5, "Y")); // خمس سنوات ونصف
    assertEquals("P6M", Timex.duration(0.5, "Y")); // نصف عام
    assertEquals("P1M15D", Timex.duration(1.5, "M"));
    assertEquals("P10DT12H", Timex.duration(1.5, "W"));
    assertEquals("P2DT12H", Timex.duration(2.5, "D"));
    assertEquals("PT1H30M", Timex.duration(1.5, "H")); // ساعة ونصف
    assertEquals("PT30M", Timex.duration(0.5, "H")); // نصف ساعة
    assertEquals("PT2M30S", Timex.duration(2.5, "MIN"));
    assertEquals("P50Y", Timex.duration(0.5, "CE")); // نصف قرن
  }

  @Test
  void weekAtTheTurnOfTheYear() {
    assertEquals("2015-W01", Timex.week(LocalDate.of(2014, 12, 29)), "Monday 29 December 2014 starts 2015's first week");
    assertEquals("2015-W53", Timex.week(LocalDate.of(2016, 1, 3)), "Sunday 3 January 2016 ends 2015's last week");
    assertEquals("2016-W01", Timex.week(LocalDate.of(2016, 1, 4)));
    assertEquals("2016-W52", Timex.week(LocalDate.of(2017, 1, 1)), "2016 has 52 weeks");
  }

  @Property(tries = 2000)
  void weekIsWhatIsoFieldsGive(@ForAll @LongRange(min = -700_000, max = 2_900_000) long epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay); // years about 54 to 9900
    assertEquals(Timex.pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + Timex.pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2),
        Timex.week(d));
  }

  @Test
  void weekOnEveryDayOfTheNewsYears() {
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2101; d = d.plusDays(1)) {
      assertEquals(String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
          Timex.week(d), d.toString());
    }
  }

  @Test
  void dayOfReadsTheDayAValueStartsWith() {
    assertEquals(LocalDate.of(2011, 7, 11), Timex.dayOf("2011-07-11"));
    assertEquals(LocalDate.of(2011, 7, 11), Timex.dayOf("2011-07-11T10:00"), "a time of the day");
    assertEquals(LocalDate.of(2016, 2, 29), Timex.dayOf("2016-02-29TNI"));
    assertNull(Timex.dayOf("2015-02-29"), "no such day");
    assertNull(Timex.dayOf("2011-07"), "a month");
    assertNull(Timex.dayOf("2011-W28-WE"), "a week");
    assertNull(Timex.dayOf("XXXX-07-11"));
    assertNull(Timex.dayOf("٢٠١١-07-11"), "ASCII digits only, as LocalDate.parse");
    assertNull(Timex.dayOf("P2011-07-1"));
    assertNull(Timex.dayOf(null));
  }

  @Property(tries = 3000)
  void dayOfIsWhatLocalDateParseReads(@ForAll("valueLike") String value) {
    LocalDate expected;
    try {
      expected = value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      expected = null;
    }
    assertEquals(expected, Timex.dayOf(value), value);
  }

  /**
   * Strings like the values the rules make and like broken ones: days (with a time or not), numbers
   * in the day's shape that may be no day (2015-02-29, month 13), and strings of digits, dashes and
   * a few letters.
   */
  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> valueLike() {
    net.jqwik.api.Arbitrary<String> days = net.jqwik.api.Arbitraries.longs().between(-1_000, 3_000_000)
        .map(e -> LocalDate.ofEpochDay(e).toString());
    net.jqwik.api.Arbitrary<String> shaped = net.jqwik.api.Combinators.combine(
            net.jqwik.api.Arbitraries.integers().between(0, 9999), net.jqwik.api.Arbitraries.integers().between(0, 13),
            net.jqwik.api.Arbitraries.integers().between(0, 32))
        .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    net.jqwik.api.Arbitrary<String> broken = net.jqwik.api.Arbitraries.strings().withChars("0123456789-TXWNI+")
        .ofMinLength(8).ofMaxLength(13);
    net.jqwik.api.Arbitrary<String> suffix = net.jqwik.api.Arbitraries.of("", "T10:00", "TNI", "-W");
    return net.jqwik.api.Combinators.combine(net.jqwik.api.Arbitraries.oneOf(days, shaped, broken), suffix).as(String::concat);
  }

  @Test
  void hijriDatesConvertAsTheChronologyDoes() {
    int first = (int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMinimum();
    int last = (int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMaximum();
    for (int y = first - 2; y <= last + 2; y++) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 31; d++) {
          LocalDate expected;
          try {
            expected = LocalDate.from(HijrahDate.of(y, m, d));
          } catch (DateTimeException | ArrayIndexOutOfBoundsException e) {
            expected = null; // JDK 17 indexes its month table before it checks a 13th month of the last year
          }
          assertEquals(expected, Timex.fromHijri(y, m, d), y + "-" + m + "-" + d);
        }
      }
    }
  }

  @Test
  void hijriYearOfEveryDayAsTheChronologyGives() {
    LocalDate from = LocalDate.from(HijrahDate.of((int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMinimum(), 1, 1));
    LocalDate to = LocalDate.from(HijrahDate.of((int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMaximum(), 12, 1));
    for (LocalDate d = from.minusDays(40); d.isBefore(to.plusDays(70)); d = d.plusDays(1)) {
      int expected;
      try {
        expected = HijrahDate.from(d).get(ChronoField.YEAR);
      } catch (DateTimeException e) {
        expected = -1;
      }
      assertEquals(expected, Timex.hijriYearOf(d), d.toString());
    }
    assertEquals(1432, Timex.hijriYearOf(LocalDate.of(2011, 7, 11)));
    assertEquals(LocalDate.of(2015, 6, 18), Timex.fromHijri(1436, 9, 1), "1 Ramadan 1436");
    assertNull(Timex.fromHijri(1601, 1, 1), "after the calendar's last year: no date (the JDK itself throws an index error)");
    assertNull(Timex.fromHijri(1436, 13, 1));
    assertNull(Timex.fromHijri(1436, 9, 31));
  }

  @Test
  void theHijriTableHoldsTheChronologysYears() {
    int first = (int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMinimum();
    assertTrue(Timex.HijriMonths.holds(first));
    assertTrue(Timex.HijriMonths.holds(1436));
  }

  @Property(tries = 500)
  void padWritesWhatFormatWrites(@ForAll @LongRange(min = -99_999, max = 9_999_999) long v, @ForAll @IntRange(min = 1, max = 6) int width) {
    assertEquals(String.format("%0" + width + "d", v), Timex.pad(v, width));
  }

  @Property(tries = 300)
  void monthWritesWhatFormatWrites(@ForAll @IntRange(min = 0, max = 12_000) int y, @ForAll @IntRange(min = 1, max = 12) int m) {
    assertEquals(String.format("%04d-%02d", y, m), Timex.month(y, m));
  }

  @Property(tries = 1000)
  void dayWritesWhatLocalDateWrites(@ForAll @LongRange(min = -800_000, max = 3_500_000) long epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay); // years about -220 to 11600: signs, fewer and more digits
    assertEquals(d.toString(), Timex.day(d));
  }

  @Test
  void dayAtTheEdgesOfFourDigitYears() {
    for (LocalDate d : new LocalDate[] {LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(2011, 7, 11),
        LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 3, 9)}) {
      assertEquals(d.toString(), Timex.day(d));
    }
    assertEquals("2011-07-11", Timex.day(LocalDate.of(2011, 7, 11)));
  }

  @Test
  void fractionOtherThanAHalfIsADecimalOfTheUnit() {
    assertEquals("PT16.7S", Timex.duration(16.7, "SEC"));
    assertEquals("PT4.5S", Timex.duration(4.5, "SEC"), "seconds have no finer unit for the half");
    assertEquals("P2.3Y", Timex.duration(2.3, "Y"));
    assertEquals("PT34.66M", Timex.duration(34.66, "MIN"));
    assertEquals("PT1.3H", Timex.duration(1.3, "H"));
    assertEquals("P7Y6M", Timex.duration(7.5, "Y"), "a half stays in the next finer unit");
    assertEquals("P23Y", Timex.duration(2.3, "DE"), "decades as years, the point moved exactly");
    assertEquals("P4.1Y", Timex.duration(0.41, "DE"));
  }
}
