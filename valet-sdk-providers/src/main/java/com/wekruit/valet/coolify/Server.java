package com.wekruit.valet.coolify;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;

/**
 * A server Coolify deploys to. Log-drain keys and the sentinel token are not modelled.
 *
 * @param settings {@code null} when the API leaves it out
 */
public record Server(
    @Required String uuid,
    String name,
    String description,
    String ip,
    String user,
    Integer port,
    OpenEnum<ProxyType> proxyType,
    int unreachableCount,
    Settings settings) {

  /** The reverse proxy on the server. */
  public enum ProxyType { TRAEFIK, CADDY, NONE, UNKNOWN }

  /**
   * Deployment-relevant server settings.
   *
   * @param deploymentQueueLimit queued deployments beyond this are refused ({@code deployment_queue_full})
   */
  public record Settings(
      Integer concurrentBuilds,
      Integer deploymentQueueLimit,
      Integer dynamicTimeout,
      boolean isBuildServer,
      boolean isReachable,
      boolean isUsable,
      boolean isSwarmManager,
      Integer connectionTimeout) {}
}
