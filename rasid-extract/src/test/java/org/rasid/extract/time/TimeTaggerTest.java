package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeExpression;
import org.rasid.core.model.TimeType;

/** One test per rule family of the time tagger, with Arabic literals and a fixed dct. */
class TimeTaggerTest {

  /** Wednesday 5 October 2016. */
  private static final LocalDate DCT = LocalDate.of(2016, 10, 5);
  private static final TimeTagger TAGGER = TimeTagger.create();

  private static TimeExpression only(String text, LocalDate dct) {
    List<TimeExpression> all = TAGGER.tag(text, dct);
    assertEquals(1, all.size(), () -> "expected one time in «" + text + "», got " + all);
    TimeExpression t = all.get(0);
    assertEquals(t.text(), text.substring(t.span().start(), t.span().end()));
    return t;
  }

  private static void assertTime(String text, String expectedSpan, TimeType type, String value) {
    TimeExpression t = only(text, DCT);
    assertEquals(expectedSpan, t.text(), "span of «" + text + "»");
    assertEquals(type, t.type(), "type of «" + text + "»");
    assertEquals(value, t.value(), "value of «" + text + "»");
  }

  @Test
  void testEmptyText() {
    assertTrue(TAGGER.tag("", DCT).isEmpty());
    assertTrue(TAGGER.tag("قال الوزير إن المحادثات مستمرة", DCT).isEmpty());
  }

  @Test
  void testFullDateWithWeekdayIsOneExpression() {
    TimeExpression t = only("طالبت فرنسا الثلاثاء 12 يوليو 2011، بعقد اجتماع", DCT);
    assertEquals("الثلاثاء 12 يوليو 2011", t.text());
    assertEquals("2011-07-12", t.value());
    assertEquals(TimeAnchor.ABSOLUTE, t.anchor());
  }

  @Test
  void testArabicIndicDigitsDate() {
    assertTime("في ٢٥ سبتمبر ٢٠١٦ اجتمع المجلس", "٢٥ سبتمبر ٢٠١٦", TimeType.DATE, "2016-09-25");
  }

  @Test
  void testLevantineMonthNames() {
    assertTime("في 3 كانون الثاني 2015", "3 كانون الثاني 2015", TimeType.DATE, "2015-01-03");
    assertTime("منذ تشرين الأول 2012", "تشرين الأول 2012", TimeType.DATE, "2012-10");
  }

  @Test
  void testMaghrebiMonthNames() {
    assertTime("يوم 14 جانفي 2011 غادر", "يوم 14 جانفي 2011", TimeType.DATE, "2011-01-14");
    assertTime("في جويلية 2013", "جويلية 2013", TimeType.DATE, "2013-07");
  }

  @Test
  void testDoubledMonthNames() {
    assertTime("منذ بدء انتفاضة في مارس اذار ضد", "مارس اذار", TimeType.DATE, "2016-03");
    assertTime("في منتصف آذار/مارس 2011.", "منتصف آذار/مارس 2011", TimeType.DATE, "2011-03");
    assertTime("يوم 24 يوليو(تموز)، وهو", "يوم 24 يوليو(تموز)", TimeType.DATE, "2016-07-24");
    assertTime("في 12 ايلول ( سبتمبر ) الماضي", "12 ايلول ( سبتمبر )", TimeType.DATE, "2016-09-12");
  }

  @Test
  void testAmbiguousMonthNeedsContext() {
    assertTrue(TAGGER.tag("مارس الضغط على الحكومة", DCT).isEmpty(), "مارس here is a verb");
  }

  @Test
  void testOrdinalDayWords() {
    assertTime("سيزور موسكو يوم الخميس السادس من أكتوبر", "يوم الخميس السادس من أكتوبر", TimeType.DATE, "2016-10-06");
    assertTime("في الأول من مارس", "الأول من مارس", TimeType.DATE, "2016-03-01");
    assertTime("في الحادي والعشرين من مارس", "الحادي والعشرين من مارس", TimeType.DATE, "2016-03-21");
  }

  @Test
  void testDayMonthOfLastYear() {
    assertTime("في الثاني من شهر نوفمبر/ تشرين الثاني من العام الماضي", "الثاني من شهر نوفمبر/ تشرين الثاني من العام الماضي",
        TimeType.DATE, "2015-11-02");
  }

  @Test
  void testMonthWithRelativeAdjective() {
    assertTime("في شهر مايو الماضي", "شهر مايو الماضي", TimeType.DATE, "2016-05");
    assertTime("حتى ديسمبر المقبل", "ديسمبر المقبل", TimeType.DATE, "2016-12");
    assertTime("حتى فبراير المقبل", "فبراير المقبل", TimeType.DATE, "2017-02");
  }

