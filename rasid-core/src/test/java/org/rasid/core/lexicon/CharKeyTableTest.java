package org.rasid.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CharKeyTableTest {

  static final CharKeyTable TABLE = CharKeyTable.of(Map.of(
      "مجلس", 120L, "الامن", 95L, "حكومه", 40L, "مجلس الامن", 60L, "الولايات", 300L));

  @Test
  void wholeStringLooksUpItsCount() {
    assertEquals(120, TABLE.get("مجلس", 0, 4));
  }

  @Test
  void rangeInsideALongerWordIsLookedUpWithoutCuttingIt() {
    String word = "بالولايات"; // ب + الولايات
    assertEquals(300, TABLE.get(word, 1, word.length()));
    assertEquals(0, TABLE.get(word, 0, word.length()));
  }

  @Test
  void absentAndEmptyRangesCountZero() {
    assertEquals(0, TABLE.get("سوريا", 0, 5));
    assertEquals(0, TABLE.get("مجلس", 2, 2));
  }

  @Test
  void prefixOfAKeyIsNotTheKey() {
    assertEquals(0, TABLE.get("مجلس", 0, 3)); // مجل
  }

  @Test
  void lastLetterReplacedFindsTheBareNoun() {
    String n = "حكومتها"; // حكومت + ها: the ت is the ة (normalized ه) of حكومه
    assertEquals(40, TABLE.getWithLast(n, 0, 5, 'ه'));
    assertEquals(0, TABLE.getWithLast(n, 0, 5, 'ن'));
  }

  @Test
  void pairIsLookedUpWithoutJoiningTheWords() {
    assertEquals(60, TABLE.getPair("مجلس", "الامن"));
    assertEquals(0, TABLE.getPair("الامن", "مجلس"));
    assertEquals(0, TABLE.getPair("مجلس", "الام"));
  }

  @Test
  void forEachVisitsEveryEntryOnce() {
    Map<String, Long> seen = new HashMap<>();
    TABLE.forEach((k, c) -> assertEquals(null, seen.put(k, c)));
    assertEquals(Map.of("مجلس", 120L, "الامن", 95L, "حكومه", 40L, "مجلس الامن", 60L, "الولايات", 300L), seen);
  }

  @Test
  void keyLongerThanTheLimitIsRejectedWithItsLength() {
    String longKey = "ب".repeat(CharKeyTable.MAX_KEY_LENGTH + 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CharKeyTable.of(Map.of(longKey, 1L)));
    assertEquals(true, e.getMessage().contains(String.valueOf(CharKeyTable.MAX_KEY_LENGTH + 1)));
  }

  @Property(tries = 200)
  void agreesWithAHashMap(
      @ForAll @Size(max = 60) Map<@StringLength(min = 1, max = 8) @CharRange(from = 'ا', to = 'ي') String, @net.jqwik.api.constraints.LongRange(min = 1, max = 1_000_000) Long> entries,
      @ForAll @StringLength(min = 1, max = 8) @CharRange(from = 'ا', to = 'ي') String probe) {
    Map<String, Long> copy = new LinkedHashMap<>(entries);
    CharKeyTable t = CharKeyTable.of(copy);
    for (Map.Entry<String, Long> e : copy.entrySet()) {
      String padded = "و" + e.getKey() + "ه";
      assertEquals(e.getValue(), t.get(padded, 1, padded.length() - 1));
    }
    assertEquals(copy.getOrDefault(probe, 0L), t.get(probe, 0, probe.length()));
    assertEquals(copy.size(), t.size());
  }
}
