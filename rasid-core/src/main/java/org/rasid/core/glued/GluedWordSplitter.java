package org.rasid.core.glued;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rasid.core.lexicon.ArabicLetterRuns;
import org.rasid.core.lexicon.CharNgramModel;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.CharSpan;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.normalize.ArabicNormalizer;
import org.rasid.core.normalize.NormalizedText;

/**
 * Splits Arabic tokens whose spaces were lost (scraped link boundaries): الولاياتالمتحدة →
 * الولايات | المتحدة, فرنساوالولاياتالمتحدة → فرنسا | والولايات | المتحدة, ديلاترمن → ديلاتر | من.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Only {@link TokenType#ARABIC} tokens of four characters or more are considered.
 *   <li>Certain signal: ة and ى only end words, so one followed by another letter (except ى before
 *       ء, a spelling of ئ: الخاطىء) marks a lost space; the token is cut there first and each part
 *       is handled alone.
 *   <li>Cheap pre-check: a part seen in the lexicon at least {@code knownCeiling} times is a word and
 *       is never split (one hash lookup for almost every token). A part seen {@code knownMin} to
 *       {@code knownCeiling − 1} times is split only into two words whose pair was seen at least
 *       {@code pairRatio} times as often as the part itself (يبدوأن → يبدو|أن: the source glues
 *       it sometimes, but writes it apart far more often); otherwise it is a word.
 *   <li>Otherwise a bigram Viterbi search (stupid backoff: seen pair → count(w1 w2)/count(w1), else
 *       {@code backoff} × unigram) finds the most probable sequence of two or more pieces, each
 *       piece adding a glue prior. A piece needs two letters or more and either {@code pieceMin}
 *       sightings or (four letters or more) support as a known stem with clitics (بالجمارك). A piece
 *       may not be a bare proclitic chain (وال, بال, لل), a bare pronoun after another piece (ها,
 *       هم), nor end in ال + hamza-alef (الأ, الإ: the start of a word, not إلا).
 *   <li>Pieces that are also parts of words need their bigram to have been seen: a short piece
 *       ({@code shortPiece} letters or fewer after a proclitic, unless seen {@code frequentShort}
 *       times: من, ما, وفي, المخ) and a piece that is an inflectional ending (ات, اتهم, انه, يين).
 *       The one exception: a short piece next to a word of {@code reliefLength} letters or more seen
 *       {@code reliefMin} times may stand without its pair, at the extra cost {@code logRelief}
 *       (مطرود|من, عن|الدماغ).
 *   <li>The Viterbi split is compared with the unsplit part, whose expected count is its
 *       affix-based support ({@code WordEvidence}: stem × rates of clitics and endings) or, for an
 *       unexplained string, {@code unknownWhole} shrunk by {@code lengthDecay} per letter beyond
 *       {@code typicalLength}. Without a cut model, the split is taken when it is more probable.
 *   <li>With a cut model (the default, {@link #bundled}), the {@link CutModel} decides instead: every
 *       admissible single cut X|Y gets features — the {@link CharNgramModel} log-ratio of "#X# #Y#"
 *       over "#XY#", counts and support of X, Y, the pair and the whole, length and affix flags, and
 *       whether and by what margin the Viterbi split cuts there. The best cut is taken when its
 *       log-odds exceed {@code cutLogit}; both sides are then decided again (rules 3–7).
 *   <li>When no split qualifies and the part is unexplained, an unknown word of three letters or
 *       more may be followed by one very frequent function word (من في على إلى عن مع): ديلاترمن.
 *   <li>Cut points are mapped back to the original through {@link NormalizedText}: diacritics stay
 *       with the letter they follow, and a cut never falls inside a ligature.
 * </ol>
 *
 * <p>Pieces partition the token exactly; each is an ARABIC token with its own normalized form and
 * {@code parts = List.of(text)} (clitic segmentation is a later step). Measured by {@code rasid eval
 * glued} (docs/MEASURED-text.md). Word statistics: {@link WordLexicon#bundled()}, character model
 * {@link CharNgramModel#bundled()}, cut weights {@link CutModel#bundled()} (all from SaudiNewsNet).
 * Thread-safe.
 */
