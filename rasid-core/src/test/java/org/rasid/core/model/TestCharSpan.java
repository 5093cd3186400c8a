package org.rasid.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestCharSpan {

  @Test
  void invertedBoundsNameBothValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CharSpan(7, 3));
    assertTrue(e.getMessage().contains("start=7") && e.getMessage().contains("end=3"), e.getMessage());
  }

  @Test
  void negativeStartRejected() {
    assertThrows(IllegalArgumentException.class, () -> new CharSpan(-1, 3));
  }

  @Test
  void coveredTextIsSubstring() {
    String text = "وقال فاليرو للصحفيين";
    assertEquals("فاليرو", new CharSpan(5, 11).of(text));
  }

  @Test
  void spanBeyondTextNamesLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CharSpan(2, 40).of("دمشق"));
    assertTrue(e.getMessage().contains("4"), e.getMessage());
  }

  @Test
  void halfOpenOverlap() {
    assertFalse(new CharSpan(0, 3).overlaps(new CharSpan(3, 5)));
    assertTrue(new CharSpan(0, 4).overlaps(new CharSpan(3, 5)));
    assertEquals(new CharSpan(0, 5), new CharSpan(0, 3).union(new CharSpan(3, 5)));
  }

  @Test
  void textSpanRejectsTextOfOtherLength() {
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(new CharSpan(0, 3), "دمشق"));
    assertEquals("دمشق", TextSpan.of("في دمشق", 3, 7).text());
  }

  @Test
  void tokenWithoutPartsHasItselfAsOnlyPart() {
    Token t = new Token(new CharSpan(0, 4), "دمشق", TokenType.ARABIC, "دمشق", null);
    assertEquals(java.util.List.of("دمشق"), t.parts());
  }
}
