package com.wekruit.valet.error;

/**
 * Root of every exception the SDK throws. Unchecked. Messages, {@code toString()} and causes never contain
 * credentials, and messages are printable and bounded.
 *
 * <p>{@link #attempts()} counts the HTTP attempts made (1 when nothing was retried), {@link #retryable()} says whether
 * repeating the same call could succeed, and {@link #mayHaveTakenEffect()} whether a request that changes state may
 * have been applied although no success was seen (the SDK then never repeats it on its own).
 * <p>Immutable; thread-safe.
 */
public class ValetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int attempts;
  private final boolean retryable;
  private final boolean mayHaveTakenEffect;

  public ValetException(String message, Throwable cause, int attempts, boolean retryable) {
    this(message, cause, attempts, retryable, false);
  }

  public ValetException(String message, Throwable cause, int attempts, boolean retryable, boolean mayHaveTakenEffect) {
    super(message, cause);
    this.attempts = attempts;
    this.retryable = retryable;
    this.mayHaveTakenEffect = mayHaveTakenEffect;
  }

  /** Number of attempts made before this exception was thrown. */
  public int attempts() {
    return attempts;
  }

  /** Whether the same call may succeed if repeated later. */
  public boolean retryable() {
    return retryable;
  }

  /**
   * Whether a non-idempotent request (a create) may have taken effect: it was sent and no answer proved it was
   * rejected. Check the resource's state before repeating it.
   */
  public boolean mayHaveTakenEffect() {
    return mayHaveTakenEffect;
  }
}
