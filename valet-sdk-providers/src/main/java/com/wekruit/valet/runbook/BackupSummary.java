package com.wekruit.valet.runbook;

import java.time.Instant;
import java.util.Objects;

/**
 * One backup as the readiness audit sees it.
 *
 * @param name e.g. the object key of its manifest
 * @param finishedAt when the backup was complete
 * @param verified whether a verification (at least a re-read of the stored dump) passed
 */
public record BackupSummary(String name, Instant finishedAt, boolean verified) {
  public BackupSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(finishedAt, "finishedAt");
  }
}
