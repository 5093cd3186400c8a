package org.rasid.store.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * Words of an article for story features, in normalized spelling.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Text is normalized by {@link ArabicNormalizer} (alef, yeh, teh marbuta, digits folded), so
 *       الحكومة/الحكومه and سوريا/سوريه variants meet.
 *   <li>A word is a maximal run of Arabic letters (U+0621–U+064A, U+0671–U+06D3), ASCII letters or
 *       digits; everything else separates words.
 *   <li>{@link #shingleWords} keeps every word (verbatim copies share function words too);
 *       {@link #terms} drops stop words, one-letter words and one-digit numbers, and strips the
 *       definite article with its attached particles (وال بال كال فال لل وبال ولل فبال …): a cheap
 *       stand-in for the clitic segmenter that never cuts a word below three letters.
 *   <li>When the analysis carries tokens (the text layer ran), term extraction uses each token's
 *       normalized longest part ({@link Token#stem()}) instead of the cheap stripping.
 * </ol>
 *
 * <p>Stateless; the stop-word list is a constant of common Arabic function words and reporting
 * verbs (their normalized forms).
 */
final class ContentWords {

  private ContentWords() {}

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.get();

  /** Function words, reporting verbs and agency furniture, in normalized spelling. */
  static final Set<String> STOP_WORDS =
      Set.copyOf(List.of(
          "في", "من", "الي", "علي", "عن", "مع", "ان", "انه", "انها", "او", "ثم", "كما", "قد", "لقد",
          "لم", "لن", "ما", "ماذا", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "هن", "نحن", "التي",
          "الذي", "الذين", "اللذين", "اللتين", "كان", "كانت", "يكون", "تكون", "بين", "حيث", "حتي",
          "اذا", "اذ", "الا", "منذ", "عند", "عندما", "بعد", "قبل", "خلال", "ضد", "نحو", "لدي", "لكن",
          "بل", "غير", "كل", "بعض", "اي", "ايضا", "قال", "وقال", "قالت", "وقالت", "اكد", "واكد",
          "اشار", "واشار", "اضاف", "واضاف", "ذكر", "وذكر", "اوضح", "واوضح", "يوم", "اليوم", "امس",
          "وفي", "ومن", "وعلي", "وان", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "له", "لها",
          "لهم", "به", "بها", "وهو", "وهي", "الا", "ولا", "لا", "وما", "كانوا", "تم", "وتم", "يتم",
          "هناك", "هنا", "لذلك", "وذلك", "اما", "وكان", "ضمن", "عبر", "حول", "وقد", "ولم", "اللذي",
          "سوف", "فقط", "جدا", "احد", "اخري", "اخر", "الاخري", "ذات", "دون", "لدي", "مثل", "وهذا",
          "هذا", "وهذه", "الذى", "عام", "العام", "واس", "the", "of", "and", "in", "to"));

  /** Every normalized word of {@code text}, in order. */
  static List<String> shingleWords(String text) {
    return wordsOfNormalized(NORMALIZER.normalize(text));
  }

  /** The words of a text already normalized by {@link ArabicNormalizer}, in order. */
  static List<String> wordsOfNormalized(String norm) {
    List<String> out = new ArrayList<>(norm.length() / 5);
    int start = -1;
    for (int i = 0; i <= norm.length(); i++) {
      boolean word = i < norm.length() && isWordChar(norm.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(norm.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /**
   * The FNV-1a hashes ({@link MinHash#fnv}) of the words of a normalized text, in order: what
   * {@link #wordsOfNormalized} followed by {@code MinHash.fnv} of each word gives, without making
   * the word strings.
   *
   * <p>Holds its array privately (not copied: only this class fills it).
   */
  static final class WordHashes {
    private final long[] hashes;
    private final int count;

    private WordHashes(long[] hashes, int count) {
      this.hashes = hashes;
      this.count = count;
    }

    int count() {
      return count;
    }

    long hash(int i) {
      java.util.Objects.checkIndex(i, count);
      return hashes[i];
    }

    /** The hashes in order, as a new array. */
    long[] toArray() {
      return java.util.Arrays.copyOf(hashes, count);
    }
  }

  static WordHashes wordHashes(String norm) {
    long[] out = new long[Math.max(8, norm.length() / 5)];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (isWordChar(c)) {
        if (!inWord) {
          h = 0xcbf29ce484222325L;
          inWord = true;
        }
        h = (h ^ c) * 0x100000001b3L;
      } else if (inWord) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = h;
        inWord = false;
      }
    }
    if (inWord) {
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n + 1);
      }
      out[n++] = h;
    }
    return new WordHashes(out, n);
  }

  /**
   * {@link Token#stem()} without a stream: the longest non-empty part, the later one on a tie; the
   * token's text when every part is empty.
   */
  static String stem(Token tok) {
    String best = null;
    for (String p : tok.parts()) {
      if (!p.isEmpty() && (best == null || p.length() >= best.length())) {
        best = p;
      }
    }
    return best == null ? tok.text() : best;
  }

  /** Content terms of a title or body text (normalized, article stripped, stop words out). */
  static void terms(String text, List<String> out) {
    for (String w : shingleWords(text)) {
      String t = term(w);
      if (t != null) {
        out.add(t);
      }
    }
  }

  /** Content terms of an analysis body: from its tokens when present, else from its text. */
  static List<String> bodyTerms(Analysis a) {
    return bodyTerms(a, a.tokens().isEmpty() ? shingleWords(a.text()) : List.of());
  }

  /** Same, reusing the body's {@link #shingleWords} when the analysis has no tokens. */
  static List<String> bodyTerms(Analysis a, List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    if (a.tokens().isEmpty()) {
      for (String w : words) {
        String t = term(w);
        if (t != null) {
          out.add(t);
        }
      }
      return out;
    }
    for (Token tok : a.tokens()) {
      if (tok.type() != TokenType.ARABIC && tok.type() != TokenType.LATIN && tok.type() != TokenType.NUMBER) {
        continue;
      }
      String w = NORMALIZER.normalize(tok.parts().size() > 1 ? tok.stem() : tok.norm());
      String t = term(w);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** The term for one normalized word, or null when it carries no content. */
  static String term(String w) {
    if (STOP_WORDS.contains(w)) {
      return null;
    }
    String t = stripArticle(w);
    if (t.length() < 2 || STOP_WORDS.contains(t)) {
      return null;
    }
    return t;
  }

  private static final String[] ARTICLE_PREFIXES = {
    "وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"
  };

  /** Strips the article and particles glued before it, keeping at least three letters. */
  static String stripArticle(String w) {
    // every prefix ends in ال or لل within the first four letters: most words have neither
    int l = w.indexOf('\u0644'); // lam
    if (l < 0 || l > 3 || w.length() < 5) {
      return w;
    }
    for (String p : ARTICLE_PREFIXES) {
      if (w.length() - p.length() >= 3 && w.startsWith(p)) {
        return w.substring(p.length());
      }
    }
    return w;
  }

  static boolean isWordChar(char c) {
    return (c >= '\u0621' && c <= '\u064A')
        || (c >= '\u0671' && c <= '\u06D3')
        || (c >= '0' && c <= '9')
        || (c >= 'a' && c <= 'z');
  }
}
