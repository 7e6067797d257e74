package com.wekruit.valet.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * When a check run must be finished, on {@link System#nanoTime()}: a deadline bounds real I/O, so it is never on an
 * injected ticker. Checks pass {@link #remainingMillis()} to their socket, driver or HTTP timeouts and should give up
 * once {@link #expired()}; the monitor reports {@link Reason#TIMEOUT} for any run that overruns it, whatever the check
 * does. Immutable and thread-safe.
 *
 * <p>For a run started by the monitor this object is also the run's record: the deadline and the worker thread are
 * published together, in one reference, so a watchdog never pairs one run's id with another's deadline.
 */
public final class Deadline {
  private final long deadlineNanos;
  /** The thread running this run, or {@code null} for a deadline made by a caller. */
  final Thread worker;

  private Deadline(long deadlineNanos, Thread worker) {
    this.deadlineNanos = deadlineNanos;
    this.worker = worker;
  }

  /** A deadline {@code timeoutNanos} from now. */
  public static Deadline in(long timeoutNanos) {
    long now = System.nanoTime();
    return new Deadline(now + timeoutNanos, null);
  }

  /** A deadline {@code timeout} from now. */
  public static Deadline in(Duration timeout) {
    return in(timeout.toNanos());
  }

  /** The record of a run that started at {@code startNanos} on the calling thread. */
  static Deadline startRun(long startNanos, long timeoutNanos) {
    return new Deadline(startNanos + timeoutNanos, Thread.currentThread());
  }

  long deadlineNanos() {
    return deadlineNanos;
  }

  /** Nanoseconds left, 0 once expired. */
  public long remainingNanos() {
    return Math.max(0, deadlineNanos - System.nanoTime());
  }

  /**
   * Milliseconds left, at least 1 so that it is never taken for "no timeout" by socket APIs. Check {@link #expired()}
   * first: an expired deadline must not start I/O at all.
   */
  public int remainingMillis() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(remainingNanos())));
  }

  public boolean expired() {
    return System.nanoTime() - deadlineNanos >= 0;
  }

  @Override
  public String toString() {
    return "Deadline[" + TimeUnit.NANOSECONDS.toMillis(remainingNanos()) + " ms left]";
  }
}
