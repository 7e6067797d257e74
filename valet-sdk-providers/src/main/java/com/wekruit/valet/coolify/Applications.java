package com.wekruit.valet.coolify;

import com.squareup.moshi.Types;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code /applications}: list and read, deploy (start), stop, restart, roll back, environment variables and the
 * application's deployments. Every state change is a POST (Coolify 4.3 answers 405 to the old GET forms).
 *
 * <p>{@link #deployAndAwait} and {@link #rollbackAndAwait} queue a deployment and wait for it in one call; the
 * others return a {@link DeploymentHandle}. None of them is repeated unless Coolify proved it queued nothing (429).
 * Thread-safe.
 */
public final class Applications {
  private static final Type LIST = Types.newParameterizedType(List.class, Application.class);
  private final HttpTransport http;
  private final Deployments deployments;

  Applications(HttpTransport http, Deployments deployments) {
    this.http = http;
    this.deployments = deployments;
  }

  /** All applications of the token's team (Coolify does not page this list). */
  public List<Application> list() {
    return http.execute(ApiCall.get("/applications", LIST));
  }

  /** The applications with this tag. */
  public List<Application> listByTag(String tag) {
    return http.execute(ApiCall.<List<Application>>get("/applications", LIST).query("tag", Objects.requireNonNull(tag)));
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such application */
  public Application get(String uuid) {
    return http.execute(ApiCall.get(path(uuid), Application.class));
  }

  /**
   * Queues a build and deployment ({@code POST /applications/{uuid}/start}). A second trigger for the same commit
   * while one is queued returns the existing deployment.
   *
   * @param force rebuild without the build cache
   */
  public DeploymentHandle deploy(String uuid, boolean force) {
    ApiCall<Envelopes.Queued> call = Calls.<Envelopes.Queued>post(path(uuid) + "/start", Envelopes.Queued.class)
        .query("force", force ? "true" : null);
    return deployments.handle(http.execute(call).deploymentUuid());
  }

  /** {@link #deploy} and wait until the deployment finished; returns it. */
  public Deployment deployAndAwait(String uuid, Duration timeout) {
    return deploy(uuid, false).await(timeout);
  }

  /** Queues a restart without a build (a {@code restart_only} deployment). */
  public DeploymentHandle restart(String uuid) {
    return deployments.handle(http.execute(Calls.<Envelopes.Queued>post(path(uuid) + "/restart",
        Envelopes.Queued.class)).deploymentUuid());
  }

  /** Stops the application's containers; returns Coolify's message. */
  public String stop(String uuid, boolean dockerCleanup) {
    return http.execute(Calls.<Envelopes.Message>post(path(uuid) + "/stop", Envelopes.Message.class)
        .query("docker_cleanup", String.valueOf(dockerCleanup))).message();
  }

  /** The images still on the server to roll back to ({@code current} marks the running one). */
  public RollbackImages rollbackImages(String uuid) {
    return http.execute(ApiCall.get(path(uuid) + "/rollback-images", RollbackImages.class));
  }

  /**
   * Queues a deployment of an earlier image, without a rebuild.
   *
   * @param tag an image tag from {@link #rollbackImages} (validated by Coolify as a git ref)
   * @throws com.wekruit.valet.error.InvalidInputException code {@code deployment_queue_full} when the server's queue
   *     is full (Coolify answers 400 here, where {@code /deploy} answers 429)
   */
  public DeploymentHandle rollback(String uuid, String tag) {
    if (Objects.requireNonNull(tag, "tag").isBlank()) throw new IllegalArgumentException("tag is blank");
    record Body(String commit) {}
    return deployments.handle(http.execute(ApiCall.<Envelopes.Queued>post(path(uuid) + "/rollback", new Body(tag),
        Envelopes.Queued.class)).deploymentUuid());
  }

  /** {@link #rollback} and wait until that deployment finished; returns it. */
  public Deployment rollbackAndAwait(String uuid, String tag, Duration timeout) {
    return rollback(uuid, tag).await(timeout);
  }

  /** The application's environment variables. */
  public EnvironmentVariables envs(String uuid) {
    return new EnvironmentVariables(http, uuid);
  }

  /** The application's deployments, newest first, paged lazily. */
  public Paginator<Deployment> deployments(String uuid) {
    return deployments.ofApplication(uuid);
  }

  private static String path(String uuid) {
    return Paths.of("applications", uuid);
  }
}
