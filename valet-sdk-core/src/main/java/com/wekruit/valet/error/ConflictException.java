package com.wekruit.valet.error;

/** The resource changed or already exists (409). Immutable; thread-safe. */
public class ConflictException extends ValetApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(ApiError error, int attempts, boolean retryable) {
    super(error, attempts, retryable);
  }
}
