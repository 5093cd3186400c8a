package org.rasid.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.EntityMention;
import org.rasid.core.model.Event;
import org.rasid.core.model.Quote;
import org.rasid.core.model.TimeExpression;
import org.rasid.core.model.Token;
import org.rasid.core.model.TokenType;

/** Prints a readable Arabic summary of one analysis, for people at a terminal. */
final class ArticleSummary {

  private static final int TITLE_CHARS = 90;
  private static final int QUOTE_CHARS = 110;

  private ArticleSummary() {}

  static void print(Analysis a, PrintWriter out) {
    out.println("━━ " + a.id() + " " + "━".repeat(Math.max(3, 60 - a.id().length())));
    out.println("العنوان: " + title(a));
    out.println("تاريخ النشر: " + (a.dct() == null ? "غير معروف" : a.dct() + " (" + dctSource(a) + ")"));
    out.println(
        "الجمل: " + a.sentences().size()
            + " · الكلمات: " + a.tokens().stream().filter(t -> t.type() == TokenType.ARABIC || t.type() == TokenType.LATIN).count()
            + " · كلمات ملتصقة فُصلت: " + gluedSplits(a.tokens()));
    if (!a.times().isEmpty()) {
      out.println("التواريخ والأوقات (" + a.times().size() + "):");
      for (TimeExpression t : a.times()) {
        out.println("  • " + t.text() + "  ←  " + (t.value() == null ? "—" : t.value()) + "  [" + t.type() + "]");
      }
    }
    if (!a.entities().isEmpty()) {
      Map<String, List<EntityMention>> byEntity =
          a.entities().stream().collect(Collectors.groupingBy(EntityMention::entityId, LinkedHashMap::new, Collectors.toList()));
      out.println("الكيانات (" + byEntity.size() + "):");
      byEntity.values().forEach(ms -> {
        EntityMention m = ms.get(0);
        String spellings = ms.stream().map(EntityMention::text).distinct().collect(Collectors.joining("، "));
        out.println("  • " + m.canonical() + " [" + m.type() + "] ×" + ms.size() + "  (" + spellings + ")");
      });
    }
    if (!a.quotes().isEmpty()) {
      out.println("الاقتباسات (" + a.quotes().size() + "):");
      for (Quote q : a.quotes()) {
        String who = q.speaker() == null ? "؟" : q.speaker().canonical();
        out.println("  • " + who + " (" + q.cue().text() + "): " + (q.direct() ? "«" : "") + clip(q.text(), QUOTE_CHARS) + (q.direct() ? "»" : ""));
      }
    }
    if (!a.events().isEmpty()) {
      out.println("الأحداث (" + a.events().size() + "):");
      for (Event e : a.events()) {
        StringBuilder sb = new StringBuilder("  • " + e.type() + (e.cameo() == null ? "" : " [CAMEO " + e.cameo() + "]") + ": " + e.trigger().text());
        if (e.actor() != null) sb.append(" · الفاعل: ").append(e.actor().text());
        if (e.target() != null) sb.append(" · المستهدف: ").append(e.target().text());
        if (e.killed() != null) sb.append(" · قتلى: ").append(e.killed());
        if (e.injured() != null) sb.append(" · جرحى: ").append(e.injured());
        out.println(sb);
      }
    }
    out.println();
    out.flush();
  }

  private static String title(Analysis a) {
    if (a.title() != null && !a.title().isBlank()) {
      return a.title();
    }
    String first = a.sentences().isEmpty() ? a.text().strip().lines().findFirst().orElse("") : a.sentences().get(0).text();
    return clip(first, TITLE_CHARS);
  }

  private static String dctSource(Analysis a) {
    return switch (a.dctSource()) {
      case GIVEN -> "مُعطى";
      case METADATA -> "من البيانات الوصفية";
      case TEXT -> "من النص";
      case NONE -> "غير معروف";
    };
  }

  /** Adjacent Arabic tokens with no space between them were split from one glued word. */
  private static int gluedSplits(List<Token> tokens) {
    int n = 0;
    for (int i = 1; i < tokens.size(); i++) {
      Token p = tokens.get(i - 1);
      Token t = tokens.get(i);
      if (p.type() == TokenType.ARABIC && t.type() == TokenType.ARABIC && p.end() == t.start()) {
        n++;
      }
    }
    return n;
  }

  private static String clip(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max) + "…";
  }
}