  @Test
  void testHijriDates() {
    assertTime("في 4 جمادى الأول 1439 هجريا", "4 جمادى الأول 1439 هجريا", TimeType.DATE, "2018-01-21");
    assertTime("التاريخ: 9-10-1436هـ", "9-10-1436هـ", TimeType.DATE, "2015-07-25");
    assertTime("خلال شهر رمضان 1436هـ", "شهر رمضان 1436هـ", TimeType.DATE, "2015-07");
  }

  @Test
  void testNumericDates() {
    assertTime("الموافق 25 / 7 / 2015 م إلى", "25 / 7 / 2015 م", TimeType.DATE, "2015-07-25");
    assertTime("بتاريخ 2016-09-25 صدر", "2016-09-25", TimeType.DATE, "2016-09-25");
  }

  @Test
  void testYears() {
    assertTime("منذ عام 1999", "عام 1999", TimeType.DATE, "1999");
    assertTime("خلال العام الحالي 2015م جاءت", "العام الحالي 2015م", TimeType.DATE, "2015");
    assertTime("في 2011 اندلعت", "2011", TimeType.DATE, "2011");
    assertTime("عام 1435هـ", "عام 1435هـ", TimeType.DATE, "2014");
  }

  @Test
  void testFourDigitCountIsNotAYear() {
    assertTrue(TAGGER.tag("قتل 1400 مدني على الاقل", DCT).isEmpty());
  }

  @Test
  void testDecadesAndCenturies() {
    assertTime("في التسعينيات من القرن الماضي", "التسعينيات من القرن الماضي", TimeType.DATE, "199");
    assertTime("في القرن العشرين", "القرن العشرين", TimeType.DATE, "19");
  }

  @Test
  void testSeasons() {
    assertTime("في صيف 2015", "صيف 2015", TimeType.DATE, "2015-SU");
    assertTime("هذا الشتاء", "هذا الشتاء", TimeType.DATE, "2016-WI");
    assertTrue(TAGGER.tag("ثورات الربيع العربي", DCT).isEmpty());
  }

  @Test
  void testWeekdayPastByDefault() {
    assertTime("وعلقت واشنطن المحادثات يوم الاثنين", "يوم الاثنين", TimeType.DATE, "2016-10-03");
    assertTime("قال الوزير الأربعاء", "الأربعاء", TimeType.DATE, "2016-10-05");
  }

  @Test
  void testWeekdayFutureByTense() {
    assertTime("سيسافر الوزير إلى روسيا يوم الخميس", "يوم الخميس", TimeType.DATE, "2016-10-06");
    assertTime("ومن المقرر أن يجتمع المجلس السبت", "السبت", TimeType.DATE, "2016-10-08");
  }

  @Test
  void testWeekdayWithAdjective() {
    assertTime("الخميس المقبل", "الخميس المقبل", TimeType.DATE, "2016-10-06");
    assertTime("الأربعاء الماضي", "الأربعاء الماضي", TimeType.DATE, "2016-09-28");
  }

  @Test
  void testWeekdayWithoutDctHasNoValue() {
    TimeExpression t = only("يوم الاثنين", null);
    assertNull(t.value());
  }

  @Test
  void testDeicticDays() {
    assertTime("هجوم شنه أمس الاثنين موالون", "أمس الاثنين", TimeType.DATE, "2016-10-04");
    assertTime("إلى موسكو غدا الخميس", "غدا الخميس", TimeType.DATE, "2016-10-06");
    assertTime("وإلى واشنطن بعد غد الجمعة", "بعد غد الجمعة", TimeType.DATE, "2016-10-07");
    assertTime("مؤتمر الأمس", "الأمس", TimeType.DATE, "2016-10-04");
    assertTime("أمس الأول السبت", "أمس الأول السبت", TimeType.DATE, "2016-10-03");
    assertTime("سقط 50 قتيلا اليوم الأربعاء", "اليوم الأربعاء", TimeType.DATE, "2016-10-05");
  }

  @Test
  void testMonthAndDayWithoutDctKeepUnknownYear() {
    assertEquals("XXXX-10-06", only("السادس من أكتوبر", null).value());
    assertEquals("XXXX-05", only("في شهر مايو", null).value());
    assertEquals("2011-07-12", only("12 يوليو 2011", null).value());
  }

  @Test
  void testDeicticWithoutDctIsReference() {
    assertEquals("PAST_REF", only("وصل أمس", null).value());
    assertEquals("FUTURE_REF", only("يصل غدا", null).value());
  }

  @Test
  void testTodayFollowedByAdjectiveIsNotToday() {
    assertTrue(TAGGER.tag("في اليوم التالي", DCT).isEmpty());
  }

  @Test
  void testPartsOfDay() {
    assertTime("ما حدث مساء امس يثبت", "مساء امس", TimeType.TIME, "2016-10-04TEV");
    assertTime("صباح اليوم", "صباح اليوم", TimeType.TIME, "2016-10-05TMO");
    assertTime("الليلة", "الليلة", TimeType.TIME, "2016-10-05TNI");
  }

