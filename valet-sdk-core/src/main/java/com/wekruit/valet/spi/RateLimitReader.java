package com.wekruit.valet.spi;

import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.internal.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;

/**
 * How a provider reports its rate-limit budget in response headers, and how long a spent budget blocks. Owned by the
 * provider, not by core. Implementations must be thread-safe.
 */
public interface RateLimitReader {

  /** The budget from a response's headers, or {@code null} when it reports none. Never throws. */
  RateLimit read(Headers headers, long nowMillis);

  /** How long no request may be sent after reading {@code r}: zero while budget remains. */
  default Duration blockedFor(RateLimit r, Instant now) {
    return r.untilNextToken(now);
  }

  /**
   * For a budget the client keeps itself (a provider that sends no rate-limit headers): called before each attempt is
   * sent, so calls running at the same time are counted too. Counts the attempt and returns zero, or returns how long
   * to wait before asking again, counting nothing. By default every attempt may go.
   */
  default Duration acquire(long nowMillis) {
    return Duration.ZERO;
  }

  /** No rate-limit headers. */
  RateLimitReader NONE = (headers, now) -> null;

  /**
   * {@code <prefix>Limit}, {@code <prefix>Remaining}, {@code <prefix>Reset} (epoch seconds or seconds from now), e.g.
   * {@code "RateLimit-"} (Hetzner, IETF draft). The budget refills linearly until the reset.
   */
  static RateLimitReader headers(String prefix) {
    String limitName = prefix + "Limit";
    String remainingName = prefix + "Remaining";
    String resetName = prefix + "Reset";
    return (h, now) -> {
      String limit = h.get(limitName);
      if (limit == null) return null;
      int l = parse(limit);
      if (l < 0) return null;
      String remaining = h.get(remainingName);
      return new RateLimit(l, remaining == null ? -1 : parse(remaining), RetryAfter.resetEpochSecond(h.get(resetName),
          now), now);
    };
  }

  /** A non-negative int, or -1 when absent, garbled or huge. */
  private static int parse(String v) {
    String t = v.trim();
    if (t.isEmpty() || t.length() > 9 || !com.wekruit.valet.internal.RetryAfter.digits(t)) return -1;
    return Integer.parseInt(t);
  }
}
