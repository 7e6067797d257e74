package com.wekruit.valet.backup;

/**
 * Asked before every side effect of a job (starting and completing an upload, writing a manifest, each delete): it
 * throws when the job must stop, typically {@code Leadership::ensureHeld} so that a replica that lost its advisory
 * lock stops at once. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Guard {
  /** A guard that never stops anything (a single replica, a manual run). */
  Guard NONE = () -> {};

  /** Returns when the job may go on; throws a {@link com.wekruit.valet.error.ValetException} when it must stop. */
  void ensureHeld();
}
