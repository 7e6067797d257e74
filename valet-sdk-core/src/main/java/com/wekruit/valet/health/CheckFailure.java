package com.wekruit.valet.health;

/**
 * What a check threw, kept for diagnostics with every message replaced by the original type name: messages of
 * drivers and sockets often carry hosts, URLs or credentials. Stack traces and the cause chain are kept.
 */
final class CheckFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private static final int MAX_CAUSES = 8;

  private CheckFailure(Throwable original, int depth) {
    super(original.getClass().getName(), redactedCause(original, depth), false, true);
    StackTraceElement[] trace = stackTrace(original);
    if (trace != null) setStackTrace(trace);
  }

  /** Never throws, whatever the throwable's overridden accessors do. */
  static CheckFailure of(Throwable original) {
    return new CheckFailure(original, 0);
  }

  private static Throwable redactedCause(Throwable original, int depth) {
    if (depth >= MAX_CAUSES) return null;
    try {
      Throwable cause = original.getCause();
      return cause == null || cause == original ? null : new CheckFailure(cause, depth + 1);
    } catch (RuntimeException | StackOverflowError e) { // a hostile getCause(): keep the type, drop the chain
      return null;
    }
  }

  private static StackTraceElement[] stackTrace(Throwable original) {
    try {
      StackTraceElement[] trace = original.getStackTrace();
      if (trace == null) return null;
      for (StackTraceElement e : trace) if (e == null) return null;
      return trace;
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }
}
