package com.wekruit.valet.backup;

import com.wekruit.valet.error.ValetException;

/**
 * A backup, verification, restore drill, retention or rotation step failed or was refused; {@link #reason()} says
 * which rule. Nothing partial was left visible: a failed backup's upload was aborted and no manifest was written.
 * Messages never hold a password. Immutable; thread-safe.
 */
public class BackupException extends ValetException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** pg_dump or pg_restore is older than the server's major version, or missing. */
    TOOL_TOO_OLD,
    /** A client program could not start, exited non-zero or did not finish. */
    TOOL_FAILED,
    /** The dump was smaller than the configured floor. */
    TOO_SMALL,
    /** The object store refused or lost the upload (see the cause). */
    STORE_FAILED,
    /** The stored object does not match its manifest, or the manifest is unreadable. */
    MISMATCH,
    /** A restore drill found other row counts than the manifest recorded, or failed to restore. */
    DRILL_FAILED,
    /** The operation would touch what it must not (a scratch database equal to the source, a snapshot not ours). */
    REFUSED,
    /** The database could not be reached or queried. */
    DATABASE,
    /** The calling thread was interrupted. */
    INTERRUPTED
  }

  private final Reason reason;

  public BackupException(Reason reason, String message, Throwable cause) {
    super(message, cause, 1, reason == Reason.STORE_FAILED || reason == Reason.DATABASE);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
