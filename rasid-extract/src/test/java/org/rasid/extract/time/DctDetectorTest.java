package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dct detector's rules: dateline, weekday + date in the first sentence, nothing relative. */
class DctDetectorTest {

  private static final DctDetector DETECTOR = DctDetector.create();

  @Test
  void testDateline() {
    assertEquals(Optional.of(LocalDate.of(2016, 9, 25)), DETECTOR.detect("الأمم المتحدة 25 سبتمبر 2016 / خلال اجتماع طارئ"));
  }

  @Test
  void testWeekdayAndDateInFirstSentence() {
    assertEquals(Optional.of(LocalDate.of(2011, 7, 12)), DETECTOR.detect("طالبت فرنسا الثلاثاء 12 يوليو 2011، بعقد اجتماع"));
  }

  @Test
  void testRelativeWordsGiveNothing() {
    assertTrue(DETECTOR.detect("دعا مؤتمر أصدقاء الشعب السوري أمس في باريس").isEmpty());
    assertTrue(DETECTOR.detect("سيزور موسكو يوم الخميس السادس من أكتوبر").isEmpty(), "no year: not a dct");
  }

  @Test
  void testDateLaterThanHeadIsIgnored() {
    String text = "ا".repeat(400) + " 25 سبتمبر 2016";
    assertTrue(DETECTOR.detect(text).isEmpty());
  }

  @Test
  void testPrecedenceGivenMetadataTextNone() {
    String text = "الأمم المتحدة 25 سبتمبر 2016 / خلال اجتماع";
    LocalDate given = LocalDate.of(2020, 1, 1);
    LocalDate meta = LocalDate.of(2019, 5, 5);
    assertEquals(new DctDetector.ResolvedDct(given, org.rasid.core.model.DctSource.GIVEN),
        DETECTOR.resolve(given, org.rasid.core.model.DocumentMeta.EMPTY.withPublished(meta), text));
    assertEquals(new DctDetector.ResolvedDct(meta, org.rasid.core.model.DctSource.METADATA),
        DETECTOR.resolve(null, org.rasid.core.model.DocumentMeta.EMPTY.withPublished(meta), text));
    assertEquals(new DctDetector.ResolvedDct(LocalDate.of(2016, 9, 25), org.rasid.core.model.DctSource.TEXT),
        DETECTOR.resolve(null, org.rasid.core.model.DocumentMeta.EMPTY, text));
    assertEquals(new DctDetector.ResolvedDct(null, org.rasid.core.model.DctSource.NONE),
        DETECTOR.resolve(null, null, "قال الوزير أمس"));
  }

  @Test
  void testEmpty() {
    assertTrue(DETECTOR.detect("").isEmpty());
  }
}
