package org.rasid.store.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Sentence;

/**
 * Extractive multi-document summary of a story.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Candidates: the first {@link Config#leadSentences()} sentences of each member ({@link
 *       StorySentences}); news puts the event first), of {@link Config#minWords()} to {@link
 *       Config#maxWords()} words; a line under {@value #SHORT_LINE_WORDS} words must end with a
 *       sentence mark (headlines, tag lists and datelines do not), and a line ending with the
 *       agency signature واس is a dateline.
 *   <li>Sentences with the same normalized words (one agency sentence in several copies) collapse
 *       into one candidate that remembers how many copies said it.
 *   <li>Centrality: continuous LexRank over TF-IDF cosines ({@link SentenceGraph}), teleporting more
 *       often to sentences repeated by several sources ({@code 1 + ln copies}) and to earlier
 *       positions in their article ({@code 1 + 1 / (1 + position)}).
 *   <li>Selection: maximal marginal relevance (Carbonell &amp; Goldstein 1998), {@code λ·centrality −
 *       (1 − λ)·max cosine to the chosen}; a candidate whose cosine with a chosen sentence reaches
 *       {@link Config#redundancy()}, or whose word sets overlap by {@link Config#nearIdentical()}
 *       (Jaccard), is never chosen: near-identical sentences from different copies never both appear.
 *   <li>Output: at most {@code maxSentences}, in reading order (article date, member order, sentence
 *       index).
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class StorySummarizer {

  /**
   * Knobs.
   *
   * @param leadSentences sentences considered per article
   * @param minWords shortest candidate
   * @param maxWords longest candidate
   * @param lambda MMR trade-off between centrality and novelty
   * @param redundancy cosine at which a candidate repeats a chosen sentence
   * @param nearIdentical word-set Jaccard at which two sentences are the same sentence
   * @param maxCandidates cap on candidates (the graph is quadratic)
   */
  public record Config(
      int leadSentences, int minWords, int maxWords, double lambda, double redundancy, double nearIdentical, int maxCandidates) {
    public static final Config DEFAULT = new Config(10, 6, 70, 0.5, 0.5, 0.6, 600);
  }

  /** Lines shorter than this must end with a sentence mark to be candidates. */
  static final int SHORT_LINE_WORDS = 16;

  /** The Saudi Press Agency's signature ending its datelines (normalized). */
  static final String AGENCY = "\u0648\u0627\u0633";

  private final Config config;

  public StorySummarizer(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public StorySummarizer() {
    this(Config.DEFAULT);
  }

  private record Candidate(
      Analysis article, int member, int sentence, Sentence s, List<String> words, List<String> terms, int copies) {}

  /** Up to {@code maxSentences} summary sentences of {@code members}; empty for no members. */
  public List<SummarySentence> summarize(List<Analysis> members, int maxSentences) {
    if (maxSentences < 0) {
      throw new IllegalArgumentException("maxSentences must be >= 0, got " + maxSentences);
    }
    List<Candidate> cands = candidates(members);
    if (cands.isEmpty() || maxSentences == 0) {
      return List.of();
    }
    List<List<String>> bags = new ArrayList<>();
    double[] prior = new double[cands.size()];
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      bags.add(c.terms());
      prior[i] = (1 + Math.log(c.copies())) * (1 + 1.0 / (1 + c.sentence()));
    }
    SentenceGraph g = SentenceGraph.of(bags);
    double[] rank = g.lexRank(0.1, prior);
    double max = 0;
    for (double r : rank) {
      max = Math.max(max, r);
    }
    List<Integer> chosen = new ArrayList<>();
    Map<Integer, Double> scoreOf = new HashMap<>();
    Set<Integer> blocked = new HashSet<>();
    while (chosen.size() < maxSentences) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < cands.size(); i++) {
        if (blocked.contains(i)) {
          continue;
        }
        double maxSim = 0;
        boolean repeat = false;
        for (int j : chosen) {
          double c = g.cosine(i, j);
          maxSim = Math.max(maxSim, c);
          if (c >= config.redundancy() || jaccard(cands.get(i).words(), cands.get(j).words()) >= config.nearIdentical()) {
            repeat = true;
            break;
          }
        }
        if (repeat) {
          blocked.add(i);
          continue;
        }
        double s = config.lambda() * (max == 0 ? 0 : rank[i] / max) - (1 - config.lambda()) * maxSim;
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      blocked.add(best);
      scoreOf.put(best, bestScore);
    }
    chosen.sort(
        Comparator.<Integer, java.time.LocalDate>comparing(i -> cands.get(i).article().dct(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(i -> cands.get(i).member())
            .thenComparingInt(i -> cands.get(i).sentence()));
    List<SummarySentence> out = new ArrayList<>();
    for (int i : chosen) {
      Candidate c = cands.get(i);
      out.add(new SummarySentence(c.article().id(), c.sentence(), c.s().span(), c.s().text(), scoreOf.get(i)));
    }
    return out;
  }

  private List<Candidate> candidates(List<Analysis> members) {
    Map<String, Integer> byKey = new HashMap<>();
    List<Candidate> out = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      Analysis a = members.get(m);
      List<Sentence> ss = StorySentences.of(a);
      for (int i = 0; i < Math.min(config.leadSentences(), ss.size()); i++) {
        Sentence s = ss.get(i);
        List<String> words = ContentWords.shingleWords(s.text());
        if (words.size() < config.minWords() || words.size() > config.maxWords()) {
          continue;
        }
        // a short line without a sentence mark is a headline, a tag list or a dateline, not a statement
        if (words.size() < SHORT_LINE_WORDS && !StorySentences.endsLikeASentence(s.text())) {
          continue;
        }
        // an agency dateline: "مكة المكرمة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس"
        if (AGENCY.equals(words.get(words.size() - 1))) {
          continue;
        }
        String key = String.join(" ", words);
        Integer seen = byKey.get(key);
        if (seen != null) {
          Candidate c = out.get(seen);
          out.set(seen, new Candidate(c.article(), c.member(), c.sentence(), c.s(), c.words(), c.terms(), c.copies() + 1));
          continue;
        }
        if (out.size() >= config.maxCandidates()) {
          continue;
        }
        List<String> terms = new ArrayList<>();
        ContentWords.terms(s.text(), terms);
        byKey.put(key, out.size());
        out.add(new Candidate(a, m, i, s, words, terms, 1));
      }
    }
    return out;
  }

  static double jaccard(List<String> a, List<String> b) {
    Set<String> x = new HashSet<>(a);
    Set<String> y = new HashSet<>(b);
    int inter = 0;
    for (String w : x) {
      if (y.contains(w)) {
        inter++;
      }
    }
    int union = x.size() + y.size() - inter;
    return union == 0 ? 0 : inter / (double) union;
  }
}
