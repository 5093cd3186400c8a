package org.rasid.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.TimeExpression;

/** The tagger reuses one token list per thread: what one text leaves in it must not reach the next. */
class TimeTaggerReuseTest {

  private static final LocalDate DCT = LocalDate.of(2011, 7, 12);
  private static final String LONG = "قال المتحدث امس الاثنين 11 يوليو 2011 ان الوفد سيزور دمشق يوم الخميس.\n"
      + "وفي وقت سابق من يوم الثلاثاء، عقد المجلس جلسة استمرت ثلاث ساعات ونصف 25/7/2015 ...\n";
  private static final String SHORT = "اجتمع الوزيران صباح اليوم";

  @Test
  void testTextAfterALongerOneGetsWhatAFreshTaggerGives() {
    TimeTagger used = TimeTagger.create();
    List<TimeExpression> first = used.tag(LONG, DCT);
    assertFalse(first.isEmpty());
    assertEquals(TimeTagger.create().tag(SHORT, DCT), used.tag(SHORT, DCT));
    assertEquals(first, used.tag(LONG, DCT), "and the longer text again");
  }

  @Test
  void testTextAfterAVeryLongOneGetsWhatAFreshTaggerGives() {
    TimeTagger used = TimeTagger.create();
    String huge = LONG.repeat(1500); // more tokens than a token list keeps room for between texts
    assertEquals(1500 * TimeTagger.create().tag(LONG, DCT).size(), used.tag(huge, DCT).size());
    assertEquals(TimeTagger.create().tag(SHORT, DCT), used.tag(SHORT, DCT));
  }

  @Test
  void testThreadsTaggingAtOnceGetWhatOneThreadGets() throws Exception {
    TimeTagger shared = TimeTagger.create();
    List<String> texts = List.of(LONG, SHORT, LONG + SHORT, "لا شيء هنا", "منذ ثلاثة أيام والعام الماضي");
    List<List<TimeExpression>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(TimeTagger.create().tag(t, DCT));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int offset = w;
        runs.add(pool.submit(() -> {
          int checked = 0;
          for (int r = 0; r < 200; r++) {
            int k = (r + offset) % texts.size();
            assertEquals(expected.get(k), shared.tag(texts.get(k), DCT));
            checked++;
          }
          return checked;
        }));
      }
      for (Future<Integer> f : runs) {
        assertEquals(200, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
