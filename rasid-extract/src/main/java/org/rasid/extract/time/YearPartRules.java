package org.rasid.extract.time;

import static org.rasid.extract.time.RuleSupport.found;

import java.util.Map;
import java.util.Set;
import org.rasid.core.model.TimeAnchor;
import org.rasid.core.model.TimeType;
import org.rasid.extract.time.RuleSupport.Ctx;
import org.rasid.extract.time.RuleSupport.Found;

/**
 * Halves and quarters of a year, the periods economic news reports by: النصف الأول من هذا العام
 * (2015-H1), الربع الثالث من عام 2014 (2014-Q3), الربع الأخير من العام الماضي (2014-Q4). TIMEX3 writes
 * them YYYY-H1/H2 and YYYY-Q1…Q4.
 *
 * <p>A year is required after the part ({@link CalendarRules#yearSpec}: عام 2015، هذا العام، العام
 * الحالي/الماضي/المقبل، 2015): "النصف الثاني من المباراة" is no date, and "الربع الأول" alone does
 * not say of which year. A Hijri year is not turned into Gregorian quarters (no expression).
 */
final class YearPartRules {

  /** The words that start a part of a year, normalized. */
  static final Set<String> HEADS = Set.of("النصف", "الربع");

  private static final Map<String, Integer> HALVES = Map.of("الاول", 1, "الثاني", 2, "الاخير", 2);
  private static final Map<String, Integer> QUARTERS =
      Map.of("الاول", 1, "الثاني", 2, "الثالث", 3, "الرابع", 4, "الاخير", 4);

  private final CalendarRules calendar;

  YearPartRules(CalendarRules calendar) {
    this.calendar = calendar;
  }

  /** النصف|الربع + ordinal + a year (see the class comment); null if token i starts none. */
  Found yearPartRule(Ctx c, int i) {
    Clitics.Form head = c.strip(i, Lookup.YEAR_PART_HEADS);
    if (head == null) {
      return null;
    }
    boolean half = head.form().equals("النصف");
    Integer part = (half ? HALVES : QUARTERS).get(c.word(i + 1));
    if (part == null) {
      return null;
    }
    CalendarRules.Year y = calendar.yearSpec(c, i + 2);
    if (y == null || (y.explicit() && y.hijri())) {
      return null;
    }
    String suffix = (half ? "-H" : "-Q") + part;
    if (y.explicit()) {
      return found(c, i, head.prefix(), y.end(), TimeType.DATE, Timex.year(y.year()) + suffix, TimeAnchor.ABSOLUTE);
    }
    String value = c.dct == null ? null : Timex.year(c.dct.getYear() + y.rel()) + suffix;
    return found(c, i, head.prefix(), y.end(), TimeType.DATE, value, TimeAnchor.DCT);
  }
}
