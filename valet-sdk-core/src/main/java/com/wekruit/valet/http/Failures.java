package com.wekruit.valet.http;

import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.internal.Redactor;
import com.wekruit.valet.internal.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Response;

/** Turns transport failures and error responses into the SDK's exceptions, with secrets scrubbed. */
final class Failures {
  private static final int MAX_ERROR_BODY = 64 * 1024;
  private final String provider;
  private final ProviderErrors errors;
  private final Redactor redactor;

  Failures(String provider, ProviderErrors errors, Redactor redactor) {
    this.provider = provider;
    this.errors = errors;
    this.redactor = redactor;
  }

  /** An I/O failure. Requests that never reached the server are always safe to retry. */
  ValetClientException io(ApiCall<?> call, IOException e, int attempt) {
    boolean notSent = e instanceof ConnectException || e instanceof NoRouteToHostException
        || e instanceof UnknownHostException;
    boolean timeout = e instanceof InterruptedIOException;
    Kind kind = timeout ? Kind.TIMEOUT : Kind.IO;
    String what = timeout ? "timed out" : notSent ? "could not connect" : "connection failed";
    String msg = provider + " " + call.method() + " " + redactor.redact(call.path()) + " " + what + ": "
        + redactor.redact(String.valueOf(e.getMessage())) + "; attempts: " + attempt;
    return new ValetClientException(kind, msg, e, attempt, notSent || call.idempotent());
  }

  ValetClientException undecodable(ApiCall<?> call, Response response, Exception e, int attempt) {
    String msg = provider + " " + call.method() + " " + redactor.redact(call.path()) + " -> HTTP " + response.code()
        + ": response body is not the documented JSON: " + redactor.redact(e.getMessage()) + requestId(response)
        + "; attempts: " + attempt;
    return new ValetClientException(Kind.UNDECODABLE_BODY, msg, null, attempt, false);
  }

  ValetApiException api(ApiCall<?> call, Response response, Instant now, RateLimit rateLimit, int attempt) {
    String body;
    try {
      body = response.peekBody(MAX_ERROR_BODY).string();
    } catch (IOException e) {
      body = "";
    }
    String contentType = response.header("Content-Type", "");
    ProviderErrors.ParsedError parsed = errors.parse(response.code(), contentType, body);
    String message = parsed.message();
    if (message == null) message = summarize(contentType, body);
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), now);
    if (retryAfter == null && response.code() == 429 && rateLimit != null) {
      retryAfter = rateLimit.untilNextToken(now);
      if (retryAfter.isZero()) retryAfter = null;
    }
    ApiError error = new ApiError(provider, call.method(), redactor.redact(call.path()), response.code(),
        parsed.code(), redactor.redact(message), response.header(errors.requestIdHeader()), retryAfter);
    boolean retryable = errors.retryable(response.code(), parsed.code(), call.idempotent());
    return ValetApiException.of(error, attempt, retryable);
  }

  private String requestId(Response response) {
    String id = response.header(errors.requestIdHeader());
    return id == null ? "" : "; request-id: " + id;
  }

  private static String summarize(String contentType, String body) {
    if (body.isBlank()) return "empty body";
    String kind = contentType.isEmpty() ? "unknown type" : contentType;
    return "non-JSON error body (" + kind + ", " + body.length() + " chars)";
  }
}
