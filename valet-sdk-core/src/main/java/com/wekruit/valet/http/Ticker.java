package com.wekruit.valet.http;

/**
 * A monotonic time source for deadlines, schedules and staleness; unlike a wall {@link java.time.Clock} it never
 * jumps. Injected so tests move time by hand. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Ticker {
  /** {@link System#nanoTime()}. */
  Ticker SYSTEM = System::nanoTime;

  /** Nanoseconds from an arbitrary origin; only differences are meaningful. */
  long nanos();
}