public final class GluedWordSplitter {

  static final char TEH_MARBUTA = '\u0629';
  static final char ALEF_MAKSURA = '\u0649';
  static final char HAMZA = '\u0621';

  /** Function words that may follow an unknown name (normalized: على → علي, إلى → الي). */
  static final Set<String> TRAILING_FUNCTION_WORDS = Set.of(
      "\u0645\u0646", "\u0641\u064A", "\u0639\u0644\u064A", "\u0627\u0644\u064A", "\u0639\u0646", "\u0645\u0639");

  /** Bare proclitic chains, never words on their own when glued. */
  static final Set<String> PROCLITIC_CHAINS = Set.of(
      "\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
      "\u0644\u0644", "\u0648\u0644\u0644", "\u0641\u0644\u0644", "\u0648\u0628\u0627\u0644", "\u0641\u0628\u0627\u0644",
      "\u0648\u0628", "\u0648\u0644", "\u0648\u0641", "\u0641\u0628", "\u0648\u0643", "\u0641\u0644", "\u0648\u0633", "\u0641\u0633");

  /** Pronoun suffixes, never words on their own after another piece. */
  static final Set<String> ENCLITICS = Set.of(
      "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646", "\u0643\u0645", "\u0643\u0645\u0627",
      "\u0643\u0646", "\u0646\u0627", "\u0646\u064A");

  /**
   * Tunable thresholds (see the class rules); {@link #DEFAULT} was tuned on the development zip with
   * {@code rasid eval glued --split dev} and is what docs/MEASURED-text.md reports. {@code logGlue}
   * and {@code logBackoff} are natural logs.
   */
  public record Params(long knownMin, long pieceMin, double logGlue, double logBackoff, double unknownWhole,
      int shortPiece, long frequentShort, int typicalLength, double lengthDecay, int reliefLength, long reliefMin,
      double logRelief, boolean unknownBeforeFunctionWord, double cutLogit, long knownCeiling, double pairRatio) {
    public static final Params DEFAULT =
        new Params(2, 5, Math.log(50), Math.log(0.4), 0.5, 2, 2000, 6, 0.2, 4, 5, Math.log(0.02), true, 0.3, 20, 20);
  }

  /** One admissible cut of a token that word counts could not decide: its offset and cut-model features. */
  public record CutCandidate(int offset, double[] features) {
    public CutCandidate {
      features = features.clone();
    }

    @Override
    public double[] features() {
      return features.clone();
    }
  }

  /** Longest run of letters searched at once (see {@link #boundedSegmentCuts}). */
  static final int MAX_SEGMENT = 40;

  private final WordLexicon lexicon;
  private final CharNgramModel chars;
  private final CutModel cutModel;
  private final WordEvidence evidence;
  private final Params params;
  private final double logTotal;
  private final Map<String, int[]> pairIndex;
  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  /**
   * The splitter over {@code lexicon} with the bundled character model and cut weights ({@link
   * CharNgramModel#bundled()}, {@link CutModel#bundled()}) and {@link Params#DEFAULT}.
   */
  public static GluedWordSplitter bundled(WordLexicon lexicon) {
    return new GluedWordSplitter(lexicon, CharNgramModel.bundled(), CutModel.bundled(), Params.DEFAULT);
  }

  /** The word statistics this splitter uses. */
  public WordLexicon lexicon() {
    return lexicon;
  }

  /**
   * A splitter; {@code cutModel} may be null (word counts only: what {@link CutModelTrainer} uses,
   * with {@code chars}, to collect the cuts the cut model must decide), and then {@code chars} too.
   */
  public GluedWordSplitter(WordLexicon lexicon, CharNgramModel chars, CutModel cutModel, Params params) {
    if (cutModel != null && chars == null) {
      throw new IllegalArgumentException("the cut model needs the character model");
    }
    this.chars = chars;
    this.cutModel = cutModel;
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.params = Objects.requireNonNull(params, "params");
    this.evidence = new WordEvidence(lexicon);
    this.logTotal = Math.log(Math.max(1, lexicon.total()));
    this.pairIndex = pairIndex(lexicon, params.pairRatio() * params.knownMin());
  }

