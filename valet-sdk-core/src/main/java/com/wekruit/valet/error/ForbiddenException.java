package com.wekruit.valet.error;

/** The credentials lack a permission, or a quota or maintenance blocks the call (403). Immutable; thread-safe. */
public class ForbiddenException extends ValetApiException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(ApiError error, int attempts, boolean retryable) {
    super(error, attempts, retryable);
  }
}
