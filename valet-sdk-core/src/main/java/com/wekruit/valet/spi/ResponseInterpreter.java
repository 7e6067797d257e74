package com.wekruit.valet.spi;

import com.wekruit.valet.error.ApiError;
import java.util.List;
import okhttp3.Headers;

/**
 * A provider's response conventions, implemented once per provider: how to read its error bodies, which successful
 * responses are errors after all (an envelope with {@code success: false} on HTTP 200), and which failures are safe
 * to retry. The transport guards every method: an exception thrown here still ends in a typed error.
 */
public interface ResponseInterpreter {

  /** Whether a failed request may be repeated. */
  enum RetrySafety {
    /** The provider proves the request did not take effect (rate limited, conflict): repeat any method. */
    REJECTED,
    /** It may or may not have taken effect (timeout, bad gateway): repeat only idempotent requests. */
    TRANSIENT,
    /** Repeating cannot help (bad input, auth, quota, not found) or is unsafe. */
    FINAL
  }

  /** The provider's code, message, request id and field details from an error body (may be HTML or empty). */
  ProviderError parseError(int status, String contentType, String body);

  /**
   * Looks at a decoded 2xx body; returns the error it reports (an envelope with {@code success: false}), or
   * {@code null} for a real success.
   */
  default ProviderError inspectSuccess(int status, Object decoded) {
    return null;
  }

  /**
   * Hides secrets an error body may echo that no call could mark in advance (a token inside a URL the provider
   * repeats), before the body is parsed, excerpted or shown anywhere. The default returns it unchanged; a
   * {@code null} or a throw leaves nothing of the body.
   */
  default String hideSecrets(String body) {
    return body;
  }

  /** How safe it is to repeat a request that failed with this status and provider code. */
  RetrySafety classify(int status, String code);

  /** Whether this failure means the client's rate-limit budget is spent (closes the client-wide gate). */
  default boolean isRateLimit(int status, String code) {
    return status == 429;
  }

  /** Response headers that carry the provider's request id, in order of preference. */
  default List<String> requestIdHeaders() {
    return List.of("X-Request-Id");
  }

  /**
   * What a provider said about a failure; any field may be {@code null} ({@code details} empty). The transport
   * redacts and bounds every text before it reaches an exception.
   */
  record ProviderError(String code, String message, String requestId, List<ApiError.Detail> details) {
    public ProviderError {
      details = details == null ? List.of() : List.copyOf(details);
    }

    public static ProviderError of(String code, String message) {
      return new ProviderError(code, message, null, List.of());
    }

    /** Nothing could be read. */
    public static ProviderError none() {
      return new ProviderError(null, null, null, List.of());
    }
  }

  /** The first present header of {@code names}. */
  static String firstHeader(Headers headers, List<String> names) {
    for (String n : names) {
      String v = headers.get(n);
      if (v != null) return v;
    }
    return null;
  }
}
