package com.wekruit.valet.neon;

import com.wekruit.valet.json.OpenEnum;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A new branch: from the default branch or {@link Builder#parent(String)}, at its head, at a point in time
 * ({@link Builder#atTimestamp}) or at an LSN ({@link Builder#atLsn}), with or without computes. Point-in-time
 * branches must lie inside the project's history retention window. Immutable and thread-safe.
 */
public final class CreateBranchRequest {
  private final String name;
  private final String parentId;
  private final Instant parentTimestamp;
  private final String parentLsn;
  private final Boolean isProtected;
  private final List<Body.EndpointSpec> endpoints;

  private CreateBranchRequest(Builder b) {
    if (b.parentTimestamp != null && b.parentLsn != null) {
      throw new IllegalArgumentException("give a parent timestamp or a parent LSN, not both");
    }
    this.name = b.name;
    this.parentId = b.parentId;
    this.parentTimestamp = b.parentTimestamp;
    this.parentLsn = b.parentLsn;
    this.isProtected = b.isProtected;
    this.endpoints = List.copyOf(b.endpoints);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Instant parentTimestamp() {
    return parentTimestamp;
  }

  Body body() {
    return new Body(new Body.BranchSpec(parentId, name, parentLsn, parentTimestamp, isProtected), endpoints);
  }

  @Override
  public String toString() {
    return "CreateBranchRequest[name=" + name + ", parent=" + parentId + ", at="
        + (parentTimestamp != null ? parentTimestamp : parentLsn) + ", endpoints=" + endpoints.size() + "]";
  }

  /** The wire body. */
  record Body(BranchSpec branch, List<EndpointSpec> endpoints) {
    record BranchSpec(String parentId, String name, String parentLsn, Instant parentTimestamp,
        @com.squareup.moshi.Json(name = "protected") Boolean isProtected) {}

    record EndpointSpec(OpenEnum<EndpointType> type, Double autoscalingLimitMinCu, Double autoscalingLimitMaxCu,
        Long suspendTimeoutSeconds) {}
  }

  /** Builds a {@link CreateBranchRequest}. Not thread-safe. */
  public static final class Builder {
    private String name;
    private String parentId;
    private Instant parentTimestamp;
    private String parentLsn;
    private Boolean isProtected;
    private final List<Body.EndpointSpec> endpoints = new ArrayList<>();

    private Builder() {}

    /** The branch name (Neon picks one when not set). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The parent branch id (default: the project's default branch). */
    public Builder parent(String branchId) {
      this.parentId = Objects.requireNonNull(branchId, "branchId");
      return this;
    }

    /** Point in time on the parent the branch starts from (point-in-time recovery). */
    public Builder atTimestamp(Instant timestamp) {
      this.parentTimestamp = Objects.requireNonNull(timestamp, "timestamp");
      return this;
    }

    /** Log sequence number on the parent the branch starts from, e.g. {@code 0/1DE2850}. */
    public Builder atLsn(String lsn) {
      this.parentLsn = Objects.requireNonNull(lsn, "lsn");
      return this;
    }

    public Builder protect(boolean isProtected) {
      this.isProtected = isProtected;
      return this;
    }

    /** Adds a compute; a branch takes one read-write compute and any number of read-only ones. */
    public Builder endpoint(EndpointType type, ComputeSettings compute) {
      if (type == EndpointType.UNKNOWN) throw new IllegalArgumentException("endpoint type must be known");
      if (type == EndpointType.READ_WRITE && endpoints.stream().anyMatch(e -> e.type().is(EndpointType.READ_WRITE))) {
        throw new IllegalArgumentException("a branch has at most one read-write endpoint");
      }
      ComputeSettings c = compute == null ? ComputeSettings.builder().build() : compute;
      endpoints.add(new Body.EndpointSpec(OpenEnum.of(type), c.minCu(), c.maxCu(), c.suspendTimeoutSeconds()));
      return this;
    }

    public CreateBranchRequest build() {
      return new CreateBranchRequest(this);
    }
  }
}
