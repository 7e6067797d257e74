package com.wekruit.valet.error;

/** The credentials were missing, wrong or read-only (401). Immutable; thread-safe. */
public class UnauthorizedException extends ValetApiException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(ApiError error, int attempts, boolean retryable) {
    super(error, attempts, retryable);
  }
}
