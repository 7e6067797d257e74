package com.wekruit.valet.neon;

import com.squareup.moshi.Json;
import com.wekruit.valet.json.Required;
import java.time.Instant;

/**
 * A branch: a copy-on-write clone of its parent's data, at the parent's head or at a point in time.
 *
 * @param parentId {@code null} for a root branch
 * @param parentLsn and {@code parentTimestamp}: where on the parent it starts; final only after its operations finish
 * @param currentState e.g. {@code init}, {@code ready}, {@code archived} (a free string in the API)
 * @param logicalSize bytes, {@code null} until computed
 * @param restoreStatus {@code restored}, {@code finalized}, {@code detaching}, or {@code null}
 */
public record Branch(
    @Required String id,
    @Required String projectId,
    String parentId,
    String parentLsn,
    Instant parentTimestamp,
    @Required String name,
    @Required String currentState,
    String pendingState,
    Instant stateChangedAt,
    Long logicalSize,
    String creationSource,
    @Json(name = "default") boolean isDefault,
    @Json(name = "protected") boolean isProtected,
    @Required Instant createdAt,
    Instant updatedAt,
    Instant expiresAt,
    String initSource,
    String restoreStatus,
    String restoredFrom) {

  /** Whether the branch has no parent (a project's first branch, or a schema-only branch). */
  public boolean isRoot() {
    return parentId == null;
  }
}
