package com.wekruit.valet.error;

/**
 * The call failed on the client side: no usable HTTP response (I/O error, timeout, an undecodable or oversized body,
 * an open circuit, a spent rate-limit budget, a request the SDK refused to send).
 * <p>Immutable; thread-safe.
 */
public class ValetClientException extends ValetException {
  private static final long serialVersionUID = 1L;

  /** What went wrong on the client side. */
  public enum Kind {
    /** Connection refused, reset, closed early, malformed HTTP. */
    IO,
    /** Connect, read or call timeout, or the caller's deadline. */
    TIMEOUT,
    /** The body was not what the API documents (truncated, wrong types, a required field missing). */
    UNDECODABLE_BODY,
    /** The body was larger than the configured maximum; reading stopped there. */
    RESPONSE_TOO_LARGE,
    /** The server broke the API's contract in a way no single body shows (a pagination loop, a missing id). */
    PROTOCOL,
    /** The provider's circuit breaker is open; no request was sent. */
    CIRCUIT_OPEN,
    /** The provider's rate-limit budget is spent for longer than the caller allows waiting; no request was sent. */
    RATE_LIMITED,
    /** The SDK refused to send the request, e.g. credentials to another origin. */
    REFUSED,
    /** A failure inside the SDK or a callback it ran; a bug to report. */
    INTERNAL
  }

  private final Kind kind;

  public ValetClientException(Kind kind, String message, Throwable cause, int attempts, boolean retryable) {
    this(kind, message, cause, attempts, retryable, false);
  }

  public ValetClientException(Kind kind, String message, Throwable cause, int attempts, boolean retryable,
      boolean mayHaveTakenEffect) {
    super(message, cause, attempts, retryable, mayHaveTakenEffect);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
