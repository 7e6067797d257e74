package com.wekruit.valet.neon;

import com.wekruit.valet.json.OpenEnum;
import java.util.Objects;

/** A new compute endpoint on a branch, with its autoscaling limits and suspend timeout. Immutable. */
public final class CreateEndpointRequest {
  private final Body.Spec spec;

  private CreateEndpointRequest(Body.Spec spec) {
    this.spec = spec;
  }

  /** An endpoint of {@code type} on {@code branchId} with {@code compute} settings ({@code null}: Neon's defaults). */
  public static CreateEndpointRequest of(String branchId, EndpointType type, ComputeSettings compute) {
    Objects.requireNonNull(branchId, "branchId");
    if (type == null || type == EndpointType.UNKNOWN) throw new IllegalArgumentException("endpoint type must be known");
    ComputeSettings c = compute == null ? ComputeSettings.builder().build() : compute;
    return new CreateEndpointRequest(new Body.Spec(branchId, OpenEnum.of(type), c.minCu(), c.maxCu(),
        c.suspendTimeoutSeconds()));
  }

  String branchId() {
    return spec.branchId();
  }

  Body body() {
    return new Body(spec);
  }

  @Override
  public String toString() {
    return "CreateEndpointRequest" + spec;
  }

  record Body(Spec endpoint) {
    record Spec(String branchId, OpenEnum<EndpointType> type, Double autoscalingLimitMinCu,
        Double autoscalingLimitMaxCu, Long suspendTimeoutSeconds) {}
  }
}
