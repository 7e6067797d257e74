package com.wekruit.valet.internal;

/**
 * Keeps a failure's cause without letting it carry a secret or garbage into logs: a cause chain whose messages are
 * clean is kept as it is; otherwise each link is replaced by a {@link Sanitized} copy with the same class name, a
 * cleaned message and the original stack trace. Not API.
 */
public final class Causes {
  private static final int MAX_MESSAGE = 300;

  private Causes() {}

  public static Throwable sanitize(Throwable t, Redactor redactor) {
    if (t == null || clean(t, redactor)) return t;
    Sanitized copy = new Sanitized(t.getClass().getName() + ": " + redactor.clean(String.valueOf(t.getMessage()),
        MAX_MESSAGE), sanitize(t.getCause() == t ? null : t.getCause(), redactor));
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  private static boolean clean(Throwable t, Redactor redactor) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage();
      if (m != null && (redactor.leaks(m) || m.length() > MAX_MESSAGE || !printable(m))) return false;
    }
    return true;
  }

  private static boolean printable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f) return false;
    }
    return true;
  }

  /** Stands in for a cause whose message had to be cleaned; its message starts with the original class name. */
  public static final class Sanitized extends Exception {
    private static final long serialVersionUID = 1L;

    Sanitized(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
