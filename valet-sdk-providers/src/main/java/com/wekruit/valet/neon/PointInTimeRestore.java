package com.wekruit.valet.neon;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Neon's point-in-time restore as a new branch: the parent's data as it was at a timestamp, with a read-write
 * compute, awaited until its operations finished, and a connection URI for a role and database, so the data can be
 * inspected or copied back without touching the parent. The timestamp must lie within the project's history
 * window (checked before sending). Thread-safe.
 *
 * <pre>{@code
 * PointInTimeRestore.Restored r = PointInTimeRestore.of(neon, projectId)
 *     .branchAt(mainBranchId, Instant.parse("2026-11-26T02:55:00Z"), "before-incident", "neondb", "neondb_owner",
 *         Duration.ofMinutes(5));
 * }</pre>
 */
public final class PointInTimeRestore {
  private final NeonClient neon;
  private final String projectId;

  private PointInTimeRestore(NeonClient neon, String projectId) {
    this.neon = Objects.requireNonNull(neon, "neon");
    this.projectId = Objects.requireNonNull(projectId, "projectId");
  }

  public static PointInTimeRestore of(NeonClient neon, String projectId) {
    return new PointInTimeRestore(neon, projectId);
  }

  /**
   * A restored branch and how to connect to it; {@link #toString()} hides the URI's password.
   */
  public record Restored(Branch branch, Endpoint endpoint, ConnectionUri uri) {}

  /**
   * Creates branch {@code name} from {@code parentBranchId} at {@code at} with a read-write compute, waits up to
   * {@code timeout} for it, and returns it with the connection URI of {@code role} on {@code database}.
   *
   * @throws IllegalArgumentException when {@code at} is in the future or outside the history window
   */
  public Restored branchAt(String parentBranchId, Instant at, String name, String database, String role,
      Duration timeout) {
    CreatedBranch created = neon.branches(projectId).create(CreateBranchRequest.builder().name(name)
        .parent(parentBranchId).atTimestamp(at).endpoint(EndpointType.READ_WRITE, null).build()).await(timeout);
    Endpoint endpoint = created.endpoints().stream().filter(e -> e.type().is(EndpointType.READ_WRITE)).findFirst()
        .orElseThrow(() -> new IllegalStateException("branch " + created.branch().id() + " has no read-write compute"));
    ConnectionUri uri = neon.projects().connectionUri(projectId, ConnectionUriRequest.of(database, role)
        .branch(created.branch().id()).endpoint(endpoint.id()));
    return new Restored(created.branch(), endpoint, uri);
  }
}
