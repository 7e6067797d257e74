package com.wekruit.valet.http;

import java.time.Duration;
import java.time.Instant;

/**
 * The provider's rate-limit budget as last reported in response headers ({@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset}). Kept as primitives: one small object per response.
 *
 * <p>Immutable; thread-safe.
 *
 * @param limit requests allowed per window
 * @param remaining requests left, -1 when not reported
 * @param resetEpochSecond when the budget is fully refilled, -1 when not reported
 * @param observedAtMillis when the headers were read
 */
public record RateLimit(int limit, int remaining, long resetEpochSecond, long observedAtMillis) {

  /** When the budget is fully refilled, or {@code null} when not reported. */
  public Instant reset() {
    return resetEpochSecond < 0 ? null : Instant.ofEpochSecond(resetEpochSecond);
  }

  public Instant observedAt() {
    return Instant.ofEpochMilli(observedAtMillis);
  }

  /**
   * How long to wait so a caller spreads its remaining budget evenly until the reset: zero while at least half the
   * budget remains.
   */
  public Duration pacing(Instant now) {
    if (resetEpochSecond < 0 || limit <= 0 || remaining * 2 >= limit) return Duration.ZERO;
    Duration untilReset = Duration.between(now, reset());
    if (untilReset.isNegative()) return Duration.ZERO;
    return untilReset.dividedBy(Math.max(1, remaining));
  }

  /** Time until one more request is allowed, assuming a linear refill to {@link #reset()}. */
  public Duration untilNextToken(Instant now) {
    if (resetEpochSecond < 0 || remaining > 0) return Duration.ZERO;
    Duration untilReset = Duration.between(now, reset());
    if (untilReset.isNegative()) return Duration.ZERO;
    return limit > 0 ? untilReset.dividedBy(limit) : untilReset;
  }
}
