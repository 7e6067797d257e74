package com.wekruit.valet.error;

/** A long-running operation finished in an error state (e.g. a Hetzner action with status {@code error}). Immutable; thread-safe. */
public class OperationFailedException extends ValetException {
  private static final long serialVersionUID = 1L;
  private final String code;

  public OperationFailedException(String operation, String code, String message) {
    super(operation + " failed: " + message + " (" + code + ")", null, 1, false);
    this.code = code;
  }

  /** The provider's error code for the failure. */
  public String code() {
    return code;
  }
}
