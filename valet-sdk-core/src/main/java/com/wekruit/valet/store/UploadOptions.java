package com.wekruit.valet.store;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * How {@link ObjectStore#upload} streams: part size (every part but the last has exactly this size, which R2
 * requires), parts uploaded in parallel, content type, and a check that must pass before the upload is completed.
 * Memory used is part size × (parts in flight + 1). Immutable.
 */
public final class UploadOptions {
  /** 5 MiB, the smallest part S3 and R2 accept. */
  public static final int MIN_PART_SIZE = 5 * 1024 * 1024;
  /** 10,000 parts at most per upload. */
  public static final int MAX_PARTS = 10_000;
  private final int partSize;
  private final int partsInFlight;
  private final String contentType;
  private final Predicate<StreamSummary> completeIf;

  private UploadOptions(Builder b) {
    this.partSize = b.partSize;
    this.partsInFlight = b.partsInFlight;
    this.contentType = b.contentType;
    this.completeIf = b.completeIf;
  }

  /** 16 MiB parts, 2 in flight (48 MiB of buffers), {@code application/octet-stream}, no completion check. */
  public static UploadOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public int partSize() {
    return partSize;
  }

  public int partsInFlight() {
    return partsInFlight;
  }

  public String contentType() {
    return contentType;
  }

  /** The largest stream these options can upload (part size × 10,000). */
  public long maxSize() {
    return (long) partSize * MAX_PARTS;
  }

  Predicate<StreamSummary> completeIf() {
    return completeIf;
  }

  /** What the whole stream was, for the completion check. */
  public record StreamSummary(long size, String sha256) {}

  @Override
  public String toString() {
    return "UploadOptions[partSize=" + partSize + ", partsInFlight=" + partsInFlight + ", " + contentType + "]";
  }

  /** Builds {@link UploadOptions}. Not thread-safe. */
  public static final class Builder {
    private int partSize = 16 * 1024 * 1024;
    private int partsInFlight = 2;
    private String contentType = "application/octet-stream";
    private Predicate<StreamSummary> completeIf = s -> true;

    private Builder() {}

    /** Bytes per part, at least 5 MiB ({@link #allowSmallPartsForTests} lifts that for tests of the engine). */
    public Builder partSize(int bytes) {
      if (bytes < MIN_PART_SIZE) throw new IllegalArgumentException("partSize must be >= 5 MiB, was " + bytes);
      this.partSize = bytes;
      return this;
    }

    /** Any part size above zero; stores reject parts under 5 MiB, so only for in-memory targets. */
    public Builder allowSmallPartsForTests(int bytes) {
      if (bytes < 1) throw new IllegalArgumentException("partSize must be positive, was " + bytes);
      this.partSize = bytes;
      return this;
    }

    /** Parts uploaded concurrently (1..16). */
    public Builder partsInFlight(int n) {
      if (n < 1 || n > 16) throw new IllegalArgumentException("partsInFlight must be 1..16, was " + n);
      this.partsInFlight = n;
      return this;
    }

    public Builder contentType(String contentType) {
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    /**
     * Completes the upload only if {@code check} accepts the stream's size and hash (e.g. the producer exited 0 and
     * the size is above a floor); otherwise aborts it and throws {@link UploadAbortedException}.
     */
    public Builder completeIf(Predicate<StreamSummary> check) {
      this.completeIf = Objects.requireNonNull(check, "check");
      return this;
    }

    public UploadOptions build() {
      return new UploadOptions(this);
    }
  }
}