  @Test
  void testPartOfDayAdverbAnchoredToPreviousDate() {
    List<TimeExpression> all = TAGGER.tag("قتل الجمعة 29 شخصا في دمشق صباحا", DCT);
    assertEquals(2, all.size(), all::toString);
    assertEquals("صباحا", all.get(1).text());
    assertEquals("2016-09-30TMO", all.get(1).value());
    assertEquals(TimeAnchor.PREVIOUS, all.get(1).anchor());
  }

  @Test
  void testClockTimes() {
    assertTime("في الساعة العاشرة صباحا", "الساعة العاشرة صباحا", TimeType.TIME, "2016-10-05T10:00");
    assertTime("عند 7:30 مساء بتوقيت بيروت", "7:30 مساء بتوقيت بيروت", TimeType.TIME, "2016-10-05T19:30");
    assertTime("بحلول الساعة التاسعة والنصف صباحا بتوقيت غرينتش", "الساعة التاسعة والنصف صباحا بتوقيت غرينتش",
        TimeType.TIME, "2016-10-05T09:30");
    assertTime("الساعة 0928 بتوقيت جرينتش", "الساعة 0928 بتوقيت جرينتش", TimeType.TIME, "2016-10-05T09:28");
  }

  @Test
  void testRelativePeriods() {
    assertTime("وقع هذا الاسبوع", "هذا الاسبوع", TimeType.DATE, "2016-W40");
    assertTime("الأسبوع الماضي كان الأسوأ", "الأسبوع الماضي", TimeType.DATE, "2016-W39");
    assertTime("الشهر الماضي", "الشهر الماضي", TimeType.DATE, "2016-09");
    assertTime("العام المقبل", "العام المقبل", TimeType.DATE, "2017");
    assertTime("اواخر الاسبوع الماضي", "اواخر الاسبوع الماضي", TimeType.DATE, "2016-W39");
  }

  @Test
  void testGeneralIsNotAYear() {
    assertTrue(TAGGER.tag("الأمين العام للأمم المتحدة", DCT).isEmpty());
  }

  @Test
  void testEarlierLaterOnADay() {
    assertTime("في وقت لاحق من يوم الثلاثاء", "في وقت لاحق من يوم الثلاثاء", TimeType.DATE, "2016-10-04");
    assertTime("أعلن في وقت سابق أن", "في وقت سابق", TimeType.DATE, "PAST_REF");
  }

  @Test
  void testAgo() {
    assertTime("منذ ان خلف والده قبل 11 عاما.", "قبل 11 عاما", TimeType.DATE, "2005");
    assertTime("انشق منذ ثلاثة أيام", "منذ ثلاثة أيام", TimeType.DATE, "2016-10-02");
    assertTime("غادر قبل أسبوعين", "قبل أسبوعين", TimeType.DATE, "2016-W38");
  }

  @Test
  void testAgoBeforeYearOneIsOnlyPast() {
    assertEquals("PAST_REF", only("قبل 2011 عاما", LocalDate.of(1990, 1, 1)).value());
  }

  @Test
  void testSinceAfterContinuingStateIsDuration() {
    assertTime("الحرب المستمرة منذ خمس سنوات", "منذ خمس سنوات", TimeType.DURATION, "P5Y");
    assertTime("منذ أشهر طويلة", "منذ أشهر طويلة", TimeType.DURATION, "PXM");
  }

  @Test
  void testDurations() {
    assertTime("هدنة لمدة 48 ساعة", "لمدة 48 ساعة", TimeType.DURATION, "P48H");
    assertTime("خلال ست سنوات", "ست سنوات", TimeType.DURATION, "P6Y");
    assertTime("قرابة 6 سنوات من النزاع", "6 سنوات", TimeType.DURATION, "P6Y");
    assertTime("لمدة أسبوعين", "لمدة أسبوعين", TimeType.DURATION, "P2W");
    assertTime("خمس سنوات ونصف السنة", "خمس سنوات ونصف السنة", TimeType.DURATION, "P5Y6M");
    assertTime("خلال السنوات الـ6 الماضية", "السنوات الـ6 الماضية", TimeType.DURATION, "P6Y");
    assertTime("في اليومين الماضيين", "اليومين الماضيين", TimeType.DURATION, "P2D");
    assertTime("الأيام الثلاثة الماضية", "الأيام الثلاثة الماضية", TimeType.DURATION, "P3D");
  }

