package com.wekruit.valet.error;

/** The resource is busy with another operation (423). Immutable; thread-safe. */
public class LockedException extends ValetApiException {
  private static final long serialVersionUID = 1L;

  public LockedException(ApiError error, int attempts, boolean retryable) {
    super(error, attempts, retryable);
  }
}
