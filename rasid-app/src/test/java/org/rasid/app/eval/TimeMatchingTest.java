package org.rasid.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The score_gold.py rules reproduced by {@link TimeMatching}, one test each. */
class TimeMatchingTest {

  @Test
  void testNormDropsDiacriticsPunctuationAndSpaces() {
    assertEquals("منتصفاذار/مارس2011", TimeMatching.norm("منتصفَ آذار/مارس 2011"), "the slash is kept, as in score_gold.py");
    assertEquals("الاسبوعالماضي", TimeMatching.norm("الأسبوع الماضي"));
    assertEquals("يوليوتموز", TimeMatching.norm("يوليو(تموز)"));
  }

  @Test
  void testOverlapNeedsContainmentAndAThird() {
    assertTrue(TimeMatching.overlap("يوم الثلاثاء", "في وقت لاحق من يوم الثلاثاء"));
    assertTrue(TimeMatching.overlap("بشهر أبريل", "شهر أبريل"));
    assertFalse(TimeMatching.overlap("2011", "طالبت فرنسا الثلاثاء 12 يوليو 2011 بعقد"));
    assertFalse(TimeMatching.overlap("", "أمس"));
  }

  @Test
  void testValueMatch() {
    assertTrue(TimeMatching.valueMatches("2011-07-12", "2011-07-12"));
    assertTrue(TimeMatching.valueMatches("2011-07-11TNI", "2011-07-11TEV"), "times of day match on the day");
    assertFalse(TimeMatching.valueMatches("2011-07", "2011-07-12"));
    assertTrue(TimeMatching.valueMatches(null, null));
  }
}
