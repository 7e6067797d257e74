package com.wekruit.valet.error;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * What an API said when it refused a request. Every text field is redacted, printable and bounded.
 *
 * <p>Immutable; thread-safe.
 *
 * @param provider provider name, e.g. {@code hetzner}
 * @param method HTTP method
 * @param path request path without query string (secrets redacted)
 * @param status HTTP status (the HTTP status of an envelope that says {@code success: false} on 200 too)
 * @param code the provider's machine-readable error code (numeric codes as their decimal string), or {@code null}
 * @param message the provider's human message, or a summary of a non-JSON body
 * @param requestId the provider's request id (header or body), or {@code null}
 * @param retryAfter server-requested wait before retrying, or {@code null}
 * @param details field-level problems ({@code field} may be {@code null}), never {@code null}
 * @param bodyExcerpt the start of the raw body, redacted, or {@code ""}
 */
public record ApiError(
    String provider,
    String method,
    String path,
    int status,
    String code,
    String message,
    String requestId,
    Duration retryAfter,
    List<Detail> details,
    String bodyExcerpt) {

  public ApiError {
    details = details == null ? List.of() : List.copyOf(details);
    bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
  }

  /** One field-level problem. */
  public record Detail(String field, String message) {}

  /** The provider code as a number (Cloudflare's {@code 81057}), when it is one. */
  public OptionalLong numericCode() {
    if (code == null || code.isEmpty() || code.length() > 18 || !code.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(code));
  }

  String describe() {
    StringBuilder b = new StringBuilder(provider).append(' ').append(method).append(' ').append(path)
        .append(" -> HTTP ").append(status);
    if (code != null) b.append(" (").append(code).append(')');
    if (message != null && !message.isEmpty()) b.append(": ").append(message);
    for (Detail d : details) b.append("; ").append(d.field() == null ? "" : d.field() + ": ").append(d.message());
    if (requestId != null) b.append("; request-id: ").append(requestId);
    return b.toString();
  }
}
