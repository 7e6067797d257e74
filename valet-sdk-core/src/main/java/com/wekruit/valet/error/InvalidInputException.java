package com.wekruit.valet.error;

/** The request was rejected as invalid (400/422). Immutable; thread-safe. */
public class InvalidInputException extends ValetApiException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(ApiError error, int attempts, boolean retryable) {
    super(error, attempts, retryable);
  }
}
