package org.rasid.core.clitic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.normalize.ArabicNormalizer;
import org.rasid.core.normalize.NormalizedText;

/**
 * Splits one Arabic word into clitics and stem, keeping the original spelling of each part:
 * وللأمم → و, ل, ال, أمم; بالولايات → ب, ال, ولايات; حكومتها → حكومت, ها.
 *
 * <p>Rules (all decided on the normalized form, parts cut from the original spelling):
 *
 * <ol>
 *   <li>Proclitic chain, outermost first: an optional conjunction و or ف; then either the future
 *       prefix س (only before an imperfect verb, i.e. a stem starting with ي ت ن ا) or an optional
 *       preposition ب ك ل followed by an optional article ال. ل + ال is written لل: the part ال is
 *       restored (وللأمم → و, ل, ال, أمم).
 *   <li>Enclitic pronouns: هما هم هن ها ه كما كم كن ك نا ني (not bare ي: in news a final ي is a
 *       nisba adjective or a construct dual/plural far more often than "my"). Before a suffix a
 *       final ت may stand for ة (حكومتها): the stem is looked up both ways, but written as in the
 *       text. A word with the article takes no pronoun (الدولي is not ال+دول+ي).
 *   <li>A stem must have three letters or more (two when it starts with a hamza on alef in the
 *       original: وأن → و, أن), so بان, كما, الذي, التي, الله stay whole.
 *   <li>The lexicon must support the split: the stem occurs at least {@link #MIN_STEM_COUNT} times,
 *       and the whole form is not much more frequent than the clitics' usual attachment rate predicts
 *       ({@code count(word) <= GAMMA * rate(clitics) * count(stem)}). This keeps lexical words
 *       whole: وزير (زير is rare), ولايات (و+ل+آيات would need ولآيات to be rare), سيرجي. After لل
 *       the definite form may support the split instead (للصحفيين ← الصحفيين).
 *   <li>Among the analyses that pass, the one with most clitics wins (ties: the larger expected
 *       count, rate × stem count, so الفهم is ال+فهم rather than ألف+هم).
 *   <li>The article is written with a bare alef (إلغاء, آليات do not start with ال); a pronoun never
 *       stands where the original has ة or ى (إحدى, إشارة); a stem does not end in أ إ آ before a
 *       pronoun (الأهم); the future س before alef needs a hamza (سأ, not ساخر).
 *   <li>Anything else (one letter, non-Arabic, no supported split) returns {@code List.of(word)}.
 * </ol>
 *
 * <p>The attachment rates are rough priors (how often a stem appears with that clitic relative to
 * bare, in news text); they are deliberately generous for the article (definite forms are often
 * more frequent than bare ones). Thread-safe and allocation-light (no regular expressions).
 */
public final class CliticSegmenter {

  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char KAF = '\u0643';
  static final char LAM = '\u0644';
  static final char ALEF = '\u0627';
  static final char SEEN = '\u0633';
  static final char YEH = '\u064A';
  static final char TEH = '\u062A';
  static final char NOON = '\u0646';
  static final char HEH = '\u0647';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_MADDA = '\u0622';
  static final char TEH_MARBUTA = '\u0629';
  static final char ALEF_MAKSURA = '\u0649';

  /** A stem must be seen this often in the lexicon before a clitic is split off it. */
  public static final long MIN_STEM_COUNT = 20;

  /** Slack on the attachment-rate test. */
  static final double GAMMA = 5.0;

  static final String ARTICLE = "\u0627\u0644";

  /** Enclitics (normalized), longest first so the longest match is tried first. */
  private static final String[] ENCLITICS = {
    "\u0647\u0645\u0627", "\u0643\u0645\u0627", // هما كما
    "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645", "\u0643\u0646", "\u0646\u0627", "\u0646\u064A", // هم هن ها كم كن نا ني
    "\u0647", "\u0643" // ه ك
    // Bare ي ("my") is left out on purpose: in news text a final ي is almost always a nisba
    // adjective (سوري، مدني) or a dual/plural construct (سفيري الولايات، سفارتي), rarely "my".
  };

