package com.wekruit.valet.error;

/** The provider's rate limit was hit (429); see {@link #retryAfter()}. Immutable; thread-safe. */
public class RateLimitedException extends ValetApiException {
  private static final long serialVersionUID = 1L;

  public RateLimitedException(ApiError error, int attempts, boolean retryable) {
    super(error, attempts, retryable);
  }

  /** A 429 that may still have taken effect in part (a batch refused midway), see {@link #mayHaveTakenEffect()}. */
  public RateLimitedException(ApiError error, int attempts, boolean retryable, boolean mayHaveTakenEffect) {
    super(error, attempts, retryable, mayHaveTakenEffect);
  }
}
