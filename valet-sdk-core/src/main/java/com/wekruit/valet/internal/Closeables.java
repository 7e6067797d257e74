package com.wekruit.valet.internal;

/** Closing what is already being given up. */
public final class Closeables {
  private Closeables() {}

  /** Closes {@code c} (if not null), ignoring any failure: for resources abandoned on an error path. */
  public static void closeQuietly(AutoCloseable c) {
    if (c == null) return;
    try {
      c.close();
    } catch (Exception ignored) {
      // nothing more to release
    }
  }
}
