package org.rasid.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;
import org.rasid.core.lexicon.CharKeySlots;

/**
 * A thread-safe memo from a word (its characters) to a value, looked up by a range of the text being
 * read, so a word met again is found without cutting it out as a string or touching any object but
 * its value.
 *
 * <p>Layout: open addressing with linear probing, slots as in {@link CharKeySlots} (the word's
 * hash, the offset of its characters in one shared character pool and its length in one {@code
 * long}); values sit in a parallel array. A probe reads one {@code long} and, when hash and length
 * match, compares the characters in the pool. The table doubles when half full; the pool grows by
 * doubling.
 *
 * <p>Concurrency: writers take the memo's lock. A slot's characters and value are written before its
 * key is published with release semantics, and readers load keys with acquire semantics, so a reader
 * that sees a key also sees its characters and value; a resized table or grown pool is published
 * whole through a volatile field. Readers never block; a reader racing with a writer may miss the
 * word being added, which only means the caller computes it once more.
 *
 * <p>Frequent words can also be put in a small direct-mapped front table ({@link #HOT_SLOTS} slots,
 * a fraction of a MB, so it stays in the CPU caches while the main table does not): a look-up tries
 * it first, so the words that make up most running text are found without a cache miss in the main
 * table. A front slot keeps the first word put there.
 *
 * <p>Not bounded by itself: the caller decides what to add ({@link TextLayer} keeps its own budgets).
 */
final class WordMemo {

  /** Longest word kept. */
  static final int MAX_LENGTH = CharKeySlots.MAX_LENGTH;

  /** Most characters of all words kept. */
  static final int MAX_POOL_CHARS = CharKeySlots.MAX_POOL_CHARS;

  private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);

  /** Keys and values: replaced whole on resize. */
  private record Table(long[] keys, Object[] values, int mask) {
    Table(int slots) {
      this(new long[slots], new Object[slots], slots - 1);
    }
  }

  /** Slots of the front table for frequent words. */
  static final int HOT_SLOTS = 1 << 14;

  private final Table hot = new Table(HOT_SLOTS);
  private volatile Table table;
  private volatile char[] pool;
  private int size; // guarded by this
  private int poolUsed; // guarded by this

  /** An empty memo with room for about {@code expected} words before its first resize. */
  WordMemo(int expected) {
    int slots = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    this.table = new Table(slots);
    this.pool = new char[Math.max(64, expected * 8)];
  }

  /** The hash {@link #get} and {@link #putIfAbsent} expect for {@code text[start, end)}: String's hash of the range. */
  static int hash(String text, int start, int end) {
    return CharKeySlots.hash(text, start, end);
  }

  /** The value stored for the word {@code text[start, end)} (whose {@link #hash} is {@code hash}), or null. */
  Object get(String text, int start, int end, int hash) {
    int length = end - start;
    if (length > MAX_LENGTH || length <= 0) {
      return null;
    }
    int h = CharKeySlots.index(hash, hot.mask);
    if (holds((long) KEYS.getAcquire(hot.keys, h), text, start, end, hash)) {
      return hot.values[h];
    }
    Table t = table;
    int i = CharKeySlots.index(hash, t.mask);
    while (true) {
      long key = (long) KEYS.getAcquire(t.keys, i);
      if (key == 0) {
        return null;
      }
      if (holds(key, text, start, end, hash)) {
        return t.values[i];
      }
      i = (i + 1) & t.mask;
    }
  }

  /**
   * Stores {@code value} for the word {@code text[start, end)} unless one is stored already; false
   * when one was, when the word is longer than {@link #MAX_LENGTH} or when the pool is full.
   */
  synchronized boolean putIfAbsent(String text, int start, int end, int hash, Object value) {
    return putIfAbsent(text, start, end, hash, value, false);
  }

  /**
   * {@link #putIfAbsent(String, int, int, int, Object)}, also placing the word in the front table
   * when {@code frequent} and its front slot is free.
   */
  synchronized boolean putIfAbsent(String text, int start, int end, int hash, Object value, boolean frequent) {
    Objects.requireNonNull(value, "value");
    int length = end - start;
    if (length > MAX_LENGTH || length <= 0 || get(text, start, end, hash) != null) {
      return false;
    }
    if (poolUsed + length > pool.length) {
      if (poolUsed + length > MAX_POOL_CHARS) {
        return false;
      }
      pool = Arrays.copyOf(pool, Math.min(MAX_POOL_CHARS, Math.max(pool.length * 2, poolUsed + length)));
    }
    char[] p = pool;
    text.getChars(start, end, p, poolUsed);
    if ((size + 1) * 2 > table.keys.length) {
      table = resized(table);
    }
    long key = CharKeySlots.pack(hash, poolUsed, length);
    insert(table, key, value);
    int h = CharKeySlots.index(hash, hot.mask);
    if (frequent && hot.keys[h] == 0) {
      hot.values[h] = value;
      KEYS.setRelease(hot.keys, h, key);
    }
    poolUsed += length;
    size++;
    return true;
  }

  /** Words stored. */
  synchronized int size() {
    return size;
  }

  private static void insert(Table t, long key, Object value) {
    int i = CharKeySlots.index(CharKeySlots.hash(key), t.mask);
    while (t.keys[i] != 0) {
      i = (i + 1) & t.mask;
    }
    t.values[i] = value;
    KEYS.setRelease(t.keys, i, key);
  }

  private static Table resized(Table old) {
    Table t = new Table(old.keys.length * 2);
    for (int i = 0; i < old.keys.length; i++) {
      if (old.keys[i] != 0) {
        insert(t, old.keys[i], old.values[i]);
      }
    }
    return t;
  }

  /** Whether {@code key} (a published slot, or 0) is the word {@code text[start, end)} with {@code hash}. */
  private boolean holds(long key, String text, int start, int end, int hash) {
    return CharKeySlots.hashAndLengthMatch(key, hash, end - start)
        && CharKeySlots.matches(pool, CharKeySlots.offset(key), text, start, end);
  }
}
