package org.rasid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WordMemoTest {

  static Object get(WordMemo m, String text, int start, int end) {
    return m.get(text, start, end, WordMemo.hash(text, start, end));
  }

  static boolean put(WordMemo m, String text, int start, int end, Object v) {
    return m.putIfAbsent(text, start, end, WordMemo.hash(text, start, end), v);
  }

  @Test
  void hashIsStringHashOfTheRange() {
    String text = "قال مجلس الأمن";
    assertEquals("مجلس".hashCode(), WordMemo.hash(text, 4, 8));
  }

  @Test
  void wordIsFoundByItsRangeInAnotherText() {
    WordMemo m = new WordMemo(16);
    assertTrue(put(m, "اجتماع مجلس الأمن", 7, 11, "مجلس-value"));
    assertEquals("مجلس-value", get(m, "رئيس مجلس", 5, 9));
    assertNull(get(m, "رئيس مجلس", 0, 4));
  }

  @Test
  void firstValueStays() {
    WordMemo m = new WordMemo(16);
    assertTrue(put(m, "سوريا", 0, 5, 1));
    assertFalse(put(m, "سوريا", 0, 5, 2));
    assertEquals(1, get(m, "سوريا", 0, 5));
    assertEquals(1, m.size());
  }

  @Test
  void growsPastItsInitialSize() {
    WordMemo m = new WordMemo(4);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      words.add("كلمة" + Integer.toString(i, 36).replace('0', 'ب').replace('1', 'ت'));
    }
    for (int i = 0; i < words.size(); i++) {
      put(m, words.get(i), 0, words.get(i).length(), i);
    }
    for (int i = 0; i < words.size(); i++) {
      assertEquals(i, get(m, words.get(i), 0, words.get(i).length()), words.get(i));
    }
    assertEquals(words.size(), m.size());
  }

  @Test
  void frequentWordIsFoundThroughTheFrontTable() {
    WordMemo m = new WordMemo(16);
    assertTrue(m.putIfAbsent("الذي", 0, 4, WordMemo.hash("الذي", 0, 4), "front", true));
    assertEquals("front", get(m, "قال الذي", 4, 8));
    assertFalse(m.putIfAbsent("الذي", 0, 4, WordMemo.hash("الذي", 0, 4), "again", true));
    assertEquals("front", get(m, "الذي", 0, 4));
  }

  @Test
  void wordsSharingAFrontSlotAreAllFound() {
    WordMemo m = new WordMemo(16);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 3 * WordMemo.HOT_SLOTS; i++) { // more words than front slots: many share one
      words.add("خبر" + i);
    }
    for (String w : words) {
      m.putIfAbsent(w, 0, w.length(), WordMemo.hash(w, 0, w.length()), w, true);
    }
    for (String w : words) {
      assertEquals(w, get(m, w, 0, w.length()));
    }
  }

  @Test
  void tooLongWordIsNotKept() {
    WordMemo m = new WordMemo(4);
    String w = "ب".repeat(WordMemo.MAX_LENGTH + 1);
    assertFalse(put(m, w, 0, w.length(), 1));
    assertNull(get(m, w, 0, w.length()));
  }

  @Test
  void concurrentWritersAndReadersSeeOnlyStoredValues() throws Exception {
    WordMemo m = new WordMemo(8);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        jobs.add(pool.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            String w = "خبر" + ((i * 7 + offset) % 3000);
            Object seen = get(m, w, 0, w.length());
            if (seen != null) {
              assertEquals(w, seen); // a value is never seen under another word
            } else {
              put(m, w, 0, w.length(), w);
            }
          }
        }));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3000, m.size());
  }
}
