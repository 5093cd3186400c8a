package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LongIntListMapTest {

  private static List<Integer> list(int[] a) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i <= a[0]; i++) {
      out.add(a[i]);
    }
    return out;
  }

  @Property(tries = 200)
  void behavesLikeAMapOfLists(@ForAll @Size(max = 300) List<@LongRange(min = -20, max = 20) Long> keys) {
    LongIntListMap m = new LongIntListMap(2);
    Map<Long, List<Integer>> expected = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.add(keys.get(i), i);
      expected.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
    }
    assertEquals(expected.size(), m.size());
    expected.forEach((k, v) -> assertEquals(v, list(m.get(k))));
    assertNull(m.get(21));
  }

  @Test
  void zeroAndExtremeKeysAreKeysLikeAnyOther() {
    LongIntListMap m = new LongIntListMap(1);
    m.add(0L, 1);
    m.add(Long.MIN_VALUE, 2);
    m.add(Long.MAX_VALUE, 3);
    m.add(0L, 4);
    assertEquals(List.of(1, 4), list(m.get(0L)));
    assertEquals(List.of(2), list(m.get(Long.MIN_VALUE)));
    assertEquals(List.of(3), list(m.get(Long.MAX_VALUE)));
    assertNull(m.get(1L));
  }
}
