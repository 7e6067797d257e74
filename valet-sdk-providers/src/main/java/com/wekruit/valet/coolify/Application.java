package com.wekruit.valet.coolify;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;

/**
 * An application as {@code GET /applications} returns it (the fields a deploy pipeline needs; others are ignored).
 * Secrets such as webhook secrets and compose files are not modelled.
 *
 * @param status {@code state:health}, e.g. {@code running:healthy}, see {@link #state()} and {@link #health()}
 * @param fqdn comma-separated domains, or {@code null}
 */
public record Application(
    @Required String uuid,
    String name,
    String description,
    String fqdn,
    String status,
    String gitRepository,
    String gitBranch,
    String gitCommitSha,
    OpenEnum<BuildPack> buildPack,
    String dockerRegistryImageName,
    String dockerRegistryImageTag,
    String portsExposes,
    String portsMappings,
    boolean healthCheckEnabled,
    String healthCheckPath,
    Integer environmentId,
    Instant createdAt,
    Instant updatedAt) {

  /** How the application is built. */
  public enum BuildPack { NIXPACKS, RAILPACK, STATIC, DOCKERFILE, DOCKERCOMPOSE, UNKNOWN }

  /** The container state before the colon of {@link #status()}, e.g. {@code running}, or {@code ""}. */
  public String state() {
    return ResourceStatus.state(status);
  }

  /** The health after the colon of {@link #status()}, e.g. {@code healthy}, or {@code ""}. */
  public String health() {
    return ResourceStatus.health(status);
  }
}
