package com.wekruit.valet.coolify;

import com.wekruit.valet.spi.Futures;
import com.wekruit.valet.waiting.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A queued deployment and the means to wait for it: polls {@code GET /deployments/{uuid}} with growing intervals until
 * it is {@code finished}; {@code failed} and {@code cancelled-by-user} end the wait with an
 * {@link com.wekruit.valet.error.OperationFailedException} (code {@code failed} or {@code cancelled-by-user}), and
 * a deployment still queued or running at the deadline with a {@link com.wekruit.valet.error.WaitTimeoutException}
 * naming it. Thread-safe.
 */
public final class DeploymentHandle implements Operation<Deployment> {
  private final String uuid;
  private final Deployments deployments;

  DeploymentHandle(String uuid, Deployments deployments) {
    this.uuid = Objects.requireNonNull(uuid, "uuid");
    this.deployments = deployments;
  }

  /** The deployment uuid. */
  public String uuid() {
    return uuid;
  }

  /** The deployment's current state (one request). */
  public Deployment current() {
    return deployments.get(uuid);
  }

  @Override
  public Deployment await(Duration timeout) {
    return deployments.awaitAll(List.of(uuid), timeout).get(0);
  }

  @Override
  public CompletableFuture<Deployment> awaitAsync(Duration timeout) {
    return Futures.map(deployments.awaitAllAsync(List.of(uuid), timeout), l -> l.get(0));
  }

  /** Cancels the deployment; see {@link Deployments#cancel(String)}. */
  public Deployment cancel() {
    return deployments.cancel(uuid);
  }

  Deployments deployments() {
    return deployments;
  }

  @Override
  public String toString() {
    return "DeploymentHandle[" + uuid + "]";
  }
}
