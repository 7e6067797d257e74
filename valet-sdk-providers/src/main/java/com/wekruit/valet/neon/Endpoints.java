package com.wekruit.valet.neon;

import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A project's compute endpoints: create with autoscaling limits and suspend timeout, update them, start, suspend,
 * restart, delete. Each mutating call returns a {@link Pending}: the endpoint is ready once its operations finished.
 * Thread-safe.
 */
public final class Endpoints {
  private final HttpTransport http;
  private final Operations ops;
  private final String projectId;

  Endpoints(HttpTransport http, Operations ops, String projectId) {
    this.http = http;
    this.ops = ops;
    this.projectId = projectId;
  }

  public List<Endpoint> list() {
    return http.execute(ApiCall.<Envelopes.EndpointsList>get(Paths.of("projects", projectId, "endpoints"),
        Envelopes.EndpointsList.class)).endpoints();
  }

  public Endpoint get(String endpointId) {
    return http.execute(getCall(endpointId)).endpoint();
  }

  public CompletableFuture<Endpoint> getAsync(String endpointId) {
    return http.executeAsync(getCall(endpointId)).thenApply(Envelopes.EndpointEnvelope::endpoint);
  }

  /** Creates a compute; never sent twice unless Neon proves it was rejected. */
  public Pending<Endpoint> create(CreateEndpointRequest request) {
    return pending(() -> http.execute(ApiCall.<Envelopes.EndpointOperations>post(
        Paths.of("projects", projectId, "endpoints"), request.body(), Envelopes.EndpointOperations.class)));
  }

  /** Changes autoscaling limits, suspend timeout or the disabled flag; fields not set stay as they are. */
  public Pending<Endpoint> update(String endpointId, UpdateEndpointRequest request) {
    return pending(() -> http.execute(ApiCall.<Envelopes.EndpointOperations>patch(path(endpointId), request.body(),
        Envelopes.EndpointOperations.class)));
  }

  public Pending<Endpoint> start(String endpointId) {
    return action(endpointId, "start");
  }

  /** Suspends the compute (scale to zero); it starts again on the next connection unless disabled. */
  public Pending<Endpoint> suspend(String endpointId) {
    return action(endpointId, "suspend");
  }

  public Pending<Endpoint> restart(String endpointId) {
    return action(endpointId, "restart");
  }

  /** Deletes a compute; one already gone gives a done {@link Pending} whose value is {@code null}. */
  public Pending<Endpoint> delete(String endpointId) {
    Envelopes.EndpointOperations r = ops.unlocked(() -> http.execute(ApiCall.<Envelopes.EndpointOperations>builder(
        "DELETE", path(endpointId), NeonCodecs.jsonOrGone(Envelopes.EndpointOperations.class))
        .goneIsSuccess(null).build()));
    return r == null ? Pending.unchanged(null, List.of(), ops) : Pending.unchanged(r.endpoint(), r.operations(), ops);
  }

  private Pending<Endpoint> action(String endpointId, String action) {
    return pending(() -> http.execute(ApiCall.<Envelopes.EndpointOperations>post(
        Paths.of("projects", projectId, "endpoints", endpointId, action), null, Envelopes.EndpointOperations.class)));
  }

  private Pending<Endpoint> pending(Supplier<Envelopes.EndpointOperations> call) {
    Envelopes.EndpointOperations r = ops.unlocked(call);
    return Pending.reread(r.endpoint(), r.operations(), ops, "endpoint", r.endpoint().id(), this::get,
        this::getAsync);
  }

  private ApiCall<Envelopes.EndpointEnvelope> getCall(String endpointId) {
    return ApiCall.get(path(endpointId), Envelopes.EndpointEnvelope.class);
  }

  private String path(String endpointId) {
    return Paths.of("projects", projectId, "endpoints", endpointId);
  }
}
