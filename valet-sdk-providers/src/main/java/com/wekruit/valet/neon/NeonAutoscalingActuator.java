package com.wekruit.valet.neon;

import com.wekruit.valet.scaling.Actuation;
import com.wekruit.valet.scaling.ScaleAction;
import com.wekruit.valet.scaling.ScalingActuator;
import com.wekruit.valet.scaling.ScalingDecision;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Raises a Neon endpoint's autoscaling maximum on a STEP_UP (or SCALE_UP): max compute units × {@code factor}
 * (default 2), never above {@code ceilingCu} (default 8); the minimum stays. An endpoint already at the ceiling is
 * REFUSED with the playbook's other remedy (pgBouncer / Neon's pooled connection string). Waits for Neon's
 * operations. Dry-run unless {@link #live}. Thread-safe.
 */
public final class NeonAutoscalingActuator implements ScalingActuator {
  private final NeonClient neon;
  private final String projectId;
  private final String endpointId;
  private final double factor;
  private final double ceilingCu;
  private final boolean dryRun;

  private NeonAutoscalingActuator(NeonClient neon, String projectId, String endpointId, double factor,
      double ceilingCu, boolean dryRun) {
    this.neon = Objects.requireNonNull(neon, "neon");
    this.projectId = Objects.requireNonNull(projectId, "projectId");
    this.endpointId = Objects.requireNonNull(endpointId, "endpointId");
    if (!(factor > 1 && factor <= 4)) throw new IllegalArgumentException("factor must be in (1, 4]");
    if (!(ceilingCu >= 0.25)) throw new IllegalArgumentException("ceiling must be at least 0.25 CU");
    this.factor = factor;
    this.ceilingCu = ceilingCu;
    this.dryRun = dryRun;
  }

  /** Dry run, ×2 up to 8 CU. */
  public static NeonAutoscalingActuator of(NeonClient neon, String projectId, String endpointId) {
    return new NeonAutoscalingActuator(neon, projectId, endpointId, 2, 8, true);
  }

  public NeonAutoscalingActuator limits(double factor, double ceilingCu) {
    return new NeonAutoscalingActuator(neon, projectId, endpointId, factor, ceilingCu, dryRun);
  }

  public NeonAutoscalingActuator live() {
    return new NeonAutoscalingActuator(neon, projectId, endpointId, factor, ceilingCu, false);
  }

  @Override
  public String name() {
    return "neon-autoscaling";
  }

  @Override
  public Actuation act(ScalingDecision d) {
    if (d.action() != ScaleAction.STEP_UP && d.action() != ScaleAction.SCALE_UP) return ScalingActuator.skipped(name(), d);
    Endpoint ep = neon.endpoints(projectId).get(endpointId);
    double min = ep.autoscalingLimitMinCu();
    double max = ep.autoscalingLimitMaxCu();
    double next = Math.min(ceilingCu, Math.ceil(max * factor * 4) / 4);
    if (next <= max) {
      return new Actuation(name(), d.action(), Actuation.Outcome.REFUSED, List.of(), "autoscaling max " + max
          + " CU is at the ceiling " + ceilingCu + " CU: add pgBouncer (Neon's pooled connection string) instead");
    }
    String step = "autoscaling " + min + ".." + max + " CU -> " + min + ".." + next + " CU";
    if (dryRun) return new Actuation(name(), d.action(), Actuation.Outcome.PLANNED, List.of(step), "dry run");
    neon.endpoints(projectId).update(endpointId, UpdateEndpointRequest.builder().autoscaling(min, next).build())
        .await(Duration.ofMinutes(5));
    return new Actuation(name(), d.action(), Actuation.Outcome.APPLIED, List.of(step), "max " + max + " -> " + next + " CU");
  }

  @Override
  public String toString() {
    return "NeonAutoscalingActuator[" + endpointId + ", dryRun=" + dryRun + "]";
  }
}