  @Test
  void testDurationAmountWithAScaleOrInWords() {
    // digits then a word: read off the token unless the word is a scale of the number
    assertTime("استمرت 3 آلاف عام", "3 آلاف عام", TimeType.DURATION, "P3000Y");
    assertTime("استمرت 15 عاما", "15 عاما", TimeType.DURATION, "P15Y");
    // number words up to the unit, scales and و-joined tens included
    assertTime("استمرت خمسة وعشرين عاما", "خمسة وعشرين عاما", TimeType.DURATION, "P25Y");
    assertTime("بعد ثلاثة آلاف يوم", "ثلاثة آلاف يوم", TimeType.DURATION, "P3000D");
    assertEquals(List.of(), TAGGER.tag("وزع مليون دولار على أربعة آلاف أسرة", DCT), "no unit after the number words");
    // a number word with diacritics is parsed in the text, the same as one without
    assertTime("استمرت ثلاثةَ أيام", "ثلاثةَ أيام", TimeType.DURATION, "P3D");
    assertTime("استمرت وثلاثة أيام", "ثلاثة أيام", TimeType.DURATION, "P3D");
  }

  @Test
  void testDecimalAmountKeepsItsFraction() {
    assertTime("سجل العداء 9.87 ثانية", "9.87 ثانية", TimeType.DURATION, "PT9.87S");
    assertTime("استغرق 1.5 ساعة", "1.5 ساعة", TimeType.DURATION, "PT1H30M");
    assertTime("استمرت 10,000 سنة", "10,000 سنة", TimeType.DURATION, "P10000Y"); // a thousands separator
  }

  @Test
  void testNumberBeforeADatesNounIsNoDuration() {
    // عام before a year and يوم before a weekday start the date; the number before them counts something else
    assertTime("ارتفعت ربحية السهم إلى 1.78 ريال من 2.07 عام 2014", "عام 2014", TimeType.DATE, "2014");
    assertTime("وقتلت الملاريا 584 ألفا عام 2013", "عام 2013", TimeType.DATE, "2013");
    assertEquals(List.of("يوم الجمعة", "يوم السبت"), TAGGER.tag("استقبلنا 42 طفلا يوم الجمعة و33 يوم السبت", DCT).stream()
        .map(TimeExpression::text).toList());
    // other units keep their amount: a price follows the hours
    assertEquals(List.of("12 ساعة"), TAGGER.tag("الإيجار 12 ساعة 1500 ريال", DCT).stream().map(TimeExpression::text).toList());
  }

  @Test
  void testSets() {
    assertTime("هدنة أسبوعيا", "أسبوعيا", TimeType.SET, "P1W");
    assertTime("يعمل يوميا", "يوميا", TimeType.SET, "P1D");
    assertTime("مع كل يوم يمر", "كل يوم", TimeType.SET, "P1D");
  }

  @Test
  void testVagueReferences() {
    assertTime("الدبابات الآن عند المسجد", "الآن", TimeType.DATE, "PRESENT_REF");
    assertTime("لا تدرس حاليا", "حاليا", TimeType.DATE, "PRESENT_REF");
    assertTime("الانتقال إلى المادة 42 مستقبلاً", "مستقبلاً", TimeType.DATE, "FUTURE_REF");
  }

  @Test
  void testProcliticLeftOutOfSpan() {
    assertTime("وأمس قال", "أمس", TimeType.DATE, "2016-10-04");
    assertTime("مقارنة بشهر أبريل الماضي", "شهر أبريل الماضي", TimeType.DATE, "2016-04");
  }

  @Test
  void testDiacritizedAndTatweelText() {
    assertTime("الأُسبوعَ الماضي", "الأُسبوعَ الماضي", TimeType.DATE, "2016-W39");
  }

  @Test
  void testResultsSortedAndDisjoint() {
    String text = "طالبت فرنسا الثلاثاء 12 يوليو 2011 بعقد اجتماع في وقت لاحق من يوم الثلاثاء بعد هجوم أمس الاثنين";
    List<TimeExpression> all = TAGGER.tag(text, LocalDate.of(2011, 7, 12));
    assertEquals(3, all.size(), all::toString);
    for (int k = 1; k < all.size(); k++) {
      assertTrue(all.get(k - 1).span().end() <= all.get(k).span().start());
    }
    assertEquals("2011-07-11", all.get(2).value());
  }

  @Test
  void dayPartBeforeAWeekdayAndDateWithoutYearNeedsNoDct() {
    // regression: "XXXX-07-12" from the weekday rule was parsed as a calendar day and threw
    List<TimeExpression> ts = TimeTagger.create().tag("وصل مساء الثلاثاء 12 يوليو الى دمشق", null);
    assertFalse(ts.isEmpty());
    for (TimeExpression t : ts) {
      assertFalse(t.value() != null && t.value().matches("\\d{4}-.*"), () -> "guessed a year: " + t);
    }
  }
  // Hijri month + honorific (DCT is 4 Muharram 1438)

