package org.rasid.core.sentence;

import java.util.List;
import java.util.Set;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;

/**
 * Decides whether a full stop ends an abbreviation rather than a sentence.
 *
 * <p>Rules for a "." token glued to the word before it:
 *
 * <ul>
 *   <li>A single Arabic letter (diacritics and tatweel aside) is an abbreviation: د. (دكتور), م.,
 *       spaced agency initials د. أ. ف. ب. Except (a) after a number, where it is a unit or an era
 *       ending the sentence (عام 1990م. / 1433 هـ.), and (b) the last full stop of a glued chain of
 *       initials followed by a space (نقلت وكالة أ.ف.ب. ثم …), which Arabic writers end sentences with.
 *   <li>A single Latin letter starting a word is an abbreviation (U.S., J. Smith) — but not the s of
 *       90s.; so is a word of {@link #LATIN}.
 *   <li>A full stop followed by a lower-case Latin word is no sentence end (e.g. this).
 * </ul>
 */
final class Abbreviations {

  /** Latin abbreviations that are almost never sentence-final; case-sensitive. */
  static final Set<String> LATIN = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Lt", "Col", "Maj", "Capt",
      "Sgt", "Adm", "Gov", "Sen", "Rep", "Pres", "Rev", "Hon", "Amb", "Inc", "Ltd", "Corp", "Co",
      "vs", "No", "Nos", "Vol", "pp", "Fig", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
      "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

  private Abbreviations() {}

  /** True when the terminal token {@code t} is the full stop of an abbreviation. */
  static boolean endsAbbreviation(String text, List<Token> tokens, int t) {
    Token stop = tokens.get(t);
    if (!stop.text().equals(".")) {
      return false;
    }
    if (t + 1 < tokens.size() && isLowerCaseLatin(tokens.get(t + 1))
        && !SentenceSplitter.hasLineBreak(text, stop.end(), tokens.get(t + 1).start())) {
      return true;
    }
    if (t == 0 || tokens.get(t - 1).end() != stop.start()) {
      return false;
    }
    Token word = tokens.get(t - 1);
    if (word.type() == TokenType.LATIN) {
      return LATIN.contains(word.text()) || (word.text().length() == 1 && startsWord(tokens, t - 1));
    }
    if (word.type() != TokenType.ARABIC || word.norm().length() != 1) {
      return false;
    }
    if (t >= 2 && tokens.get(t - 2).type() == TokenType.NUMBER) {
      return false;
    }
    boolean chainEnd = t >= 3
        && tokens.get(t - 2).text().equals(".")
        && tokens.get(t - 2).end() == word.start()
        && tokens.get(t - 3).end() == tokens.get(t - 2).start()
        && tokens.get(t - 3).type() == TokenType.ARABIC
        && tokens.get(t - 3).norm().length() == 1;
    boolean followedBySpace = stop.end() < text.length()
        && (t + 1 == tokens.size() || tokens.get(t + 1).start() > stop.end());
    return !(chainEnd && followedBySpace);
  }

  /** True when token {@code w} is not glued to the token before it, or only to a full stop (U.S.). */
  private static boolean startsWord(List<Token> tokens, int w) {
    return w == 0 || tokens.get(w - 1).end() != tokens.get(w).start() || tokens.get(w - 1).text().equals(".");
  }

  private static boolean isLowerCaseLatin(Token token) {
    return token.type() == TokenType.LATIN && Character.isLowerCase(token.text().codePointAt(0));
  }
}
