package com.wekruit.valet.neon;

import java.time.Instant;
import java.util.Objects;

/**
 * Restores a branch in place from a source branch: its head, a point in time or an LSN. Restoring a branch from its
 * own history needs a timestamp or LSN and {@code preserveUnderName} (the old state is kept as a branch of that
 * name); so does restoring a branch that has children. Those rules are checked before anything is sent. Immutable.
 */
public final class RestoreBranchRequest {
  private final String sourceBranchId;
  private final Instant sourceTimestamp;
  private final String sourceLsn;
  private final String preserveUnderName;

  private RestoreBranchRequest(Builder b) {
    if (b.sourceTimestamp != null && b.sourceLsn != null) {
      throw new IllegalArgumentException("give a source timestamp or a source LSN, not both");
    }
    this.sourceBranchId = b.sourceBranchId;
    this.sourceTimestamp = b.sourceTimestamp;
    this.sourceLsn = b.sourceLsn;
    this.preserveUnderName = b.preserveUnderName;
  }

  /** Restore from {@code sourceBranchId} (the branch itself for point-in-time recovery). */
  public static Builder from(String sourceBranchId) {
    return new Builder(Objects.requireNonNull(sourceBranchId, "sourceBranchId"));
  }

  public String sourceBranchId() {
    return sourceBranchId;
  }

  public String preserveUnderName() {
    return preserveUnderName;
  }

  /** The point in time on the source, or {@code null} (head, or an LSN). */
  public Instant sourceTimestamp() {
    return sourceTimestamp;
  }

  boolean pointInTime() {
    return sourceTimestamp != null || sourceLsn != null;
  }

  Body body() {
    return new Body(sourceBranchId, sourceLsn, sourceTimestamp, preserveUnderName);
  }

  @Override
  public String toString() {
    return "RestoreBranchRequest[from=" + sourceBranchId + ", at=" + (sourceTimestamp != null ? sourceTimestamp
        : sourceLsn != null ? sourceLsn : "head") + ", preserveUnderName=" + preserveUnderName + "]";
  }

  record Body(String sourceBranchId, String sourceLsn, Instant sourceTimestamp, String preserveUnderName) {}

  /** Builds a {@link RestoreBranchRequest}. Not thread-safe. */
  public static final class Builder {
    private final String sourceBranchId;
    private Instant sourceTimestamp;
    private String sourceLsn;
    private String preserveUnderName;

    private Builder(String sourceBranchId) {
      this.sourceBranchId = sourceBranchId;
    }

    public Builder atTimestamp(Instant timestamp) {
      this.sourceTimestamp = Objects.requireNonNull(timestamp, "timestamp");
      return this;
    }

    public Builder atLsn(String lsn) {
      this.sourceLsn = Objects.requireNonNull(lsn, "lsn");
      return this;
    }

    /** Keeps the branch's state before the restore as a new branch with this name. */
    public Builder preserveUnderName(String name) {
      if (name == null || name.isBlank()) throw new IllegalArgumentException("preserveUnderName must not be blank");
      this.preserveUnderName = name;
      return this;
    }

    public RestoreBranchRequest build() {
      return new RestoreBranchRequest(this);
    }
  }
}
