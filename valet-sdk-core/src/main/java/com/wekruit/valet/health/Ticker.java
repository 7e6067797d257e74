package com.wekruit.valet.health;

/**
 * A monotonic nanosecond source for schedules and staleness. Unlike the wall clock it never steps, so setting the
 * system time back or forth neither stops runs nor keeps an old result fresh. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Ticker {
  /** Nanoseconds from an arbitrary origin; only differences are meaningful. */
  long read();

  /** {@link System#nanoTime()}. */
  static Ticker system() {
    return System::nanoTime;
  }
}
