package com.wekruit.valet.neon;

import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.RateLimitReader;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;

/**
 * Neon's rate limits (700 requests per minute per account, bursts of 40 per second per route) kept on the client's
 * side, because Neon sends no rate-limit headers: every attempt counts when it is sent (so calls running at the same
 * time cannot overshoot a window before any of them is answered), and once either window is full every call of the
 * client waits until the oldest request leaves the window. The per-second window is applied to the whole client,
 * which is stricter than per route. Thread-safe.
 */
final class NeonRateBudget implements RateLimitReader {
  private final Window minute;
  private final Window second;

  NeonRateBudget(int perMinute, int perSecond) {
    this.minute = new Window(perMinute, 60_000);
    this.second = new Window(perSecond, 1_000);
  }

  @Override
  public synchronized Duration acquire(long nowMillis) {
    long wait = Math.max(minute.waitMillis(nowMillis), second.waitMillis(nowMillis));
    if (wait > 0) return Duration.ofMillis(wait);
    minute.add(nowMillis);
    second.add(nowMillis);
    return Duration.ZERO;
  }

  /** The budget as counted so far (requests are counted when sent, in {@link #acquire}). */
  @Override
  public synchronized RateLimit read(Headers headers, long nowMillis) {
    int remaining = minute.remaining(nowMillis);
    long reset = remaining > 0 ? -1 : Math.floorDiv(minute.freeAt() + 999, 1000);
    return new RateLimit(minute.size(), remaining, reset, nowMillis);
  }

  @Override
  public synchronized Duration blockedFor(RateLimit r, Instant now) {
    long t = now.toEpochMilli();
    return Duration.ofMillis(Math.max(minute.waitMillis(t), second.waitMillis(t)));
  }

  /** The times of the last {@code size} requests in a ring; full when the oldest is inside the window. */
  private static final class Window {
    private final long[] times;
    private final long span;
    private int next;
    private int count;

    Window(int size, long span) {
      if (size < 1) throw new IllegalArgumentException("rate limit must be positive, was " + size);
      this.times = new long[size];
      this.span = span;
    }

    int size() {
      return times.length;
    }

    void add(long t) {
      times[next] = t;
      next = (next + 1) % times.length;
      count = Math.min(count + 1, times.length);
    }

    /** When the oldest recorded request leaves the window. */
    long freeAt() {
      int oldest = count < times.length ? 0 : next;
      return times[oldest] + span;
    }

    int remaining(long now) {
      int inWindow = 0;
      for (int i = 0; i < count; i++) if (times[i] > now - span) inWindow++;
      return times.length - inWindow;
    }

    long waitMillis(long now) {
      if (count < times.length) return 0;
      return Math.max(0, freeAt() - now);
    }
  }
}
