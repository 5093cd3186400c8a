package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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
