package org.rasid.app.bench;

/**
 * One unit of benchmarked work: process text number {@code i} and return a number derived from the
 * output (tokens seen, say), which the harness sums so the JIT cannot drop the work as dead code.
 */
@FunctionalInterface
public interface Workload {
  long run(int i);
}
