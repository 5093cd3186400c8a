package org.rasid.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of {@link ArabicNormalizer} and {@link NormalizedText}. */
class TestNormalizerProperties {

  private static final List<String> PIECES = List.of(
      "ا", "ب", "ل", "م", "ي", "ة", "ى", "ی", "ک", "أ", "إ", "آ", "ٱ", "ؤ", "ئ",
      "\u064E", "\u064F", "\u0651", "\u0652", "\u064B", "\u0670", "\u06D6", "\u0640",
      "A", "z", "Q", "1", "٣", "۷", "٫", "٬", "٪", "،", "؛", "؟", ".", " ", "\n",
      "«", "»", "\"", "\u200C", "\u200F", "\u061C", "\u202E", "\u2066", "\uFEFF",
      "\uFEFB", "\uFEF7", "\uFDF2", "\uFDFA", "\uFE7C", "\uFC5E", "\uD83D\uDE00");

  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.of(PIECES).list().ofMaxSize(80).map(pieces -> String.join("", pieces)),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  @Property(tries = 500)
  void normalizationIsIdempotent(@ForAll("texts") String text) {
    String once = normalizer.normalize(text);
    assertEquals(once, normalizer.normalize(once));
  }

  @Property(tries = 500)
  void viewAgreesWithNormalize(@ForAll("texts") String text) {
    assertEquals(normalizer.normalize(text), normalizer.view(text).normalized());
  }

  @Property(tries = 500)
  void viewOffsetsAreInBoundsAndNonDecreasing(@ForAll("texts") String text) {
    NormalizedText view = normalizer.view(text);
    assertEquals(text, view.original());
    int previousStart = 0;
    int previousEnd = 0;
    for (int i = 0; i < view.length(); i++) {
      int start = view.originalStart(i);
      int end = view.originalEnd(i);
      assertTrue(0 <= start && start < end && end <= text.length(), "pair " + i + " out of bounds");
      assertTrue(start >= previousStart && end >= previousEnd, "pair " + i + " goes backwards");
      previousStart = start;
      previousEnd = end;
      assertTrue(view.fromOriginal(start) <= i, "fromOriginal(originalStart(i)) must not pass i");
    }
    if (view.length() > 0) {
      assertEquals(
          new org.rasid.core.model.CharSpan(view.originalStart(0), view.originalEnd(view.length() - 1)),
          view.toOriginal(0, view.length()));
    }
  }
}
