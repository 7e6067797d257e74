package com.wekruit.valet.coolify;

import com.wekruit.valet.scaling.Actuation;
import com.wekruit.valet.scaling.ScaleAction;
import com.wekruit.valet.scaling.ScalingActuator;
import com.wekruit.valet.scaling.ScalingDecision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scales a pool of worker applications that share a Coolify tag (Coolify has no replica count for an application):
 * SCALE_UP deploys the next stopped worker of the pool and waits until its deployment finished; SCALE_DOWN stops
 * one running worker (Coolify sends SIGTERM; workers must finish or hand back their job on it). At most
 * {@code maxStep} workers change per decision (default 1). The pool is counted when acting: a
 * decision whose target the pool already meets (or passed) is SKIPPED. A pool with no stopped worker left is REFUSED.
 * Dry-run unless built with {@code dryRun(false)}. Thread-safe.
 */
public final class CoolifyWorkerActuator implements ScalingActuator {
  private final CoolifyClient coolify;
  private final String tag;
  private final boolean dryRun;
  private final int maxStep;
  private final Duration deployTimeout;

  private CoolifyWorkerActuator(CoolifyClient coolify, String tag, boolean dryRun, int maxStep, Duration timeout) {
    this.coolify = coolify;
    this.tag = tag;
    this.dryRun = dryRun;
    this.maxStep = maxStep;
    this.deployTimeout = timeout;
  }

  /** Dry run, one worker per decision, 10 min per deployment. */
  public static CoolifyWorkerActuator of(CoolifyClient coolify, String workerTag) {
    return new CoolifyWorkerActuator(Objects.requireNonNull(coolify, "coolify"), Objects.requireNonNull(workerTag,
        "workerTag"), true, 1, Duration.ofMinutes(10));
  }

  public CoolifyWorkerActuator live(int maxStep, Duration deployTimeout) {
    if (maxStep < 1) throw new IllegalArgumentException("maxStep must be at least 1");
    return new CoolifyWorkerActuator(coolify, tag, false, maxStep,
        com.wekruit.valet.internal.Durations.requirePositive("deployTimeout", deployTimeout));
  }

  @Override
  public String name() {
    return "coolify-workers";
  }

  @Override
  public Actuation act(ScalingDecision d) {
    if (d.action() != ScaleAction.SCALE_UP && d.action() != ScaleAction.SCALE_DOWN) return ScalingActuator.skipped(name(), d);
    List<Application> running = new ArrayList<>();
    List<Application> stopped = new ArrayList<>();
    for (Application a : coolify.applications().listByTag(tag)) (a.state().equals("running") ? running : stopped).add(a);
    boolean up = d.action() == ScaleAction.SCALE_UP;
    // counted now, not as decided: a worker may have stopped (or been added) since; never move away from desired
    int change = Math.max(0, Math.min(maxStep, up ? d.desired() - running.size() : running.size() - d.desired()));
    List<Application> pick = up ? stopped : running.subList(Math.max(0, running.size() - change), running.size());
    if (change == 0) return new Actuation(name(), d.action(), Actuation.Outcome.SKIPPED, List.of(),
        running.size() + " workers already running (desired " + d.desired() + ")");
    if (up && stopped.isEmpty()) {
      return new Actuation(name(), d.action(), Actuation.Outcome.REFUSED, List.of(),
          "no stopped worker left in pool '" + tag + "' (" + running.size() + " running)");
    }
    List<String> steps = new ArrayList<>();
    for (Application a : pick.subList(0, Math.min(change, pick.size()))) {
      steps.add((up ? "deploy and await " : "stop ") + a.name() + " (" + a.uuid() + ")");
    }
    if (dryRun) return new Actuation(name(), d.action(), Actuation.Outcome.PLANNED, steps, "dry run");
    for (Application a : pick.subList(0, steps.size())) {
      if (up) coolify.applications().deploy(a.uuid(), false).await(deployTimeout);
      else coolify.applications().stop(a.uuid(), false);
    }
    return new Actuation(name(), d.action(), Actuation.Outcome.APPLIED, steps,
        running.size() + " -> " + (running.size() + (up ? steps.size() : -steps.size())) + " workers");
  }

  @Override
  public String toString() {
    return "CoolifyWorkerActuator[" + tag + ", dryRun=" + dryRun + "]";
  }
}
