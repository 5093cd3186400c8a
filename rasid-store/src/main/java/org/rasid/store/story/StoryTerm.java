package org.rasid.store.story;

import java.util.Objects;

/**
 * One story term with what the features need of it, computed once per distinct term.
 *
 * @param text the term ({@link ContentWords#term}: normalized, article stripped)
 * @param fingerprint {@link LongIntMap#fingerprint} of {@code text}
 * @param idf its inverse document frequency under the tracker's {@link TermStatistics}
 */
record StoryTerm(String text, long fingerprint, double idf) {

  StoryTerm {
    Objects.requireNonNull(text, "text");
  }
}
