package com.wekruit.valet.coolify;

import com.squareup.moshi.Json;

/** A deployment's status: {@code queued → in_progress → finished | failed | cancelled-by-user}. */
public enum DeploymentStatus {
  QUEUED,
  IN_PROGRESS,
  FINISHED,
  FAILED,
  @Json(name = "cancelled-by-user")
  CANCELLED_BY_USER,
  UNKNOWN;

  /** Whether the deployment can no longer change: finished, failed or cancelled. */
  public boolean terminal() {
    return this == FINISHED || this == FAILED || this == CANCELLED_BY_USER;
  }
}
