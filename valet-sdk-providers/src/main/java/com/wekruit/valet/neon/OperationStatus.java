package com.wekruit.valet.neon;

/**
 * The status of a Neon operation. {@code finished}, {@code skipped} and {@code cancelled} are final and not failures
 * (as Neon documents them); {@code failed} and {@code error} are final failures; the rest are still running.
 */
public enum OperationStatus {
  SCHEDULING, RUNNING, FINISHED, FAILED, ERROR, CANCELLING, CANCELLED, SKIPPED, UNKNOWN;

  /** Whether the operation will not change any more. {@code UNKNOWN} (a status newer than the SDK) is not final. */
  public boolean isFinal() {
    return this == FINISHED || this == SKIPPED || this == CANCELLED || isFailure();
  }

  public boolean isFailure() {
    return this == FAILED || this == ERROR;
  }
}
