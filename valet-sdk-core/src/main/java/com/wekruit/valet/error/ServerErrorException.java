package com.wekruit.valet.error;

/** The provider failed (5xx), including HTML error pages from proxies. Immutable; thread-safe. */
public class ServerErrorException extends ValetApiException {
  private static final long serialVersionUID = 1L;

  public ServerErrorException(ApiError error, int attempts, boolean retryable) {
    super(error, attempts, retryable);
  }

  public ServerErrorException(ApiError error, int attempts, boolean retryable, boolean mayHaveTakenEffect) {
    super(error, attempts, retryable, mayHaveTakenEffect);
  }
}