  @Test
  void testHonorificAfterAHijriMonthBelongsToIt() {
    assertTime("خلال شهر رمضان المبارك للعام الحالي 1437هـ", "شهر رمضان المبارك للعام الحالي 1437هـ", TimeType.DATE, "2016-06");
    assertTime("مقارنة بشهر رمضان المبارك من العام الماضي", "شهر رمضان المبارك من العام الماضي", TimeType.DATE, "2016-06");
  }

  @Test
  void testHonorificMakesABareHijriMonthADate() {
    assertTime("تزداد الحركة في رمضان الكريم", "رمضان الكريم", TimeType.DATE, "2017-06");
    assertTrue(TAGGER.tag("قال رمضان إن الاجتماع انتهى", DCT).isEmpty(), "رمضان alone is a name");
  }

  // halves and quarters of a year

  @Test
  void testHalfOfAYear() {
    assertTime("ارتفعت الأرباح في النصف الأول من هذا العام", "النصف الأول من هذا العام", TimeType.DATE, "2016-H1");
    assertTime("والنصف الثاني من عام 2014", "النصف الثاني من عام 2014", TimeType.DATE, "2014-H2");
  }

  @Test
  void testQuarterOfAYear() {
    assertTime("نتائج الربع الثالث من عام 2014", "الربع الثالث من عام 2014", TimeType.DATE, "2014-Q3");
    assertTime("خلال الربع الأخير من العام الماضي", "الربع الأخير من العام الماضي", TimeType.DATE, "2015-Q4");
    assertTime("في الربع الأول من 2017", "الربع الأول من 2017", TimeType.DATE, "2017-Q1");
  }

  @Test
  void testPartOfAYearNeedsAYear() {
    assertTrue(TAGGER.tag("سجل هدفا في النصف الثاني من المباراة", DCT).isEmpty());
    assertTrue(TAGGER.tag("تراجعت المبيعات في الربع الأول", DCT).isEmpty());
    TimeExpression t = only("في النصف الأول من العام الماضي", null);
    assertNull(t.value(), "no dct: no year");
  }

  // holidays (DCT 2016-10-05: عيد الفطر 1437 was 2016-07-06, عيد الأضحى 1437 2016-09-11)

  @Test
  void testHijriHolidayIsTheOccurrenceNearestTheDct() {
    assertTime("هنأ الملك المواطنين بمناسبة عيد الفطر", "عيد الفطر", TimeType.DATE, "2016-07-06");
    assertTime("وصل الحجاج إلى يوم عرفة", "يوم عرفة", TimeType.DATE, "2016-09-10");
    assertTime("احتفالات المولد النبوي الشريف", "المولد النبوي", TimeType.DATE, "2016-12-11");
  }

  @Test
  void testHolidayAdjectiveNamesTheOccurrence() {
    assertTime("يعود في عيد الأضحى المقبل", "عيد الأضحى المقبل", TimeType.DATE, "2017-09-01");
    assertTime("منذ عيد الأضحى الماضي", "عيد الأضحى الماضي", TimeType.DATE, "2016-09-11");
  }

  @Test
  void testHolidayWithAWrittenYear() {
    TimeExpression t = only("أعلن أن عيد الفطر لعام 1436هـ عطلة رسمية", DCT);
    assertEquals("عيد الفطر لعام 1436هـ", t.text());
    assertEquals("2015-07-17", t.value());
    assertEquals(TimeAnchor.ABSOLUTE, t.anchor());
  }

  @Test
  void testCountAfterAHijriNameIsNoYear() {
    assertTime("تلقت خلال شهر رمضان المبارك 1550 بلاغا", "شهر رمضان المبارك", TimeType.DATE, "2017-06");
    assertTime("وزع خلال عيد الفطر المبارك 1000 وجبة", "عيد الفطر المبارك", TimeType.DATE, "2016-07-06");
    assertTime("عيد الفطر المبارك لعام 1436", "عيد الفطر المبارك لعام 1436", TimeType.DATE, "2015-07-17");
  }

  @Test
  void testEveAndDaysOfAHoliday() {
    assertTime("وذلك عشية عيد الفطر المبارك", "عشية عيد الفطر المبارك", TimeType.DATE, "2016-07-05");
    assertTime("في ثاني أيام عيد الأضحى", "ثاني أيام عيد الأضحى", TimeType.DATE, "2016-09-12");
  }

  @Test
  void testGregorianHoliday() {
    assertTime("بمناسبة عيد الميلاد المجيد", "عيد الميلاد المجيد", TimeType.DATE, "2016-12-25");
  }

