package com.wekruit.valet.spi;

/**
 * The client-wide rate-limit gate: once the provider says the budget is spent, every call of the client waits until
 * it opens (or fails at once when the wait exceeds what the caller allows). Times are ticker nanoseconds. Thread-safe.
 */
final class RateGate {
  private long openAt;
  private boolean closed;

  /** Keeps the gate closed until at least {@code untilNanos}. */
  synchronized void closeUntil(long untilNanos) {
    if (!closed || untilNanos - openAt > 0) {
      openAt = untilNanos;
      closed = true;
    }
  }

  /** Nanoseconds until the gate opens; zero when open. */
  synchronized long waitNanos(long nowNanos) {
    if (!closed) return 0;
    long w = openAt - nowNanos;
    if (w <= 0) {
      closed = false;
      return 0;
    }
    return w;
  }
}
