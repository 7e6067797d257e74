package com.wekruit.valet.spi;

import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.internal.Causes;
import com.wekruit.valet.internal.Redactor;
import com.wekruit.valet.spi.ResponseInterpreter.ProviderError;
import com.wekruit.valet.spi.ResponseInterpreter.RetrySafety;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;

/**
 * Turns transport failures and error answers into the SDK's exceptions: every text redacted, printable and bounded,
 * causes sanitized, and "may have taken effect" said for requests that change state.
 */
final class Failures {
  static final int MAX_ERROR_BODY = 64 * 1024;
  private static final int MAX_MESSAGE = 500;
  private static final int MAX_EXCERPT = 1024;
  private static final int MAX_TOKEN = 120;
  private final String provider;
  private final ResponseInterpreter interpreter;

  Failures(String provider, ResponseInterpreter interpreter) {
    this.provider = provider;
    this.interpreter = interpreter;
  }

  /** Whether an I/O failure proves the request never reached the server. */
  static boolean notSent(IOException e) {
    return e instanceof ConnectException || e instanceof NoRouteToHostException || e instanceof UnknownHostException;
  }

  ValetClientException io(ApiCall<?> call, Redactor r, IOException e, int attempt) {
    boolean notSent = notSent(e);
    if (e instanceof BoundedSource.TooLarge) {
      return client(call, r, Kind.RESPONSE_TOO_LARGE, e.getMessage(), e, attempt, false);
    }
    boolean timeout = e instanceof InterruptedIOException;
    String what = timeout ? "timed out" : notSent ? "could not connect" : "connection failed";
    return client(call, r, timeout ? Kind.TIMEOUT : Kind.IO, what + ": " + e.getMessage(), e, attempt,
        notSent || call.idempotent());
  }

  ValetClientException client(ApiCall<?> call, Redactor r, Kind kind, String what, Throwable cause, int attempt,
      boolean retryable) {
    boolean mayHave = !call.idempotent() && kind != Kind.CIRCUIT_OPEN && kind != Kind.REFUSED
        && !(cause instanceof IOException io && notSent(io));
    String msg = provider + " " + call.method() + " " + r.clean(call.displayPath(), MAX_TOKEN * 2) + " "
        + r.clean(what, MAX_MESSAGE) + "; attempts: " + attempt
        + (mayHave && !retryable ? "; the request may have taken effect, so it was not repeated" : "");
    return new ValetClientException(kind, msg, Causes.sanitize(cause, r), attempt, retryable, mayHave);
  }

  /** A failure before anything was sent: never ambiguous. */
  ValetClientException notSent(ApiCall<?> call, Redactor r, Kind kind, String what, int attempt) {
    String msg = provider + " " + call.method() + " " + r.clean(call.displayPath(), MAX_TOKEN * 2) + " "
        + r.clean(what, MAX_MESSAGE) + "; attempts: " + attempt;
    return new ValetClientException(kind, msg, null, attempt, false, false);
  }

  ValetClientException undecodable(ApiCall<?> call, Redactor r, int status, Throwable e, int attempt) {
    return client(call, r, Kind.UNDECODABLE_BODY, "-> HTTP " + status + ": response body is not the documented "
        + "shape: " + e.getMessage(), e, attempt, false);
  }

  /** An error answer (non-2xx, or a 2xx envelope that reports failure). */
  ValetApiException api(ApiCall<?> call, Redactor r, int status, Headers headers, ProviderError parsed, String body,
      String contentType, Duration retryAfter, int attempt) {
    String message = parsed.message() != null ? parsed.message() : summarize(contentType, body);
    String requestId = parsed.requestId() != null ? parsed.requestId()
        : ResponseInterpreter.firstHeader(headers, interpreter.requestIdHeaders());
    List<ApiError.Detail> details = new ArrayList<>();
    for (ApiError.Detail d : parsed.details()) {
      if (details.size() == 20) break;
      details.add(new ApiError.Detail(r.clean(d.field(), MAX_TOKEN), r.clean(d.message(), MAX_TOKEN * 2)));
    }
    ApiError error = new ApiError(provider, call.method(), r.clean(call.displayPath(), MAX_TOKEN * 2), status,
        r.clean(parsed.code(), MAX_TOKEN), r.clean(message, MAX_MESSAGE), r.clean(requestId, MAX_TOKEN), retryAfter,
        details, r.clean(body, MAX_EXCERPT));
    RetrySafety safety = safety(status, parsed.code());
    boolean partial = parsed.code() != null && call.partialRejections().contains(parsed.code());
    boolean retryable = !partial
        && (safety == RetrySafety.REJECTED || (safety == RetrySafety.TRANSIENT && call.idempotent()));
    boolean mayHave = !call.idempotent() && (partial || (safety != RetrySafety.REJECTED && status >= 500));
    return ValetApiException.of(error, attempt, retryable, mayHave);
  }

  /** The interpreter's verdict; one that throws counts as final. */
  RetrySafety safety(int status, String code) {
    try {
      RetrySafety s = interpreter.classify(status, code);
      return s == null ? RetrySafety.FINAL : s;
    } catch (RuntimeException e) {
      return RetrySafety.FINAL;
    }
  }

  /** The interpreter's reading of an error body; one that throws reads nothing. */
  ProviderError parse(int status, String contentType, String body) {
    try {
      ProviderError p = interpreter.parseError(status, contentType, body);
      return p == null ? ProviderError.none() : p;
    } catch (RuntimeException e) {
      return ProviderError.none();
    }
  }

  boolean isRateLimit(int status, String code) {
    try {
      return interpreter.isRateLimit(status, code);
    } catch (RuntimeException e) {
      return status == 429;
    }
  }

  private static String summarize(String contentType, String body) {
    if (body.isBlank()) return "empty body";
    String kind = contentType.isEmpty() ? "unknown type" : contentType;
    return "non-JSON error body (" + kind + ", " + body.length() + " chars)";
  }
}
