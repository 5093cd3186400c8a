package org.rasid.core.glued;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link SpaceLoss}. */
class SpaceLossTest {

  private static List<SpaceLoss.Glued> apply(double rate, String text) {
    List<SpaceLoss.Glued> out = new ArrayList<>();
    new SpaceLoss(rate, 42).apply(text, out::add);
    return out;
  }

  @Test
  void testRateZeroKeepsEveryRunAlone() {
    List<SpaceLoss.Glued> g = apply(0, "الأمم المتحدة في نيويورك");
    assertEquals(List.of("الأمم", "المتحدة", "في", "نيويورك"), g.stream().map(SpaceLoss.Glued::text).toList());
    g.forEach(x -> assertEquals(List.of(), x.cuts()));
  }

  @Test
  void testRateOneJoinsRunsSeparatedBySpacesAndKnowsTheCuts() {
    List<SpaceLoss.Glued> g = apply(1, "الأمم المتحدة");
    assertEquals(1, g.size());
    assertEquals("الأممالمتحدة", g.get(0).text());
    assertEquals(List.of(5), g.get(0).cuts());
  }

  @Test
  void testPunctuationBetweenRunsIsNeverRemoved() {
    List<SpaceLoss.Glued> g = apply(1, "دمشق، بيروت");
    assertEquals(List.of("دمشق", "بيروت"), g.stream().map(SpaceLoss.Glued::text).toList());
  }

  @Test
  void testSameSeedSameLoss() {
    String text = "قال الوزير إن الاجتماع سيعقد يوم الخميس المقبل في العاصمة";
    assertEquals(apply(0.5, text), apply(0.5, text));
  }
}
