package com.wekruit.valet.error;

/** The resource does not exist (404). Immutable; thread-safe. */
public class NotFoundException extends ValetApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(ApiError error, int attempts, boolean retryable) {
    super(error, attempts, retryable);
  }
}
