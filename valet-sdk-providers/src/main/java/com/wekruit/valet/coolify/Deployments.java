package com.wekruit.valet.coolify;

import com.squareup.moshi.Types;
import com.wekruit.valet.error.OperationFailedException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.Futures;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.OperationWaiter;
import com.wekruit.valet.spi.Paths;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /deploy} and {@code /deployments}: trigger deployments by uuid or tag, read, list, cancel and wait for them.
 * Thread-safe.
 */
public final class Deployments {
  private static final Type LIST = Types.newParameterizedType(List.class, Deployment.class);
  private final HttpTransport http;
  private final OperationWaiter waiter;

  Deployments(HttpTransport http, OperationWaiter waiter) {
    this.http = http;
    this.waiter = waiter;
  }

  /**
   * {@code POST /deploy}: queues a deployment per application (services and databases are started). Never repeated
   * unless Coolify answered 429 in a way that proves nothing was queued: its rate limit, or a full deployment queue
   * for a single uuid. Coolify handles several uuids (and every tag) one resource after another, so a full queue
   * there may come after some were queued: that 429 is thrown, not repeated, and {@code mayHaveTakenEffect()}.
   *
   * @throws com.wekruit.valet.error.NotFoundException when no resource matches ("No resources found.")
   */
  public DeployResult deploy(DeployRequest request) {
    ApiCall<Envelopes.DeployResponse> call = Calls.<Envelopes.DeployResponse>post("/deploy",
            Envelopes.DeployResponse.class)
        .query("uuid", request.uuids().isEmpty() ? null : String.join(",", request.uuids()))
        .query("tag", request.tags().isEmpty() ? null : String.join(",", request.tags()))
        .query("force", request.force() ? "true" : null)
        .query("pull_request_id", request.pullRequestId())
        .query("docker_tag", request.dockerTag());
    if (request.uuids().size() != 1) call = call.toBuilder().partialRejection(CoolifyErrors.QUEUE_FULL).build();
    Envelopes.DeployResponse r = http.execute(call);
    List<DeployResult.Triggered> triggered = !r.deployments().isEmpty() ? r.deployments() : r.details();
    List<DeploymentHandle> handles = new ArrayList<>();
    for (DeployResult.Triggered t : triggered) if (t.deploymentUuid() != null) handles.add(handle(t.deploymentUuid()));
    return new DeployResult(triggered, handles);
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such deployment */
  public Deployment get(String uuid) {
    return http.execute(getCall(uuid, null));
  }

  /** The deployments queued or in progress on the team's servers (finished ones are not listed). */
  public List<Deployment> running() {
    return http.execute(ApiCall.get("/deployments", LIST));
  }

  /** An application's deployments, newest first, fetched lazily {@code take} at a time. */
  public Paginator<Deployment> ofApplication(String applicationUuid) {
    ApiCall<Envelopes.DeploymentsPage> first = ApiCall.get(Paths.of("deployments", "applications", applicationUuid),
        Envelopes.DeploymentsPage.class);
    return OffsetPages.of(http, first, Envelopes.DeploymentsPage::deployments, Envelopes.DeploymentsPage::count,
        Deployment::deploymentUuid);
  }

  /**
   * Cancels a queued or running deployment and returns its state read back afterwards. Coolify has answered a cancel
   * with 500 yet cancelled (coollabsio/coolify#11327), so after a server error or a lost answer the deployment is
   * read again: if it is cancelled (or otherwise over), that is the result, else the error is thrown.
   *
   * @throws com.wekruit.valet.error.InvalidInputException when it already finished ("cannot be cancelled")
   */
  public Deployment cancel(String uuid) {
    try {
      http.execute(Calls.<Envelopes.Cancelled>post(Paths.of("deployments", uuid, "cancel"), Envelopes.Cancelled.class));
    } catch (ValetException e) {
      if (!e.mayHaveTakenEffect()) throw e;
      Deployment now = get(uuid);
      if (!now.terminal()) throw e;
      return now;
    }
    return get(uuid);
  }

  /** A handle for a deployment uuid returned elsewhere (a webhook, another process). */
  public DeploymentHandle handle(String deploymentUuid) {
    return new DeploymentHandle(deploymentUuid, this);
  }

  /** Waits for all; returns their final states in the given order. Fails fast on a failed or cancelled one. */
  public List<Deployment> awaitAll(Collection<String> uuids, Duration timeout) {
    return ordered(uuids, waiter.awaitAll(what(uuids), initial(uuids), operations(), timeout));
  }

  /** {@link #awaitAll} without holding a thread. */
  public CompletableFuture<List<Deployment>> awaitAllAsync(Collection<String> uuids, Duration timeout) {
    return Futures.map(waiter.awaitAllAsync(what(uuids), initial(uuids), operations(), timeout), d -> ordered(uuids, d));
  }

  private ApiCall<Deployment> getCall(String uuid, Duration timeout) {
    return ApiCall.<Deployment>get(Paths.of("deployments", uuid), Deployment.class).toBuilder().timeout(timeout)
        .build();
  }

  /** One poll: a single id is read directly; several share one read of the running list, the rest one each. */
  private Map<String, Deployment> fetch(Collection<String> uuids, Duration timeLeft) {
    Map<String, Deployment> out = new HashMap<>();
    if (uuids.size() > 1) {
      List<Deployment> running = http.execute(ApiCall.<List<Deployment>>get("/deployments", LIST).toBuilder()
          .timeout(timeLeft).build());
      for (Deployment d : running) if (uuids.contains(d.deploymentUuid())) out.put(d.deploymentUuid(), d);
    }
    for (String uuid : uuids) if (!out.containsKey(uuid)) out.put(uuid, same(uuid, http.execute(getCall(uuid, timeLeft))));
    return out;
  }

  /** The deployment read for {@code uuid}, or a protocol error when the API answered with another one. */
  private Deployment same(String uuid, Deployment d) {
    if (uuid.equals(d.deploymentUuid())) return d;
    throw new ValetClientException(ValetClientException.Kind.PROTOCOL, "coolify GET /deployments/" + http.clean(uuid, 80)
        + " answered deployment " + http.clean(d.deploymentUuid(), 80) + "; not taken as " + http.clean(uuid, 80),
        null, 1, false);
  }

  private static String what(Collection<String> uuids) {
    return "coolify deployments " + uuids;
  }

  /** Nothing is known before the first poll: each starts as "queued" so the waiter polls it. */
  private static Map<String, Deployment> initial(Collection<String> uuids) {
    if (uuids.isEmpty()) throw new IllegalArgumentException("no deployments to wait for");
    Map<String, Deployment> m = new LinkedHashMap<>();
    for (String uuid : uuids) m.put(uuid, null);
    return m;
  }

  private static List<Deployment> ordered(Collection<String> uuids, Map<String, Deployment> done) {
    List<Deployment> out = new ArrayList<>(uuids.size());
    for (String uuid : uuids) out.add(done.get(uuid));
    return out;
  }

  private OperationWaiter.Operations<String, Deployment> operations() {
    return new OperationWaiter.Operations<>() {
      @Override
      public Map<String, Deployment> fetch(Collection<String> ids, Duration timeLeft) {
        return Deployments.this.fetch(ids, timeLeft);
      }

      @Override
      public CompletableFuture<Map<String, Deployment>> fetchAsync(Collection<String> ids, Duration timeLeft) {
        if (ids.size() != 1) return OperationWaiter.Operations.super.fetchAsync(ids, timeLeft);
        String uuid = ids.iterator().next();
        return Futures.map(http.executeAsync(getCall(uuid, timeLeft)), d -> Map.of(uuid, same(uuid, d)));
      }

      @Override
      public boolean finished(Deployment d) {
        return d != null && d.terminal();
      }

      @Override
      public RuntimeException failure(Deployment d) {
        if (d.status().is(DeploymentStatus.FINISHED)) return null;
        return new OperationFailedException("coolify deployment " + d.deploymentUuid() + " ("
            + http.clean(d.applicationName(), 80) + ")", http.clean(d.status().raw(), 40),
            "ended " + http.clean(d.status().raw(), 40) + " at commit " + http.clean(d.commit(), 60));
      }

      @Override
      public String describe(String id, Deployment d) {
        return "deployment " + id + " (" + (d == null ? "not read yet" : http.clean(d.applicationName(), 80) + ", "
            + http.clean(d.status().raw(), 40)) + ")";
      }
    };
  }
}
