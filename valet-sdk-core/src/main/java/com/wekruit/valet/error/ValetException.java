package com.wekruit.valet.error;

/**
 * Root of every exception the SDK throws. Unchecked. Messages never contain credentials.
 *
 * <p>{@link #attempts()} counts the HTTP attempts made (1 when nothing was retried) and
 * {@link #retryable()} says whether repeating the same call could succeed.
 */
public class ValetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int attempts;
  private final boolean retryable;

  public ValetException(String message, Throwable cause, int attempts, boolean retryable) {
    super(message, cause);
    this.attempts = attempts;
    this.retryable = retryable;
  }

  /** Number of attempts made before this exception was thrown. */
  public int attempts() {
    return attempts;
  }

  /** Whether the same call may succeed if repeated later. */
  public boolean retryable() {
    return retryable;
  }

}
