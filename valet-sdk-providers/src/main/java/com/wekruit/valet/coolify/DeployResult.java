package com.wekruit.valet.coolify;

import java.time.Duration;
import java.util.List;

/**
 * What {@code POST /deploy} started: one entry per resource, and a handle per queued application deployment
 * (services and databases start without one). Immutable.
 *
 * @param triggered the API's answer per resource
 * @param handles the application deployments to wait for, in the order of {@code triggered}
 */
public record DeployResult(List<Triggered> triggered, List<DeploymentHandle> handles) {

  /**
   * One resource the deploy reached.
   *
   * @param deploymentUuid the queued deployment, {@code null} for a service or database
   */
  public record Triggered(String message, String resourceUuid, String deploymentUuid) {}

  public DeployResult {
    triggered = List.copyOf(triggered);
    handles = List.copyOf(handles);
  }

  /** The deployment uuids, in order. */
  public List<String> deploymentUuids() {
    return handles.stream().map(DeploymentHandle::uuid).toList();
  }

  /** Waits for every deployment; fails fast on the first that fails or is cancelled. */
  public List<Deployment> awaitAll(Duration timeout) {
    if (handles.isEmpty()) return List.of();
    return handles.get(0).deployments().awaitAll(deploymentUuids(), timeout);
  }
}
