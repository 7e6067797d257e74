package com.wekruit.valet.error;

import java.time.Duration;

/**
 * What an API said when it refused a request.
 *
 * @param provider provider name, e.g. {@code hetzner}
 * @param method HTTP method
 * @param path request path without query string (secrets redacted)
 * @param status HTTP status
 * @param code the provider's machine-readable error code, or {@code null}
 * @param message the provider's human message, or a summary of a non-JSON body
 * @param requestId the provider's correlation/request id header, or {@code null}
 * @param retryAfter server-requested wait before retrying, or {@code null}
 */
public record ApiError(
    String provider,
    String method,
    String path,
    int status,
    String code,
    String message,
    String requestId,
    Duration retryAfter) {

  String describe() {
    StringBuilder b = new StringBuilder(provider).append(' ').append(method).append(' ').append(path)
        .append(" -> HTTP ").append(status);
    if (code != null) b.append(" (").append(code).append(')');
    if (message != null && !message.isEmpty()) b.append(": ").append(message);
    if (requestId != null) b.append("; request-id: ").append(requestId);
    return b.toString();
  }
}
