package com.wekruit.valet.neon;

import java.util.Objects;

/**
 * Which connection URI to read: database and role (required), branch (default: the default branch), endpoint
 * (default: the branch's read-write endpoint), pooled (through PgBouncer) or direct. Immutable.
 */
public record ConnectionUriRequest(String databaseName, String roleName, String branchId, String endpointId,
    boolean pooled) {
  public ConnectionUriRequest {
    Objects.requireNonNull(databaseName, "databaseName");
    Objects.requireNonNull(roleName, "roleName");
  }

  /** A direct URI for the default branch's read-write endpoint. */
  public static ConnectionUriRequest of(String databaseName, String roleName) {
    return new ConnectionUriRequest(databaseName, roleName, null, null, false);
  }

  public ConnectionUriRequest branch(String id) {
    return new ConnectionUriRequest(databaseName, roleName, id, endpointId, pooled);
  }

  public ConnectionUriRequest endpoint(String id) {
    return new ConnectionUriRequest(databaseName, roleName, branchId, id, pooled);
  }

  /** Through Neon's connection pooler (the {@code -pooler} host) instead of directly. */
  public ConnectionUriRequest pooled(boolean pooled) {
    return new ConnectionUriRequest(databaseName, roleName, branchId, endpointId, pooled);
  }
}
