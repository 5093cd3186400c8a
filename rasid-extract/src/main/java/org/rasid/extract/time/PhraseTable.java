package org.rasid.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.core.normalize.ArabicNormalizer;

/**
 * Phrases of one or more words (normalized) with a value, indexed by their first word so that a
 * token is looked up with one hash probe. The first word may carry a proclitic in the text (وأمس،
 * بشهر، للعام); later words must match exactly. Longest phrase wins. Immutable.
 */
final class PhraseTable<V> {

  /** One phrase. {@code amb} marks a word that is also an ordinary word and needs context. */
  record Entry<V>(String[] words, V value, boolean amb) {}

  /** A match: token range [start, end), value and the proclitic length cut from the first word. */
  record Hit<V>(int start, int end, V value, boolean amb, int prefix) {}

  private final Map<String, List<Entry<V>>> byFirst;

  private PhraseTable(Map<String, List<Entry<V>>> byFirst) {
    this.byFirst = byFirst;
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  static final class Builder<V> {
    private final Map<String, List<Entry<V>>> map = new HashMap<>();

    Builder<V> add(String phrase, V value, boolean amb) {
      String[] words = ArabicNormalizer.get().normalize(phrase).trim().split("\\s+");
      List<Entry<V>> list = map.computeIfAbsent(words[0], k -> new ArrayList<>());
      for (Entry<V> e : list) {
        if (String.join(" ", e.words()).equals(String.join(" ", words))) {
          return this;
        }
      }
      list.add(new Entry<>(words, value, amb));
      return this;
    }

    PhraseTable<V> build() {
      Map<String, List<Entry<V>>> frozen = new HashMap<>();
      for (Map.Entry<String, List<Entry<V>>> e : map.entrySet()) {
        List<Entry<V>> l = new ArrayList<>(e.getValue());
        l.sort(Comparator.comparingInt((Entry<V> x) -> x.words().length).reversed());
        frozen.put(e.getKey(), List.copyOf(l));
      }
      return new PhraseTable<>(Map.copyOf(frozen));
    }
  }

  /** The first words of all phrases. */
  java.util.Set<String> heads() {
    return byFirst.keySet();
  }

  /** The first words of the one-word phrases. */
  java.util.Set<String> oneWordHeads() {
    java.util.Set<String> out = new java.util.HashSet<>();
    byFirst.forEach((head, entries) -> {
      if (entries.stream().anyMatch(e -> e.words().length == 1)) {
        out.add(head);
      }
    });
    return out;
  }

  /** Every word after the first of every phrase, as the phrase compares it (exactly). */
  java.util.Set<String> tails() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (List<Entry<V>> entries : byFirst.values()) {
      for (Entry<V> e : entries) {
        out.addAll(java.util.Arrays.asList(e.words()).subList(1, e.words().length));
      }
    }
    return out;
  }

  /**
   * The longest phrase starting at token {@code i} (its word maybe with proclitics), or null. Most
   * calls end at once: a longer phrase needs the next word to be a phrase word ({@link
   * WordBits#PHRASE_TAIL}) and a one-word phrase needs this word to be one ({@link
   * WordBits#PHRASE_ONE}); both bits were read off the word table when the tokens were made.
   */
  @SuppressWarnings("unchecked")
  Hit<V> match(RuleSupport.Ctx c, int i) {
    boolean longer = c.has(i + 1, WordBits.PHRASE_TAIL);
    if (!longer && !c.has(i, WordBits.PHRASE_ONE)) {
      return null;
    }
    Clitics.Forms f = c.forms(i);
    // a word of the table: its forms' phrase lists were found when the grammar was made
    Object[] byForm = c.phraseLists(this, i);
    if (byForm != null && byForm.length == 0) {
      return null;
    }
    String[] forms = f.forms();
    for (int k = 0; k < forms.length; k++) {
      List<Entry<V>> list = byForm != null ? (List<Entry<V>>) byForm[k] : byFirst.get(forms[k]);
      Hit<V> hit = list == null ? null : tryList(list, c.toks, i, f.prefixes()[k], longer);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  /**
   * The phrase lists of {@code forms} (each form's, in order, null where the form starts no
   * phrase), or null when none starts one: what {@link #match} looks up for a word with these
   * forms, found once per word of the word table.
   */
  Object[] listsOf(Clitics.Forms forms) {
    Object[] out = null;
    String[] f = forms.forms();
    for (int k = 0; k < f.length; k++) {
      List<Entry<V>> list = byFirst.get(f[k]);
      if (list != null) {
        if (out == null) {
          out = new Object[f.length];
        }
        out[k] = list;
      }
    }
    return out;
  }

  private Hit<V> tryList(List<Entry<V>> list, TimeTokens.TokList toks, int i, int prefix, boolean longer) {
    for (Entry<V> e : list) {
      if (!longer && e.words().length > 1) {
        continue; // the next word is no phrase's word
      }
      int k = 1;
      while (k < e.words().length && i + k < toks.size() && toks.text(i + k).equals(e.words()[k])) {
        k++;
      }
      if (k == e.words().length) {
        return new Hit<>(i, i + k, e.value(), e.amb(), prefix);
      }
    }
    return null;
  }
}
