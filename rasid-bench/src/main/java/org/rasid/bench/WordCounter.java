package org.rasid.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH secondary result {@code words}: whitespace-separated input words processed, reported by JMH as
 * words per second next to the primary ops/s (one op = one pass over all texts).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class WordCounter {

  /** Words processed in the current iteration (public: JMH reads it). */
  public long words;

  @Setup(Level.Iteration)
  public void clear() {
    words = 0;
  }
}
