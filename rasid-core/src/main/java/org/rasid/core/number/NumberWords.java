package org.rasid.core.number;

import java.util.Map;

/**
 * Arabic number words in normalized spelling (see {@code ArabicNormalizer}: أ/إ/آ → ا, ة → ه, ى → ي).
 *
 * <p>Hamza seats are normalized too: مئة is written here as ميه, مائة as مايه.
 *
 * <p>Forms follow standard Modern Standard Arabic grammar (Wright, <i>A Grammar of the Arabic
 * Language</i>, §§ 320–330; Ryding, <i>A Reference Grammar of Modern Standard Arabic</i>, ch. 15):
 * masculine and feminine, nominative (-ان/-ون) and oblique (-ين) case, the accusative of the
 * thousands after 11–99 (ألفا), and the common alternative spellings of مئة (مائة) and ثمان (ثماني).
 */
final class NumberWords {

  private NumberWords() {}

  /** 1–10, both genders; "احد/احدي" only occur before عشر and are handled there. */
  static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("واحد", 1), Map.entry("واحده", 1),
      Map.entry("اثنان", 2), Map.entry("اثنين", 2), Map.entry("اثنتان", 2), Map.entry("اثنتين", 2),
      Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3),
      Map.entry("اربع", 4), Map.entry("اربعه", 4),
      Map.entry("خمس", 5), Map.entry("خمسه", 5),
      Map.entry("ست", 6), Map.entry("سته", 6),
      Map.entry("سبع", 7), Map.entry("سبعه", 7),
      Map.entry("ثمان", 8), Map.entry("ثماني", 8), Map.entry("ثمانيه", 8),
      Map.entry("تسع", 9), Map.entry("تسعه", 9),
      Map.entry("عشر", 10), Map.entry("عشره", 10));

  /** First words of 11–19 that only exist before عشر/عشرة. */
  static final Map<String, Integer> TEEN_HEADS = Map.ofEntries(
      Map.entry("احد", 1), Map.entry("احدي", 1),
      Map.entry("اثنا", 2), Map.entry("اثني", 2), Map.entry("اثنتا", 2), Map.entry("اثنتي", 2));

  /** The second word of 11–19. */
  static boolean isTeenTail(String w) {
    return w.equals("عشر") || w.equals("عشره");
  }

  /** 20–90 (nominative -ون, oblique -ين). */
  static final Map<String, Integer> TENS = Map.ofEntries(
      Map.entry("عشرون", 20), Map.entry("عشرين", 20),
      Map.entry("ثلاثون", 30), Map.entry("ثلاثين", 30),
      Map.entry("اربعون", 40), Map.entry("اربعين", 40),
      Map.entry("خمسون", 50), Map.entry("خمسين", 50),
      Map.entry("ستون", 60), Map.entry("ستين", 60),
      Map.entry("سبعون", 70), Map.entry("سبعين", 70),
      Map.entry("ثمانون", 80), Map.entry("ثمانين", 80),
      Map.entry("تسعون", 90), Map.entry("تسعين", 90));

  /** Hundreds written as one word (مئة, مئتان, ثلاثمائة …), both spellings of مئة. */
  static final Map<String, Integer> HUNDREDS = buildHundreds();

  /** The word مئة alone, which multiplies a preceding unit written apart (ثلاث مئة). */
  static boolean isHundred(String w) {
    return w.equals("ميه") || w.equals("مايه");
  }

  /** Scale words: thousand, million, billion, in singular, accusative, dual and plural. */
  static final Map<String, Long> SCALES = Map.ofEntries(
      Map.entry("الف", 1_000L), Map.entry("الفا", 1_000L), Map.entry("الاف", 1_000L),
      Map.entry("مليون", 1_000_000L), Map.entry("مليونا", 1_000_000L), Map.entry("ملايين", 1_000_000L),
      Map.entry("مليار", 1_000_000_000L), Map.entry("مليارا", 1_000_000_000L),
      Map.entry("مليارات", 1_000_000_000L), Map.entry("بليون", 1_000_000_000L),
      Map.entry("بليونا", 1_000_000_000L));

  /** Plural scale words that need a number before them (ثلاثة آلاف) and mean nothing exact alone. */
  static boolean isPluralScale(String w) {
    return w.equals("الاف") || w.equals("ملايين") || w.equals("مليارات");
  }

  /** Dual scale words: a complete number by themselves (ألفان = 2000). */
  static final Map<String, Long> DUAL_SCALES = Map.ofEntries(
      Map.entry("الفان", 2_000L), Map.entry("الفين", 2_000L),
      Map.entry("مليونان", 2_000_000L), Map.entry("مليونين", 2_000_000L),
      Map.entry("ملياران", 2_000_000_000L), Map.entry("مليارين", 2_000_000_000L));

  /** Ordinals 1–10 after the article, masculine and feminine (الأول، الأولى، الثانية …). */
  static final Map<String, Integer> ORDINAL_UNITS = Map.ofEntries(
      Map.entry("اول", 1), Map.entry("اولي", 1), Map.entry("حادي", 1), Map.entry("حاديه", 1),
      Map.entry("ثاني", 2), Map.entry("ثانيه", 2),
      Map.entry("ثالث", 3), Map.entry("ثالثه", 3),
      Map.entry("رابع", 4), Map.entry("رابعه", 4),
      Map.entry("خامس", 5), Map.entry("خامسه", 5),
      Map.entry("سادس", 6), Map.entry("سادسه", 6),
      Map.entry("سابع", 7), Map.entry("سابعه", 7),
      Map.entry("ثامن", 8), Map.entry("ثامنه", 8),
      Map.entry("تاسع", 9), Map.entry("تاسعه", 9),
      Map.entry("عاشر", 10), Map.entry("عاشره", 10));

  /** Every word above, for a one-probe "may this be a number word?" check. */
  static final java.util.Set<String> ALL = buildAll();

  private static java.util.Set<String> buildAll() {
    java.util.Set<String> all = new java.util.HashSet<>();
    all.addAll(UNITS.keySet());
    all.addAll(TEEN_HEADS.keySet());
    all.addAll(TENS.keySet());
    all.addAll(HUNDREDS.keySet());
    all.addAll(SCALES.keySet());
    all.addAll(DUAL_SCALES.keySet());
    all.addAll(ORDINAL_UNITS.keySet());
    return java.util.Set.copyOf(all);
  }

  private static Map<String, Integer> buildHundreds() {
    java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
    // ئ normalizes to ي: مئة is matched as ميه
    for (String h : new String[] {"ميه", "مايه"}) {
      m.put(h, 100);
    }
    for (String d : new String[] {"ميتان", "ميتين", "ميتا", "ميتي", "مايتان", "مايتين", "مايتا", "مايتي"}) {
      m.put(d, 200);
    }
    String[][] heads = {
      {"ثلاث", "3"}, {"اربع", "4"}, {"خمس", "5"}, {"ست", "6"}, {"سبع", "7"}, {"ثمان", "8"}, {"ثماني", "8"}, {"تسع", "9"}
    };
    for (String[] h : heads) {
      for (String tail : new String[] {"ميه", "مايه"}) {
        m.put(h[0] + tail, Integer.parseInt(h[1]) * 100);
      }
    }
    return Map.copyOf(m);
  }
}
