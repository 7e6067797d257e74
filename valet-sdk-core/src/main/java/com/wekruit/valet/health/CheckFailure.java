package com.wekruit.valet.health;

/**
 * What a check threw, kept for diagnostics with every message replaced by the original type name: messages of
 * drivers and sockets often carry hosts, URLs or credentials. Stack traces and the cause chain are kept.
 */
final class CheckFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private static final int MAX_CAUSES = 8;

  private CheckFailure(Throwable original, int depth) {
    super(original.getClass().getName(), redactedCause(original.getCause(), depth), false, true);
    setStackTrace(original.getStackTrace());
  }

  static CheckFailure of(Throwable original) {
    return new CheckFailure(original, 0);
  }

  private static Throwable redactedCause(Throwable cause, int depth) {
    return cause == null || depth >= MAX_CAUSES ? null : new CheckFailure(cause, depth + 1);
  }
}
