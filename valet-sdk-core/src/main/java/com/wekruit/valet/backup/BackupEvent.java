package com.wekruit.valet.backup;

import java.time.Instant;

/**
 * What backup jobs report as they run, for metrics and alerting instead of logs. Listeners are called on the job's
 * thread and must be fast; a throwing listener is ignored.
 */
public sealed interface BackupEvent {

  /** A dump started streaming into {@code key}. */
  record Started(String database, String key, Instant at) implements BackupEvent {}

  /** Bytes streamed so far and the rate since the start (bytes per second). */
  record Progress(String key, long bytes, long bytesPerSecond) implements BackupEvent {}

  /** A run ended: backup, verification, drill, retention or snapshot rotation, with its outcome. */
  record Finished(BackupRun run) implements BackupEvent {}
}
