package org.rasid.app.eval;

import java.util.regex.Pattern;

/**
 * The matching rules of {@code shared/tools/score_gold.py} for times, reproduced exactly so that
 * {@code rasid eval time} and the scorer agree:
 *
 * <ul>
 *   <li>norm: drop diacritics (U+064B–U+0652, U+0670) and tatweel; أ إ آ ٱ → ا; ى → ي; ة → ه;
 *       ؤ → و; ئ → ي; drop whitespace, LRM/RLM and the characters " « » “ ” ' . , ، : ؛ ( ) -.
 *   <li>overlap: one normalized text contains the other and the shorter is at least a third of
 *       the longer.
 *   <li>value match: equal (null counts as ""), or, for gold values longer than 10 characters
 *       (times of day), the same first 10 characters (the day).
 * </ul>
 */
final class TimeMatching {

  private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u0652\\u0670\\u0640]");
  private static final Pattern ALEFS = Pattern.compile("[أإآٱ]");
  private static final Pattern DROPPED = Pattern.compile("[\\s\\u200e\\u200f\"«»“”'.,،:؛()\\-]+", Pattern.UNICODE_CHARACTER_CLASS);

  private TimeMatching() {}

  static String norm(String s) {
    String x = DIACRITICS.matcher(s == null ? "" : s).replaceAll("");
    x = ALEFS.matcher(x).replaceAll("ا");
    x = x.replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي');
    return DROPPED.matcher(x).replaceAll("");
  }

  static boolean overlap(String a, String b) {
    String na = norm(a);
    String nb = norm(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return false;
    }
    String shorter = na.length() <= nb.length() ? na : nb;
    String longer = na.length() <= nb.length() ? nb : na;
    return longer.contains(shorter) && 3 * shorter.length() >= longer.length();
  }

  static boolean valueMatches(String system, String gold) {
    String s = system == null ? "" : system;
    String g = gold == null ? "" : gold;
    if (s.equals(g)) {
      return true;
    }
    return g.length() > 10 && s.length() >= 10 && s.substring(0, 10).equals(g.substring(0, 10));
  }
}
