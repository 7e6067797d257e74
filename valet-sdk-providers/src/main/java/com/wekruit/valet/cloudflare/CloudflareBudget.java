package com.wekruit.valet.cloudflare;

import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.RateLimitReader;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;

/**
 * Cloudflare's global budget (1,200 requests per 5 minutes per user) counted on this side: a sliding window over the
 * responses this client received. When the window is full the transport's client-wide gate closes until the oldest
 * request leaves it, so a busy client slows down instead of earning a 429 that blocks the user for five minutes.
 * {@code X-RateLimit-Remaining} / {@code X-RateLimit-Reset} from the API, when sent, win when they are tighter.
 * Thread-safe.
 */
final class CloudflareBudget implements RateLimitReader {
  static final Duration WINDOW = Duration.ofMinutes(5);
  private final int limit;
  private final long[] ring;
  private int head;
  private int size;

  CloudflareBudget(int limit) {
    if (limit < 1) throw new IllegalArgumentException("budget must be >= 1 request per 5 minutes, was " + limit);
    this.limit = limit;
    this.ring = new long[limit];
  }

  @Override
  public RateLimit read(Headers headers, long nowMillis) {
    RateLimit local = record(nowMillis);
    RateLimit reported = RateLimitReader.headers("X-RateLimit-").read(headers, nowMillis);
    if (reported == null || reported.remaining() < 0 || reported.remaining() >= local.remaining()) return local;
    long reset = reported.resetEpochSecond() >= 0 ? reported.resetEpochSecond()
        : nowMillis / 1000 + WINDOW.toSeconds();
    return new RateLimit(reported.limit(), reported.remaining(), reset, nowMillis);
  }

  /** Spent until the reset: Cloudflare blocks, it does not refill gradually. */
  @Override
  public Duration blockedFor(RateLimit r, Instant now) {
    if (r.remaining() != 0 || r.reset() == null) return Duration.ZERO;
    Duration d = Duration.between(now, r.reset());
    return d.isNegative() ? Duration.ZERO : d;
  }

  private synchronized RateLimit record(long now) {
    long windowStart = now - WINDOW.toMillis();
    while (size > 0 && ring[head] <= windowStart) {
      head = (head + 1) % limit;
      size--;
    }
    if (size == limit) { // full: drop the oldest, it is about to leave the window anyway
      head = (head + 1) % limit;
      size--;
    }
    ring[(head + size) % limit] = now;
    size++;
    long oldest = ring[head];
    long resetSecond = (oldest + WINDOW.toMillis() + 999) / 1000;
    return new RateLimit(limit, limit - size, resetSecond, now);
  }

  @Override
  public String toString() {
    return "CloudflareBudget[" + limit + " per " + WINDOW.toMinutes() + " min]";
  }
}
