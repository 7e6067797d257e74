package com.wekruit.valet.coolify;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;

/**
 * One run of a scheduled backup.
 *
 * @param size bytes, or {@code null} while running
 * @param message Coolify's note, e.g. the error of a failed run
 */
public record BackupExecution(@Required String uuid, String filename, Long size, String createdAt, String message,
    OpenEnum<Status> status) {

  /** A run's outcome. */
  public enum Status { RUNNING, SUCCESS, FAILED, UNKNOWN }
}
