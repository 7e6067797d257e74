package com.wekruit.valet.error;

import java.time.Duration;
import java.util.Optional;

/**
 * The API answered with an error status. Subclasses name the common statuses so callers can catch
 * {@link NotFoundException} and friends across providers.
 * <p>Immutable; thread-safe.
 */
public class ValetApiException extends ValetException {
  private static final long serialVersionUID = 1L;
  private final transient ApiError error;

  public ValetApiException(ApiError error, int attempts, boolean retryable) {
    this(error, attempts, retryable, false);
  }

  public ValetApiException(ApiError error, int attempts, boolean retryable, boolean mayHaveTakenEffect) {
    super(error.describe() + "; attempts: " + attempts + (mayHaveTakenEffect
        ? "; the request may have taken effect, so it was not repeated" : ""), null, attempts, retryable,
        mayHaveTakenEffect);
    this.error = error;
  }

  /** Maps a status to its typed subclass. */
  public static ValetApiException of(ApiError error, int attempts, boolean retryable) {
    return of(error, attempts, retryable, false);
  }

  /** Maps a status to its typed subclass, saying whether the request may have taken effect. */
  public static ValetApiException of(ApiError error, int attempts, boolean retryable, boolean mayHaveTakenEffect) {
    if (mayHaveTakenEffect && error.status() >= 500) return new ServerErrorException(error, attempts, retryable, true);
    switch (error.status()) {
      case 400:
      case 422:
        return new InvalidInputException(error, attempts, retryable);
      case 401:
        return new UnauthorizedException(error, attempts, retryable);
      case 403:
        return new ForbiddenException(error, attempts, retryable);
      case 404:
        return new NotFoundException(error, attempts, retryable);
      case 409:
        return new ConflictException(error, attempts, retryable);
      case 423:
        return new LockedException(error, attempts, retryable);
      case 429:
        return new RateLimitedException(error, attempts, retryable, mayHaveTakenEffect);
      default:
        return error.status() >= 500
            ? new ServerErrorException(error, attempts, retryable)
            : new ValetApiException(error, attempts, retryable);
    }
  }

  public ApiError error() {
    return error;
  }

  public int statusCode() {
    return error.status();
  }

  /** The provider's error code (e.g. Hetzner {@code uniqueness_error}), or {@code null}. */
  public String providerCode() {
    return error.code();
  }

  public String requestId() {
    return error.requestId();
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(error.retryAfter());
  }

}
