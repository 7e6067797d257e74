package com.wekruit.valet.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The record of one run of a job, kept where every replica can read it ({@link RunLog}).
 *
 * @param key the backup it concerns, or {@code null}
 * @param bytes bytes dumped, verified or restored; 0 when none
 * @param message what happened, bounded and secret-free
 * Immutable; thread-safe.
 */
public record BackupRun(String job, Kind kind, Outcome outcome, String key, long bytes, Instant startedAt,
    Instant finishedAt, long durationMillis, String message) {

  public BackupRun {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** What ran. */
  public enum Kind { BACKUP, VERIFY, DRILL, RETENTION, SNAPSHOT }

  /** How it ended. */
  public enum Outcome { SUCCEEDED, FAILED, SKIPPED }

  public Duration duration() {
    return Duration.ofMillis(durationMillis);
  }

  public boolean succeeded() {
    return outcome == Outcome.SUCCEEDED;
  }
}
