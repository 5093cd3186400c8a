package org.rasid.store.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rasid.core.model.Analysis;

/**
 * An Arabic title for a story.
 *
 * <p>Rules, first that applies:
 *
 * <ol>
 *   <li>The headline of the most central member: the one whose headline and lead share most with
 *       the other members (sum of TF-IDF cosines, {@link SentenceGraph}; ties: the earlier member).
 *       Agency furniture is cut: a short desk label before a slash ({@code سياسي / }, {@code عام /
 *       }) and a trailing {@code / إضافة أولى…} part marker; the HTML entities scraped headlines keep
 *       ({@code &quot;}, {@code &#039;}, {@code &amp;}) are decoded.
 *   <li>Without headlines: the most central sentence ({@link StorySummarizer}, one sentence).
 *   <li>Without text: the key entities joined with the Arabic comma, else the key terms.
 * </ol>
 *
 * <p>Titles longer than {@value #MAX_WORDS} words are cut there and end with an ellipsis. Stateless.
 */
public final class StoryTitler {

  static final int MAX_WORDS = 14;
  static final String ARABIC_COMMA = "\u060C ";
  static final String ELLIPSIS = "\u2026";
  private static final Pattern DESK_LABEL = Pattern.compile("^\\s*[^/\\n]{1,15}?\\s*/\\s*");
  private static final Pattern PART_MARKER = Pattern.compile("\\s*/\\s*\u0625\u0636\u0627\u0641\u0629.*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final StorySummarizer summarizer;

  public StoryTitler(StorySummarizer summarizer) {
    this.summarizer = summarizer;
  }

  public StoryTitler() {
    this(new StorySummarizer());
  }

  public String title(List<Analysis> members, List<String> keyEntities, List<String> keyTerms) {
    List<Analysis> titled = members.stream().filter(a -> a.title() != null && !clean(a.title()).isEmpty()).toList();
    if (!titled.isEmpty()) {
      return trim(clean(mostCentral(titled).title()));
    }
    List<SummarySentence> top = summarizer.summarize(members, 1);
    if (!top.isEmpty()) {
      return trim(top.get(0).text());
    }
    if (!keyEntities.isEmpty()) {
      return String.join(ARABIC_COMMA, keyEntities.subList(0, Math.min(4, keyEntities.size())));
    }
    return String.join(" ", keyTerms.subList(0, Math.min(5, keyTerms.size())));
  }

  private static Analysis mostCentral(List<Analysis> members) {
    List<Analysis> ms = members.subList(0, Math.min(60, members.size()));
    List<List<String>> bags = new ArrayList<>();
    for (Analysis a : ms) {
      List<String> bag = new ArrayList<>();
      ContentWords.terms(a.title(), bag);
      ContentWords.terms(a.title(), bag);
      List<org.rasid.core.model.Sentence> ss = StorySentences.of(a);
      for (int i = 0; i < Math.min(3, ss.size()); i++) {
        ContentWords.terms(ss.get(i).text(), bag);
      }
      bags.add(bag);
    }
    SentenceGraph g = SentenceGraph.of(bags);
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < ms.size(); i++) {
      double s = 0;
      for (int j = 0; j < ms.size(); j++) {
        if (i != j) {
          s += g.cosine(i, j);
        }
      }
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return ms.get(best);
  }

  /** Removes agency desk labels and part markers, and folds whitespace. */
  static String clean(String headline) {
    // scraped headlines keep some HTML entities
    String s = headline.replace("&quot;", "\"").replace("&#039;", "'").replace("&amp;", "&");
    s = PART_MARKER.matcher(s).replaceFirst("");
    s = DESK_LABEL.matcher(s).replaceFirst("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  static String trim(String text) {
    String[] words = SPACES.split(text.strip());
    if (words.length <= MAX_WORDS) {
      return String.join(" ", words);
    }
    return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + ELLIPSIS;
  }
}
