package com.wekruit.valet.http;

/**
 * A provider's error conventions: how to read its error body and which failures are safe to retry.
 * Implemented once per provider.
 */
public interface ProviderErrors {

  /** The provider's error code and message from an error response body (may be HTML or empty). */
  ParsedError parse(int status, String contentType, String body);

  /**
   * Whether an error response may be retried. {@code idempotent} tells whether the request may be repeated without
   * changing the outcome; for other requests only errors that prove the request did not take effect may be retried.
   */
  boolean retryable(int status, String code, boolean idempotent);

  /** The response header carrying the provider's request id, e.g. {@code X-Correlation-Id}. */
  String requestIdHeader();

  /** Provider error code and human message; either may be {@code null}. */
  record ParsedError(String code, String message) {}
}