  /**
   * Joined form → cut offsets of the bigrams that could pass {@link #pairCut} (seen at least {@code
   * min} times: the smallest count the rule can ask for), so that a known form is checked with one
   * look-up instead of a look-up per cut.
   */
  private static Map<String, int[]> pairIndex(WordLexicon lexicon, double min) {
    Map<String, int[]> out = new HashMap<>();
    lexicon.forEachBigram((long) Math.ceil(min), (x, y, c) -> {
      int[] old = out.get(x + y);
      int[] cuts = old == null ? new int[] {x.length()} : java.util.Arrays.copyOf(old, old.length + 1);
      cuts[cuts.length - 1] = x.length();
      java.util.Arrays.sort(cuts);
      out.put(x + y, cuts);
    });
    return Map.copyOf(out);
  }

  /** The token itself, or two or more tokens partitioning it exactly. */
  public List<Token> split(Token token) {
    if (token.type() != TokenType.ARABIC || token.text().length() < 4) {
      return List.of(token);
    }
    String text = token.text();
    long count = lexicon.count(token.norm());
    if (!hasInnerFinalLetter(text) && count >= params.knownMin()
        && (count >= params.knownCeiling() || pairCut(token.norm(), count, null, 0) < 0)) {
      return List.of(token);
    }
    List<Integer> cuts = cutPoints(text);
    if (cuts.isEmpty()) {
      return List.of(token);
    }
    List<Token> out = new ArrayList<>(cuts.size() + 1);
    int prev = 0;
    for (int k = 0; k <= cuts.size(); k++) {
      int end = k < cuts.size() ? cuts.get(k) : text.length();
      String piece = text.substring(prev, end);
      out.add(new Token(
          new CharSpan(token.start() + prev, token.start() + end), piece, TokenType.ARABIC,
          normalizer.normalize(piece), List.of(piece)));
      prev = end;
    }
    return List.copyOf(out);
  }

  /** Cut offsets (strictly inside {@code text}, increasing) where spaces were lost. */
  public List<Integer> cutPoints(String text) {
    return cutPoints(text, null);
  }

  /**
   * The cut-model candidates of {@code text}: every admissible cut of each part that word counts
   * could not decide (where rule 7 would apply), with its features. For training {@link CutModel}.
   */
  public List<CutCandidate> cutCandidates(String text) {
    List<CutCandidate> out = new ArrayList<>();
    if (text.length() >= 4 && (hasInnerFinalLetter(text) || lexicon.count(normalizer.normalize(text)) < params.knownMin())) {
      cutPoints(text, out);
    }
    return out;
  }

