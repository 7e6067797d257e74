package com.wekruit.valet.error;

import java.time.Duration;

/**
 * The provider said its rate-limit budget is spent (a 429, or none remaining until a reset), and waiting for the reset
 * would take longer than the caller allows. Nothing was sent. {@link #retryAfter()} says how long the budget stays
 * spent.
 * <p>Immutable; thread-safe.
 */
public class BudgetSpentException extends ValetClientException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  public BudgetSpentException(String message, Duration retryAfter, int attempts) {
    super(Kind.RATE_LIMITED, message, null, attempts, true);
    this.retryAfter = retryAfter;
  }

  /** How long until the provider's budget allows another request. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