  @Test
  void testHolidayWithoutDctHasNoValue() {
    TimeExpression t = only("بمناسبة عيد الفطر المبارك", null);
    assertEquals("عيد الفطر المبارك", t.text());
    assertNull(t.value());
  }
  @Test
  void testWeekdayAfterAGivenNameIsAFamilyName() {
    assertTrue(TAGGER.tag("أكد أمين عام الاتحاد أحمد الخميس أن القرار نهائي", DCT).isEmpty());
    assertTrue(TAGGER.tag("سجل للتعاون بدر الخميس هدفا", DCT).isEmpty());
    assertTime("استقبل الملك سلمان الخميس وفدا", "الخميس", TimeType.DATE, "2016-09-29");
    assertTime("قال الوزير الخميس إن الاجتماع انتهى", "الخميس", TimeType.DATE, "2016-09-29");
    assertTime("قال أحمد يوم الخميس إن الاجتماع انتهى", "يوم الخميس", TimeType.DATE, "2016-09-29");
  }

  @Test
  void testWeekdayAfterATitleIsAFamilyName() {
    assertTrue(TAGGER.tag("وقد أوضح الدكتور الخميس أن البنية الفنية تتغير", DCT).isEmpty());
    assertTrue(TAGGER.tag("قال المهندس الجمعة إن المشروع اكتمل", DCT).isEmpty());
  }

  @Test
  void testFamilyNameMetEarlierStaysAName() {
    assertTrue(TAGGER.tag("أكد أحمد الخميس أن القرار نهائي. وقال الخميس في تصريح إن الموعد لم يحدد", DCT).isEmpty());
    assertEquals(2, TAGGER.tag("قال الوزير الخميس إن الاجتماع انتهى. وقال الخميس في تصريح آخر", DCT).size(),
        "without a name earlier both are Thursdays");
  }
  @Test
  void testClockTimeOfAPartOfADay() {
    assertTime("تبدأ في الساعة الثامنة من مساء اليوم", "الساعة الثامنة من مساء اليوم", TimeType.TIME, "2016-10-05T20:00");
    assertTime("وقع الانفجار الساعة العاشرة من صباح أمس", "الساعة العاشرة من صباح أمس", TimeType.TIME, "2016-10-04T10:00");
  }

  @Test
  void testClockTimeWithThePartOfANamedDay() {
    assertTime("حتى السادسة مساء اليوم الأربعاء", "السادسة مساء اليوم الأربعاء", TimeType.TIME, "2016-10-05T18:00");
    assertTime("الساعة التاسعة صباح أمس", "الساعة التاسعة صباح أمس", TimeType.TIME, "2016-10-04T09:00");
    assertTime("ابتداء من الساعة العاشرة من الليلة", "الساعة العاشرة من الليلة", TimeType.TIME, "2016-10-05T22:00");
    assertTime("الساعة الثامنة بتوقيت السعودية من مساء اليوم", "الساعة الثامنة بتوقيت السعودية من مساء اليوم", TimeType.TIME,
        "2016-10-05T20:00");
  }

  @Test
  void testOrdinalOfAWeekIsNoDay() {
    for (TimeExpression t : TAGGER.tag("خلال الأسبوع الأول من الشهر المقبل", DCT)) {
      assertFalse("2016-11-01".equals(t.value()), () -> "the first week is not the 1st: " + t);
    }
    assertTime("في الأول من الشهر المقبل", "الأول من الشهر المقبل", TimeType.DATE, "2016-11-01");
  }

  @Test
  void testWeekdayCorrespondingToADate() {
    assertTime("يعقد يوم الاثنين الموافق 10 أكتوبر", "يوم الاثنين الموافق 10 أكتوبر", TimeType.DATE, "2016-10-10");
    assertTime("اليوم الأربعاء الموافق 5 أكتوبر", "اليوم الأربعاء الموافق 5 أكتوبر", TimeType.DATE, "2016-10-05");
  }

  @Test
  void testTheSameDayIsNotToday() {
    assertTrue(TAGGER.tag("وفي اليوم نفسه أعلن الجيش", DCT).isEmpty());
    assertTrue(TAGGER.tag("في اليوم ذاته", DCT).isEmpty());
  }
  @Test
  void testAfternoonAndLateMorning() {
    assertTime("وقع الهجوم بعد ظهر اليوم", "بعد ظهر اليوم", TimeType.TIME, "2016-10-05TAF");
    assertTime("وقبل ظهر أمس", "قبل ظهر أمس", TimeType.TIME, "2016-10-04TMO");
    assertTime("ظهر اليوم", "ظهر اليوم", TimeType.TIME, "2016-10-05TMI");
  }

  @Test
  void testPartOfADeicticDayWithItsWeekday() {
    assertTime("قتل مساء أمس الثلاثاء", "مساء أمس الثلاثاء", TimeType.TIME, "2016-10-04TEV");
  }
  @Test
  void testAFewPeriodsBeforeOrAfter() {
    assertTime("ستعلن النتائج في الأيام القليلة المقبلة", "الأيام القليلة المقبلة", TimeType.DATE, "FUTURE_REF");
    assertTime("تراجع خلال السنوات القليلة الماضية", "السنوات القليلة الماضية", TimeType.DATE, "PAST_REF");
    assertTime("خلال الشهور القادمة", "الشهور القادمة", TimeType.DATE, "FUTURE_REF");
  }

