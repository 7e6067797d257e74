package com.wekruit.valet.error;

/**
 * The call failed on the client side: no usable HTTP response (I/O error, timeout, an undecodable body, an open circuit).
 */
public class ValetClientException extends ValetException {
  private static final long serialVersionUID = 1L;

  /** What went wrong on the client side. */
  public enum Kind {
    /** Connection refused, reset, closed early, malformed HTTP. */
    IO,
    /** Connect, read or call timeout. */
    TIMEOUT,
    /** The body was not the JSON the API documents (truncated, wrong types). */
    UNDECODABLE_BODY,
    /** The provider's circuit breaker is open; no request was sent. */
    CIRCUIT_OPEN
  }

  private final Kind kind;

  public ValetClientException(Kind kind, String message, Throwable cause, int attempts, boolean retryable) {
    super(message, cause, attempts, retryable);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

}
