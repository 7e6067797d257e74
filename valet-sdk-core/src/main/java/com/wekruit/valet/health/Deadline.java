package com.wekruit.valet.health;

import java.util.concurrent.TimeUnit;

/**
 * When a check run must be finished. Checks pass {@link #remainingMillis()} to their socket, driver or HTTP timeouts;
 * the monitor reports {@link Reason#TIMEOUT} for any run that overruns it, whatever the check does.
 */
public final class Deadline {
  private final long deadlineNanos;

  private Deadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** A deadline {@code timeoutNanos} from now on {@link System#nanoTime()}. */
  public static Deadline in(long timeoutNanos) {
    return new Deadline(System.nanoTime() + timeoutNanos);
  }

  static Deadline at(long deadlineNanos) {
    return new Deadline(deadlineNanos);
  }

  public long remainingNanos() {
    return Math.max(0, deadlineNanos - System.nanoTime());
  }

  /** Milliseconds left, at least 1 so that it is never taken for "no timeout". */
  public int remainingMillis() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(remainingNanos())));
  }

  /** Whole seconds left, rounded up, at least 1 (for drivers that only take seconds). */
  public int remainingSecondsCeil() {
    return (int) Math.max(1, (remainingNanos() + 999_999_999L) / 1_000_000_000L);
  }

  public boolean expired() {
    return System.nanoTime() - deadlineNanos >= 0;
  }
}