  @Test
  void testTheLastPeriodsAreRecent() {
    assertTime("تضاعف الإنتاج في السنوات الأخيرة", "السنوات الأخيرة", TimeType.DATE, "PAST_REF");
    assertTime("تصاعدت الاشتباكات في الأيام الأخيرة", "الأيام الأخيرة", TimeType.DATE, "PAST_REF");
  }

  @Test
  void testTheLastPeriodsOfANamedPeriodAreNotRecent() {
    assertTrue(TAGGER.tag("في الأيام الأخيرة من حكمه", DCT).isEmpty());
    assertTrue(TAGGER.tag("خلال السنوات الأخيرة من القرن", DCT).stream().noneMatch(t -> "PAST_REF".equals(t.value())));
  }

  @Test
  void testHourAfterNoon() {
    assertTime("تبدأ المباراة الساعة الثالثة بعد الظهر", "الساعة الثالثة بعد الظهر", TimeType.TIME, "2016-10-05T15:00");
    assertTime("عند الخامسة بعد الظهر", "الخامسة بعد الظهر", TimeType.TIME, "2016-10-05T17:00");
    assertTime("الساعة 3 بعد الظهر", "الساعة 3 بعد الظهر", TimeType.TIME, "2016-10-05T15:00");
  }

  @Test
  void testHourAroundMidnight() {
    assertTime("وقع الزلزال نحو الواحدة بعد منتصف الليل", "الواحدة بعد منتصف الليل", TimeType.TIME, "2016-10-05T01:00");
    assertTime("في الثانية عشرة بعد منتصف الليل", "الثانية عشرة بعد منتصف الليل", TimeType.TIME, "2016-10-05T00:00");
    assertTime("حتى الحادية عشرة قبل منتصف الليل", "الحادية عشرة قبل منتصف الليل", TimeType.TIME, "2016-10-05T23:00");
  }

  @Test
  void testOrdinalBeforeNoonWordsIsNoHourWithoutALead() {
    assertTrue(TAGGER.tag("الفصل الثالث بعد الظهر", DCT).isEmpty());
  }

  @Test
  void testTwoHoursJoinedByWawShareThePartOfTheDay() {
    List<TimeExpression> all = TAGGER.tag("سقطت القذائف بين الثامنة والتاسعة صباحا", DCT);
    assertEquals(2, all.size(), all::toString);
    assertEquals("الثامنة", all.get(0).text());
    assertEquals("2016-10-05T08:00", all.get(0).value());
    assertEquals("التاسعة صباحا", all.get(1).text(), "the و stays out of the span");
    assertEquals("2016-10-05T09:00", all.get(1).value());
    List<TimeExpression> afternoon = TAGGER.tag("ما بين الساعة الثانية والخامسة ظهرا", DCT);
    assertEquals(List.of("2016-10-05T14:00", "2016-10-05T17:00"), afternoon.stream().map(TimeExpression::value).toList(),
        "the part after the second hour makes the first an afternoon hour too");
  }

  @Test
  void testHourWordWithWawAfterATime() {
    List<TimeExpression> all = TAGGER.tag("تفتح الأبواب ما بين العاشرة صباحا والرابعة عصرا يوميا", DCT);
    assertEquals("الرابعة عصرا", all.get(1).text(), all::toString);
    assertEquals("2016-10-05T16:00", all.get(1).value());
  }

  @Test
  void testOrdinalWithWawIsNoHourWithoutATimeBeforeIt() {
    assertTrue(TAGGER.tag("وهي ملف النازحين والثانية الاستحقاقات السياسية", DCT).isEmpty());
    assertTrue(TAGGER.tag("في الحربين العالمية الأولى والثانية مساء ذلك العصر", DCT).stream()
        .noneMatch(t -> t.text().startsWith("الثانية")), "an ordinal after a non-time");
  }

  @Test
  void testHourWordWithAPartOfTheDay() {
    assertTime("تبدأ الجلسة في تمام العاشرة صباحا", "تمام العاشرة صباحا", TimeType.TIME, "2016-10-05T10:00");
    assertTime("وصل عند العاشرة من مساء أمس", "العاشرة من مساء أمس", TimeType.TIME, "2016-10-04T22:00");
    assertTrue(TAGGER.tag("عرضت الحلقة العاشرة من المسلسل", DCT).isEmpty(), "an ordinal without a part of the day");
    assertTrue(TAGGER.tag("في اليوم الأول مساء", DCT).stream().noneMatch(t -> t.value() != null && t.value().endsWith("T13:00")),
        "الأول is no hour");
    assertTrue(TAGGER.tag("يخوض مواجهته الودية الخامسة مساء اليوم", DCT).stream().noneMatch(t -> t.value() != null && t.value().endsWith("T17:00")),
        "an ordinal after its noun is no hour");
  }