  private static final double[] ENCLITIC_RATE = {0.05, 0.02, 0.3, 0.02, 0.3, 0.05, 0.01, 0.1, 0.05, 0.3, 0.05};

  private final WordLexicon lexicon;
  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  public CliticSegmenter(WordLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The lexicon this segmenter decides with. */
  public WordLexicon lexicon() {
    return lexicon;
  }

  /** Morpheme parts of one Arabic word in original spelling; {@code List.of(word)} when unsplit. */
  public List<String> segment(String word) {
    Objects.requireNonNull(word, "word");
    if (word.length() < 3) {
      return List.of(word);
    }
    NormalizedText v = normalizer.view(word);
    String n = v.normalized();
    if (n.length() < 3) {
      return List.of(word); // e.g. a run of tatweel or diacritics: nothing to segment
    }
    Analysis a = best(n, v, lexicon.count(n), true);
    if (a == null) {
      return List.of(word);
    }
    List<String> parts = new ArrayList<>(5);
    int[] cuts = a.prefixCuts;
    int prev = 0;
    for (int k = 0; k < a.prefixCount; k++) {
      int cut = cuts[k];
      if (k == a.restoredArticle) {
        parts.add(ARTICLE); // the ل of لل is the article ال whose alef is not written
      } else {
        parts.add(word.substring(orig(v, prev, word), orig(v, cut, word)));
      }
      prev = cut;
    }
    int stemEnd = n.length() - a.suffixLength;
    parts.add(word.substring(orig(v, prev, word), orig(v, stemEnd, word)));
    if (a.suffixLength > 0) {
      parts.add(word.substring(orig(v, stemEnd, word)));
    }
    if (parts.contains("")) {
      return List.of(word); // a cut inside one original character (the ligature ﻻ is ل+ا): leave whole
    }
    return List.copyOf(parts);
  }

  /** Original offset of normalized boundary {@code i} (diacritics stay with the preceding letter). */
  private static int orig(NormalizedText v, int i, String word) {
    return i >= v.length() ? word.length() : (i == 0 ? 0 : v.originalStart(i));
  }

  /** One analysis: cut points of the proclitics in the normalized form, and the suffix length. */
  private record Analysis(int[] prefixCuts, int prefixCount, int restoredArticle, int suffixLength, long stemCount, double expected) {}

  private Analysis best(String n, NormalizedText v, long wholeCount, boolean ratioTest) {
    int len = n.length();
    Analysis best = null;
    int bestClitics = 0;
    // conjunction
    for (int c = 0; c <= 1; c++) {
      int p0 = 0;
      double rate0 = 1;
      if (c == 1) {
        char ch = n.charAt(0);
        if (ch != WAW && ch != FEH) {
          continue;
        }
        p0 = 1;
        rate0 = ch == WAW ? 0.5 : 0.1;
      }
      // 0: none, 1: future س, 2: preposition, 3: preposition + article, 4: article only
      for (int mode = 0; mode <= 4; mode++) {
        int[] cuts = new int[4];
        int count = 0;
        int restored = -1;
        if (c == 1) {
          cuts[count++] = 1;
        }
        int p = p0;
        double rate = rate0;
        if (mode == 1) {
          if (p + 1 >= len || n.charAt(p) != SEEN || !isImperfectPrefix(n.charAt(p + 1))
              || (n.charAt(p + 1) == ALEF && v != null && !hamzaInitial(v, p + 1))) {
            continue; // سأ but not ساخر
          }
          p++;
          cuts[count++] = p;
          rate *= 0.2;
        } else if (mode == 2 || mode == 3) {
          if (p >= len) {
            continue;
          }
          char ch = n.charAt(p);
          if (ch != BEH && ch != KAF && ch != LAM) {
            continue;
          }
          p++;
          cuts[count++] = p;
          rate *= ch == KAF ? 0.02 : 0.1;
          if (mode == 3) {
            if (ch == LAM && p < len && n.charAt(p) == LAM) {
              // لل: the article's alef is dropped after ل; its ل is cut and written ال
              restored = count;
              p++;
              cuts[count++] = p;
            } else if (p + 1 < len && n.charAt(p) == ALEF && n.charAt(p + 1) == LAM && !hamzaInitial(v, p)) {
              p += 2;
              cuts[count++] = p;
            } else {
              continue;
            }
            rate *= 30;
          }
        } else if (mode == 4) {
          if (p + 1 >= len || n.charAt(p) != ALEF || n.charAt(p + 1) != LAM || hamzaInitial(v, p)) {
            continue; // إل, أل, آل are not the article (إلغاء, آليات)
          }
          p += 2;
          cuts[count++] = p;
          rate *= 20;
        }
        for (int s = -1; s < ENCLITICS.length; s++) {
          int sufLen = s < 0 ? 0 : ENCLITICS[s].length();
          if (s >= 0 && (!n.endsWith(ENCLITICS[s]) || writtenAsWordEnd(v))) {
            continue; // ة and ى normalize to ه and ي but are word endings, not pronouns
          }
          if (s >= 0 && (mode == 3 || mode == 4)) {
            continue; // the article and a possessive pronoun exclude each other: الدولي is not ال+دول+ي
          }
          int clitics = count + (s >= 0 ? 1 : 0);
          if (clitics == 0) {
            continue;
          }
          int stemStart = p;
          int stemEnd = len - sufLen;
          int stemLen = stemEnd - stemStart;
          if (stemLen < 2 || (stemLen == 2 && !hamzaInitial(v, stemStart))
              || (s >= 0 && hamzaInitial(v, stemEnd - 1))) {
            continue; // a stem does not end in أ إ آ before a pronoun (الأهم is not الأ+هم)
          }
          double r = rate * (s >= 0 ? ENCLITIC_RATE[s] : 1);
          long stemCount = stemCount(n, stemStart, stemEnd, s >= 0);
          boolean supported = stemCount >= MIN_STEM_COUNT && (!ratioTest || wholeCount <= GAMMA * r * stemCount);
          if (!supported && mode == 3 && restored >= 0) {
            // a preposition before the article is also supported by the definite form:
            // للصحفيين ← الصحفيين (the article's rate is not applied twice)
            long definite = lexicon.count(ARTICLE + n.substring(stemStart, stemEnd));
            supported = definite >= MIN_STEM_COUNT && (!ratioTest || wholeCount <= GAMMA * 3 * (r / 30) * definite);
            stemCount = Math.max(stemCount, definite);
          }
          if (!supported) {
            continue;
          }
          double expected = r * stemCount;
          if (best == null || clitics > bestClitics || (clitics == bestClitics && expected > best.expected)) {
            best = new Analysis(cuts.clone(), count, restored, sufLen, stemCount, expected);
            bestClitics = clitics;
          }
        }
      }
    }
    return best;
  }

  private long stemCount(String n, int start, int end, boolean beforeSuffix) {
    long c = lexicon.count(n, start, end);
    if (beforeSuffix && n.charAt(end - 1) == TEH) {
      // ت before a pronoun is often the ة of the bare noun (حكومتها ← حكومة)
      c = Math.max(c, lexicon.countWithLast(n, start, end, HEH));
    }
    return c;
  }

  /** True when the word's last letter is written ة or ى (so it cannot end in a pronoun). */
  private static boolean writtenAsWordEnd(NormalizedText v) {
    if (v == null || v.length() == 0) {
      return false;
    }
    char c = v.original().charAt(v.originalStart(v.length() - 1));
    return c == TEH_MARBUTA || c == ALEF_MAKSURA;
  }

  private static boolean isImperfectPrefix(char c) {
    return c == YEH || c == TEH || c == NOON || c == ALEF;
  }

  private static boolean hamzaInitial(NormalizedText v, int stemStart) {
    if (v == null || stemStart < 0 || stemStart >= v.length()) {
      return false;
    }
    char c = v.original().charAt(v.originalStart(stemStart));
    return c == ALEF_HAMZA_ABOVE || c == ALEF_HAMZA_BELOW || c == ALEF_MADDA;
  }
}
