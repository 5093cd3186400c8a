package org.rasid.store.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.Event;
import org.rasid.core.model.Quote;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.TimeExpression;

/**
 * A story's dated events and statements in chronological order.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>{@link TimelineEntry.Kind#EVENT}: every event whose time value resolves to a day ({@link
 *       TimexDates}), at the event's sentence.
 *   <li>{@link TimelineEntry.Kind#STATEMENT}: every quote in a sentence holding a time expression
 *       that resolves to a day, dated by that expression (the first one in the sentence).
 *   <li>{@link TimelineEntry.Kind#TIME}: every other resolved time expression whose sentence holds
 *       no event or statement already listed.
 *   <li>The same item told by several members (same kind, value and normalized sentence words)
 *       is listed once, from the first member, with the number of members that carry it.
 *   <li>Order: date, then kind (events, statements, times), then member order, then sentence.
 *   <li>When no member has a dated item (no time tagging ran), each member that is not a copy gives
 *       a {@link TimelineEntry.Kind#PUBLISHED} item at its publication date with its headline
 *       (cleaned like a title, {@link StoryTitler#clean}), so the
 *       timeline still shows how the story unfolded in the press.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class StoryTimeline {

  /**
   * Builds the timeline of {@code members} (in member order); {@code copies} are the ids of members
   * that are near-duplicates of another, left out of the publication fallback.
   */
  public List<TimelineEntry> build(List<Analysis> members, Set<String> copies) {
    Map<String, TimelineEntry> items = new LinkedHashMap<>();
    Map<String, Integer> order = new LinkedHashMap<>();
    for (int m = 0; m < members.size(); m++) {
      Analysis a = members.get(m);
      order.put(a.id(), m);
      List<Sentence> ss = StorySentences.of(a);
      Set<Integer> covered = new HashSet<>();
      for (Event e : a.events()) {
        if (e.time() == null) {
          continue;
        }
        Optional<LocalDate> day = TimexDates.firstDay(e.time().value());
        if (day.isPresent() && e.sentence() < ss.size()) {
          put(items, new TimelineEntry(day.get(), e.time().value(), TimelineEntry.Kind.EVENT, ss.get(e.sentence()).text(), a.id(), e.sentence(), null, 1));
          covered.add(e.sentence());
        }
      }
      for (Quote q : a.quotes()) {
        int si = StorySentences.indexAt(ss, q.span().start());
        if (si < 0) {
          continue;
        }
        Optional<TimeExpression> t = firstDated(a, ss.get(si));
        if (t.isPresent()) {
          String speaker = q.speaker() == null ? null : q.speaker().canonical();
          put(items, new TimelineEntry(TimexDates.firstDay(t.get().value()).orElseThrow(), t.get().value(), TimelineEntry.Kind.STATEMENT, ss.get(si).text(), a.id(), si, speaker, 1));
          covered.add(si);
        }
      }
      for (TimeExpression t : a.times()) {
        Optional<LocalDate> day = TimexDates.firstDay(t.value());
        int si = StorySentences.indexAt(ss, t.span().start());
        if (day.isEmpty() || si < 0 || covered.contains(si)) {
          continue;
        }
        put(items, new TimelineEntry(day.get(), t.value(), TimelineEntry.Kind.TIME, ss.get(si).text(), a.id(), si, null, 1));
      }
    }
    List<TimelineEntry> out = new ArrayList<>(items.values());
    if (out.isEmpty()) {
      for (Analysis a : members) {
        if (a.dct() == null || copies.contains(a.id())) {
          continue;
        }
        String text = a.title() != null && !a.title().isBlank() ? StoryTitler.clean(a.title()) : firstSentence(a);
        out.add(new TimelineEntry(a.dct(), a.dct().toString(), TimelineEntry.Kind.PUBLISHED, text, a.id(), 0, null, 1));
      }
    }
    out.sort(
        Comparator.comparing(TimelineEntry::date)
            .thenComparing(TimelineEntry::kind)
            .thenComparingInt(e -> order.getOrDefault(e.articleId(), Integer.MAX_VALUE))
            .thenComparingInt(TimelineEntry::sentence));
    return out;
  }

  private static void put(Map<String, TimelineEntry> items, TimelineEntry e) {
    String key = e.kind() + "|" + e.value() + "|" + String.join(" ", ContentWords.shingleWords(e.text()));
    TimelineEntry old = items.get(key);
    if (old == null) {
      items.put(key, e);
    } else if (!old.articleId().equals(e.articleId())) {
      items.put(key, new TimelineEntry(old.date(), old.value(), old.kind(), old.text(), old.articleId(), old.sentence(), old.speaker(), old.sources() + 1));
    }
  }

  private static Optional<TimeExpression> firstDated(Analysis a, Sentence s) {
    return a.times().stream()
        .filter(t -> t.span().start() >= s.start() && t.span().start() < s.end())
        .filter(t -> TimexDates.firstDay(t.value()).isPresent())
        .min(Comparator.comparingInt(t -> t.span().start()));
  }

  private static String firstSentence(Analysis a) {
    List<Sentence> ss = StorySentences.of(a);
    return ss.isEmpty() ? "" : ss.get(0).text();
  }
}