  @Test
  void testApproximatedAmountAgo() {
    assertTime("اندلعت منذ أكثر من 16 شهرا", "منذ أكثر من 16 شهرا", TimeType.DATE, "2015-06");
    assertTime("وقعت قبل نحو عامين", "قبل نحو عامين", TimeType.DATE, "2014");
    assertTime("قبل ما يزيد على عام", "قبل ما يزيد على عام", TimeType.DATE, "2015");
  }

  @Test
  void testHalfAUnitAgoCountsInTheFinerUnit() {
    assertTime("منذ نصف قرن", "منذ نصف قرن", TimeType.DATE, "1966");
    assertTime("قبل عام ونصف", "قبل عام ونصف", TimeType.DATE, "2015-04");
  }
  /** The spans and values of all times in {@code text}, as "span=value" in order. */
  private static List<String> spansAndValues(String text) {
    return TAGGER.tag(text, DCT).stream().map(t -> t.text() + "=" + t.value()).toList();
  }

  @Test
  void testSecondYearOfAPairIsAYear() {
    assertEquals(List.of("2011=2011", "2013=2013"), spansAndValues("خلال عامي 2011 و2013"));
    assertEquals(List.of("2010=2010", "2012=2012"), spansAndValues("كأس السوبر عامي 2010 و 2012"));
    assertEquals(List.of("1924=1924", "1925=1925", "1929=1929"), spansAndValues("زارها في 1924 و1925 و1929"));
  }

  @Test
  void testSmallerNumberAfterAYearIsACount() {
    assertEquals(List.of("عام 2011=2011"), spansAndValues("قتل في عام 2011 و2000 شخص"));
  }

  @Test
  void testDualMonthWordBeforeAMonth() {
    assertEquals(List.of("شهري مارس=2016-03", "أبريل=2016-04"), spansAndValues("في شهري مارس وأبريل"));
  }

  @Test
  void testFirstOfTwoDaysTakesTheMonthOfTheSecond() {
    assertEquals(List.of("12=2011-07-12", "13 يوليو 2011=2011-07-13"), spansAndValues("في 12 و13 يوليو 2011"));
    assertEquals(List.of("10=2011-07-10", "11=2011-07-11", "12 يوليو 2011=2011-07-12"),
        spansAndValues("أيام 10 و11 و12 يوليو 2011"));
    assertEquals(List.of("4=2015-06-21", "5 رمضان 1436=2015-06-22"), spansAndValues("يومي 4 و5 رمضان 1436"));
  }

  @Test
  void testDaysOutOfOrderAreNotPaired() {
    assertEquals(List.of("13 يوليو 2011=2011-07-13"), spansAndValues("في البند 15 و13 يوليو 2011"));
  }
  @Test
  void testRangeOfYearsGivesBothYears() {
    assertEquals(List.of("2011=2011", "2014=2014"), spansAndValues("في الفترة من 2011 إلى 2014"));
    assertEquals(List.of("2011=2011", "2014=2014"), spansAndValues("ما بين 2011 و2014"));
    assertEquals(List.of("عام 2011=2011", "2014=2014"), spansAndValues("من عام 2011 حتى 2014"));
  }

  @Test
  void testRangeOfCountsIsNoYears() {
    assertTrue(TAGGER.tag("ارتفع العدد من 2000 إلى 3000 شخص", DCT).isEmpty());
    assertTrue(TAGGER.tag("قتل أكثر من 2000 شخص", DCT).isEmpty());
  }
  @Test
  void testWeekdaysOfAListTakeTheListedDaysTheyFallOn() {
    // 20 Shawwal 1436 is Wednesday 5 August 2015
    assertEquals(List.of("يومي الأربعاء=2015-08-05", "الخميس=2015-08-06", "20=2015-08-05", "21 شوال 1436=2015-08-06"),
        spansAndValues("في يومي الأربعاء والخميس الموافق 20 و21 شوال 1436"));
    assertEquals(List.of("الخميس=2015-07-23", "الجمعة=2015-07-24", "23=2015-07-23", "24 يوليو 2015م=2015-07-24"),
        spansAndValues("الخميس والجمعة الموافق 23و24 يوليو 2015م"));
  }

  @Test
  void testAdjectiveAfterAListOfWeekdaysIsEveryWeekdays() {
    // the dct is Wednesday 5 October 2016
    assertEquals(List.of("يومي السبت=2016-10-08", "الأحد المقبلين=2016-10-09"), spansAndValues("يومي السبت والأحد المقبلين"));
    assertEquals(List.of("يومي الاثنين=2016-10-03", "الثلاثاء الماضيين=2016-10-04"), spansAndValues("يومي الاثنين والثلاثاء الماضيين"));
  }
}