  private List<Integer> cutPoints(String text, List<CutCandidate> collect) {
    NormalizedText v = normalizer.view(text);
    String n = v.normalized();
    List<Integer> cuts = new ArrayList<>(2);
    int segStart = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = text.charAt(v.originalStart(i));
      if ((c == TEH_MARBUTA || c == ALEF_MAKSURA) && i + 1 < n.length() && isLetter(n.charAt(i + 1))
          && n.charAt(i + 1) != HAMZA) {
        boundedSegmentCuts(v, segStart, i + 1, cuts, collect);
        addCut(v, i + 1, cuts);
        segStart = i + 1;
      }
    }
    boundedSegmentCuts(v, segStart, n.length(), cuts, collect);
    return cuts;
  }

  /**
   * {@link #segmentCuts} on {@code [a, b)}, in windows of {@link #MAX_SEGMENT} letters when it is
   * longer (a scraped page can glue a whole paragraph into one token, and the search is cubic in the
   * segment's length): the cuts found in a window are kept but the last, whose piece may run on past
   * the window, and the next window starts at the last cut kept; a window without a cut is passed.
   */
  private void boundedSegmentCuts(NormalizedText v, int a, int b, List<Integer> cuts, List<CutCandidate> collect) {
    int from = a;
    while (b - from > MAX_SEGMENT) {
      List<Integer> window = new ArrayList<>();
      segmentCuts(v, from, from + MAX_SEGMENT, window, collect);
      if (window.isEmpty()) {
        from += MAX_SEGMENT;
        continue;
      }
      int keep = Math.max(1, window.size() - 1);
      for (int k = 0; k < keep; k++) {
        addCut(v, v.fromOriginal(window.get(k)), cuts);
      }
      from = v.fromOriginal(window.get(keep - 1));
    }
    segmentCuts(v, from, b, cuts, collect);
  }

  private void addCut(NormalizedText v, int i, List<Integer> cuts) {
    int off = v.originalStart(i);
    if (off > 0 && off < v.original().length() && (cuts.isEmpty() || cuts.get(cuts.size() - 1) < off)) {
      cuts.add(off);
    }
  }

  /** Viterbi over normalized {@code [a, b)}; adds interior cuts when a split is better. */
  private void segmentCuts(NormalizedText v, int a, int b, List<Integer> cuts, List<CutCandidate> collect) {
    String n = v.normalized();
    String whole = n.substring(a, b);
    if (b - a < 4) {
      return;
    }
    long wholeCount = lexicon.count(whole);
    if (wholeCount >= params.knownMin()) {
      int j = wholeCount < params.knownCeiling() ? pairCut(whole, wholeCount, v, a) : -1;
      if (j > 0) {
        addCut(v, a + j, cuts);
      }
      return;
    }
    double wholeEvidence = evidence.expected(whole);
    // an unknown string is less likely a word the longer it is (news words rarely pass 9 letters)
    double unknown = params.unknownWhole() * Math.pow(params.lengthDecay(), Math.max(0, (b - a) - params.typicalLength()));
    double wholeScore = Math.log(Math.max(wholeEvidence, unknown));
    int len = b - a;
    SegmentPieces pieces = new SegmentPieces(n, a, b, lexicon, evidence);
    // unigram score of every admissible piece [j, i)
    double[][] uni = new double[len + 1][];
    for (int i = 2; i <= len; i++) {
      uni[i] = new double[i];
      java.util.Arrays.fill(uni[i], Double.NEGATIVE_INFINITY);
      if (i < len && !cuttable(v, a + i)) {
        continue;
      }
      for (int j = i - 2; j >= 0; j--) {
        if ((j > 0 && !cuttable(v, a + j)) || (j == 0 && i == len)) {
          continue;
        }
        uni[i][j] = hamzaArticleFragment(v, a + j, a + i) ? Double.NEGATIVE_INFINITY : pieceScore(pieces, j, i);
      }
    }
    // best[i][j]: best log probability of [0, i) whose last piece is [j, i), stupid backoff bigrams
    double[][] best = new double[len + 1][];
    int[][] back = new int[len + 1][];
    for (int i = 2; i <= len; i++) {
      best[i] = new double[i];
      back[i] = new int[i];
      java.util.Arrays.fill(best[i], Double.NEGATIVE_INFINITY);
      for (int j = 0; j <= i - 2; j++) {
        if (uni[i][j] == Double.NEGATIVE_INFINITY) {
          continue;
        }
        if (j == 0) {
          best[i][0] = uni[i][0];
          continue;
        }
        if (j < 2) {
          continue;
        }
        for (int h = 0; h <= j - 2; h++) {
          if (best[j][h] == Double.NEGATIVE_INFINITY) {
            continue;
          }
          long pair = lexicon.bigramCount(pieces.text(h, j), pieces.text(j, i));
          // a two-letter piece (من ما لا ان…) is also a common prefix or ending of words: it is
          // only believed next to a neighbour it was actually seen with
          double relief = 0;
          if (pair == 0 && WordEvidence.isSuffix(pieces.text(j, i))) {
            continue;
          }
          boolean shortLast = pair == 0 && isShort(pieces, j, i);
          if (pair == 0 && (shortLast || isShort(pieces, h, j))) {
            // unseen pair with a short piece: only next to a long, well-attested word, at a cost
            int oj = shortLast ? h : j; // the other piece: the first when the last is short
            int oi = shortLast ? j : i;
            if (isShort(pieces, oj, oi) || oi - oj < params.reliefLength() || pieces.count(oj, oi) < params.reliefMin()) {
              continue;
            }
            relief = params.logRelief();
          }
          double cond = pair > 0
              ? Math.log(pair) - Math.log(Math.max(1, pieces.count(h, j)))
              : params.logBackoff() + uni[i][j] + relief;
          double sc = best[j][h] + cond + params.logGlue();
          if (sc > best[i][j]) {
            best[i][j] = sc;
            back[i][j] = h;
          }
        }
      }
    }
    int bestLast = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int j = 2; j <= len - 2; j++) {
      if (best[len][j] > bestScore) {
        bestScore = best[len][j];
        bestLast = j;
      }
    }
    List<Integer> local = new ArrayList<>();
    boolean wordSplit = bestLast > 0 && bestScore + logTotal > wholeScore;
    if (wordSplit) {
      int i = len;
      int j = bestLast;
      while (j > 0) {
        local.add(0, a + j);
        int h = back[i][j];
        i = j;
        j = h;
      }
    }
    double margin = bestLast > 0 ? Math.max(-20, Math.min(20, bestScore + logTotal - wholeScore)) : -20;
    int modelCut;
    if (collect != null && chars != null) {
      collect.addAll(candidates(v, a, b, pieces, wholeEvidence, local, margin));
      return;
    }
    if (cutModel != null) {
      // the cut model decides, with the word-count split as evidence; each side is decided again
      if ((modelCut = modelCut(v, a, b, pieces, wholeEvidence, local, margin)) > a) {
        segmentCuts(v, a, modelCut, cuts, null);
        addCut(v, modelCut, cuts);
        segmentCuts(v, modelCut, b, cuts, null);
        return;
      }
      local.clear();
    }
    if (!local.isEmpty()) {
      // word counts alone decided (no cut model)
    } else if (params.unknownBeforeFunctionWord() && wholeEvidence == 0) {
      for (int k = 2; k <= 3 && len - k >= 3; k++) {
        if (TRAILING_FUNCTION_WORDS.contains(n.substring(b - k, b)) && cuttable(v, b - k)
            && evidence.expected(n.substring(a, b - k)) == 0) {
          local.add(b - k);
          break;
        }
      }
    }
    for (int i : local) {
      addCut(v, i, cuts);
    }
  }

  /**
   * Rule for a known form: the cut (index in {@code whole}) into two words that were written apart
   * at least {@code pairRatio} times as often as the form itself (عنأن, لايمكن, يبدوأن are frequent
   * source spellings, but عن أن is far more frequent), else -1. {@code v} (nullable) checks that a
   * cut does not fall inside one original character.
   */
  private int pairCut(String whole, long count, NormalizedText v, int a) {
    int[] cands = pairIndex.get(whole);
    if (cands == null) {
      return -1;
    }
    double need = params.pairRatio() * count;
    int best = -1;
    long bestPair = 0;
    for (int j : cands) {
      if (j < 2 || j > whole.length() - 2) {
        continue;
      }
      if (v != null && !cuttable(v, a + j)) {
        continue;
      }
      String x = whole.substring(0, j);
      if (lexicon.count(x) < need || isProcliticChain(x) || (v != null && hamzaArticleFragment(v, a, a + j))) {
        continue;
      }
      String y = whole.substring(j);
      if (lexicon.count(y) < need) {
        continue;
      }
      long pair = lexicon.bigramCount(x, y);
      if (pair >= need && pair > bestPair) {
        bestPair = pair;
        best = j;
      }
    }
    return best;
  }

  /** Character-model symbols of normalized {@code [a, b)}, read from the original letters. */
  private static int[] symbols(NormalizedText v, int a, int b) {
    String o = v.original();
    String n = v.normalized();
    int[] s = new int[b - a];
    for (int i = a; i < b; i++) {
      int c = v.originalEnd(i) - v.originalStart(i) == 1 ? CharNgramModel.code(o.charAt(v.originalStart(i))) : -1;
      if (c <= 0) {
        c = CharNgramModel.code(n.charAt(i));
      }
      s[i - a] = Math.max(0, c);
    }
    return s;
  }

  /** The best cut of {@code [a, b)} by the cut model when its log-odds pass {@code cutLogit}, else -1. */
  private int modelCut(NormalizedText v, int a, int b, SegmentPieces pieces, double wholeEvidence, List<Integer> wordCuts,
      double margin) {
    int best = -1;
    double bestLogit = params.cutLogit();
    for (CutCandidate c : candidates(v, a, b, pieces, wholeEvidence, wordCuts, margin)) {
      double z = cutModel.logit(c.features);
      if (z > bestLogit) {
        bestLogit = z;
        best = c.offset;
      }
    }
    return best < 0 ? -1 : v.fromOriginal(best);
  }

  /** Admissible single cuts of normalized {@code [a, b)} with their {@link CutModel#FEATURES}. */
  private List<CutCandidate> candidates(NormalizedText v, int a, int b, SegmentPieces pieces, double wholeEvidence,
      List<Integer> wordCuts, double margin) {
    int len = b - a;
    int[] s = symbols(v, a, b);
    // one left-to-right pass over # s #; a piece differs from it only near its own boundaries
    int order = chars.order();
    int[] full = new int[len + 2];
    System.arraycopy(s, 0, full, 1, len);
    double[] prefix = new double[len + 2];
    double[] each = new double[Math.max(len + 1, order)];
    chars.logProbs(full, 0, 1, len + 2, each);
    for (int i = 1; i <= len + 1; i++) {
      prefix[i] = prefix[i - 1] + each[i - 1];
    }
    double lpWhole = prefix[len + 1];
    double supportWhole = Math.log1p(wholeEvidence);
    List<CutCandidate> out = new ArrayList<>(len);
    int[] tmp = new int[order + 1];
    for (int j = 2; j <= len - 2; j++) {
      if (!cuttable(v, a + j)) {
        continue;
      }
      String x = pieces.text(0, j);
      String y = pieces.text(j, len);
      if (isProcliticChain(x) || isEnclitic(y) || hamzaArticleFragment(v, a, a + j)) {
        continue;
      }
      // X: its letters as in the whole, then the final boundary after its last order-1 letters
      int from = Math.max(0, j - (order - 1));
      int t = 0;
      if (from == 0) {
        tmp[t++] = CharNgramModel.BOUNDARY;
      }
      for (int i = from; i < j; i++) {
        tmp[t++] = s[i];
      }
      tmp[t] = CharNgramModel.BOUNDARY;
      double lpX = prefix[j] + chars.logProb(tmp, 0, t);
      // Y: its first order-1 symbols after a fresh boundary, then the same contexts as in the whole
      double lpY;
      if (len - j < order - 1) {
        lpY = chars.logProbWord(s, j, len);
      } else {
        tmp[0] = CharNgramModel.BOUNDARY;
        for (int i = 0; i < order - 1; i++) {
          tmp[i + 1] = s[j + i];
        }
        lpY = 0;
        chars.logProbs(tmp, 0, 1, order, each);
        for (int i = 1; i <= order - 1; i++) {
          lpY += each[i - 1];
        }
        lpY += prefix[len + 1] - prefix[j + order - 1];
      }
      double gain = lpX + lpY - lpWhole;
      gain = Math.max(-30, Math.min(30, gain));
      long cx = pieces.count(0, j);
      long cy = pieces.count(j, len);
      double sx = Math.max(cx, x.length() >= 4 ? pieces.affixed(0, j) : 0);
      double sy = Math.max(cy, y.length() >= 4 ? pieces.affixed(j, len) : 0);
      double shortX = isShort(pieces, 0, j) ? 1 : 0;
      double shortY = isShort(pieces, j, len) ? 1 : 0;
      double[] f = {
        1, gain, Math.max(0, gain), Math.log1p(cx), Math.log1p(cy), Math.log1p(sx), Math.log1p(sy), supportWhole,
        Math.log1p(lexicon.bigramCount(x, y)), shortX, shortY, x.length() == 2 ? 1 : 0, y.length() == 2 ? 1 : 0,
        sx == 0 ? 1 : 0, sy == 0 ? 1 : 0, y.length() >= 4 && y.startsWith("\u0627\u0644") ? 1 : 0,
        WordEvidence.isSuffix(y) ? 1 : 0, gain * shortY, gain * shortX,
        wordCuts.contains(a + j) ? 1 : 0, wordCuts.contains(a + j) ? margin : 0, wordCuts.isEmpty() ? 0 : 1, margin
      };
      out.add(new CutCandidate(v.originalStart(a + j), f));
    }
    return out;
  }

  /** Log probability of piece {@code [j, i)} as a word of its own, or -∞ when it cannot be one. */
  private double pieceScore(SegmentPieces pieces, int j, int i) {
    String piece = pieces.text(j, i);
    if (isProcliticChain(piece) || (j > 0 && isEnclitic(piece))) {
      return Double.NEGATIVE_INFINITY;
    }
    long c = pieces.count(j, i);
    if (c >= params.pieceMin()) {
      return Math.log(c) - logTotal;
    }
    if (piece.length() >= 4) {
      // rare or unseen: a known stem with clitics (بالجمارك ← جمارك) or its own few sightings
      double e = Math.max(c, pieces.affixed(j, i));
      if (e >= 1) {
        return Math.log(e) - logTotal;
      }
    }
    return Double.NEGATIVE_INFINITY;
  }

  /**
   * A piece whose letters after a proclitic chain number at most {@code shortPiece}: من, وفي,
   * المخ, والت. Such strings are as often word beginnings or endings as words.
   */
  private boolean isShort(SegmentPieces pieces, int j, int i) {
    return isShort(pieces.text(j, i), pieces.count(j, i));
  }

  /** {@link #isShort(SegmentPieces, int, int)} of a piece whose lexicon count is {@code count}. */
  private boolean isShort(String piece, long count) {
    if (piece.length() <= params.shortPiece()) {
      return true;
    }
    if (count >= params.frequentShort()) {
      return false; // الذي, التي, كان, بين: frequent enough to stand on their own
    }
    int core = piece.length();
    for (int k = Math.min(4, piece.length() - 1); k >= 1; k--) {
      if (isProcliticChain(piece.substring(0, k)) || (k == 1 && isConjunctionOrPreposition(piece.charAt(0)))) {
        core = piece.length() - k;
        break;
      }
    }
    return core <= params.shortPiece();
  }

  /**
   * True for a piece that ends in ال + hamza-alef (الأ, الإ, الآ, والإ): normalized it reads الا
   * (إلا), but in the original it is the start of a word such as الأطرف.
   */
  private static boolean hamzaArticleFragment(NormalizedText v, int from, int to) {
    if (to - from < 3) {
      return false;
    }
    String o = v.original();
    char last = o.charAt(v.originalStart(to - 1));
    char lam = o.charAt(v.originalStart(to - 2));
    char alef = o.charAt(v.originalStart(to - 3));
    return (last == '\u0623' || last == '\u0625' || last == '\u0622') && lam == '\u0644' && alef == '\u0627';
  }

  /** A bare proclitic chain (وال, بال, لل …): at most four letters, so longer strings skip the set. */
  private static boolean isProcliticChain(String s) {
    return s.length() <= 4 && PROCLITIC_CHAINS.contains(s);
  }

  /** A pronoun suffix (ها, هم …): at most three letters. */
  private static boolean isEnclitic(String s) {
    return s.length() <= 3 && ENCLITICS.contains(s);
  }

  private static boolean isConjunctionOrPreposition(char c) {
    return c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644' || c == '\u0643';
  }

  /** A cut before normalized index {@code i} must not fall inside one original character. */
  private static boolean cuttable(NormalizedText v, int i) {
    return i > 0 && i < v.length() && v.originalStart(i) >= v.originalEnd(i - 1);
  }

  private static boolean isLetter(char c) {
    return ArabicLetterRuns.isArabicLetter(c);
  }

  private static boolean hasInnerFinalLetter(String text) {
    int last = text.length() - 1;
    while (last >= 0 && !ArabicLetterRuns.isArabicLetter(text.charAt(last))) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      char c = text.charAt(i);
      if (c == TEH_MARBUTA || c == ALEF_MAKSURA) {
        return true;
      }
    }
    return false;
  }
}
