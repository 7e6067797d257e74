package com.wekruit.valet.http;

import java.time.Duration;
import java.time.Instant;

/**
 * The provider's rate-limit budget as last reported in response headers ({@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset}).
 *
 * @param limit requests allowed per window
 * @param remaining requests left
 * @param reset when the budget is fully refilled, or {@code null} when not reported
 * @param observedAt when the headers were read
 */
public record RateLimit(int limit, int remaining, Instant reset, Instant observedAt) {

  /**
   * How long to wait so a caller spreads its remaining budget evenly until the reset: zero while at least half the
   * budget remains.
   */
  public Duration pacing(Instant now) {
    if (reset == null || limit <= 0 || remaining * 2 >= limit) return Duration.ZERO;
    Duration untilReset = Duration.between(now, reset);
    if (untilReset.isNegative()) return Duration.ZERO;
    return untilReset.dividedBy(Math.max(1, remaining));
  }

  /** Time until one more request is allowed, assuming a linear refill to {@link #reset()}. */
  public Duration untilNextToken(Instant now) {
    if (reset == null || remaining > 0) return Duration.ZERO;
    Duration untilReset = Duration.between(now, reset);
    if (untilReset.isNegative()) return Duration.ZERO;
    return limit > 0 ? untilReset.dividedBy(limit) : untilReset;
  }
}
