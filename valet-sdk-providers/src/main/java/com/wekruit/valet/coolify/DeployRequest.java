package com.wekruit.valet.coolify;

import java.util.List;
import java.util.Objects;

/**
 * What {@code POST /deploy} should deploy: resources by uuid <em>or</em> by tag (never both), optionally forcing a
 * rebuild without cache, a pull-request preview, or a docker tag for image-based previews. Immutable.
 */
public final class DeployRequest {
  private final List<String> uuids;
  private final List<String> tags;
  private final boolean force;
  private final Integer pullRequestId;
  private final String dockerTag;

  private DeployRequest(Builder b) {
    this.uuids = b.uuids;
    this.tags = b.tags;
    this.force = b.force;
    this.pullRequestId = b.pullRequestId;
    this.dockerTag = b.dockerTag;
  }

  /** Deploys these applications, services or databases. */
  public static Builder byUuid(String... uuids) {
    return new Builder(checked("uuids", uuids), List.of());
  }

  /** Deploys every application and service with one of these tags. */
  public static Builder byTag(String... tags) {
    return new Builder(List.of(), checked("tags", tags));
  }

  private static List<String> checked(String what, String... values) {
    if (values.length == 0) throw new IllegalArgumentException(what + ": need at least one");
    for (String v : values) {
      if (Objects.requireNonNull(v, what).isBlank() || v.contains(",")) {
        throw new IllegalArgumentException(what + ": blank or contains a comma: '" + v + "'");
      }
    }
    return List.of(values);
  }

  public List<String> uuids() {
    return uuids;
  }

  public List<String> tags() {
    return tags;
  }

  public boolean force() {
    return force;
  }

  public Integer pullRequestId() {
    return pullRequestId;
  }

  public String dockerTag() {
    return dockerTag;
  }

  @Override
  public String toString() {
    return "DeployRequest[" + (uuids.isEmpty() ? "tags=" + tags : "uuids=" + uuids) + (force ? ", force" : "") + "]";
  }

  /** Optional settings of a {@link DeployRequest}. Not thread-safe. */
  public static final class Builder {
    private final List<String> uuids;
    private final List<String> tags;
    private boolean force;
    private Integer pullRequestId;
    private String dockerTag;

    private Builder(List<String> uuids, List<String> tags) {
      this.uuids = uuids;
      this.tags = tags;
    }

    /** Rebuild without the build cache. */
    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    /** Deploy the preview of this pull request. */
    public Builder pullRequestId(int id) {
      if (id <= 0) throw new IllegalArgumentException("pullRequestId must be positive, was " + id);
      this.pullRequestId = id;
      return this;
    }

    /** For docker-image applications: the image tag of a preview. */
    public Builder dockerTag(String tag) {
      this.dockerTag = Objects.requireNonNull(tag, "tag");
      return this;
    }

    public DeployRequest build() {
      return new DeployRequest(this);
    }
  }
}
