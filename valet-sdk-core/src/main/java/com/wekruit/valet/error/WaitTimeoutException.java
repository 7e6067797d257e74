package com.wekruit.valet.error;

import java.time.Duration;
import java.util.List;

/** A long-running operation did not finish within the wait; names what was still running. Immutable; thread-safe. */
public class WaitTimeoutException extends ValetException {
  private static final long serialVersionUID = 1L;
  private final List<String> stillRunning;

  public WaitTimeoutException(String what, Duration waited, List<String> stillRunning) {
    super("timed out after " + waited + " waiting for " + what + "; still running: " + stillRunning, null, 1, true);
    this.stillRunning = List.copyOf(stillRunning);
  }

  /** Descriptions of the operations that had not finished. */
  public List<String> stillRunning() {
    return stillRunning;
  }
}
