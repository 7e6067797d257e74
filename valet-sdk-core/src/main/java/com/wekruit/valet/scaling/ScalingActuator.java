package com.wekruit.valet.scaling;

/**
 * Carries out a {@link ScalingDecision} on real infrastructure. Implementations are dry-run unless built with
 * {@code dryRun(false)}: a dry run reads the current state and returns the steps it would take, changing nothing.
 * Implementations must be thread-safe and must never take an irreversible step the caller did not ask for.
 */
public interface ScalingActuator {
  String name();

  Actuation act(ScalingDecision decision);

  /** An actuation for a decision that asks for nothing ({@link ScaleAction#NONE}). */
  static Actuation skipped(String actuator, ScalingDecision decision) {
    return Actuation.skipped(actuator, decision);
  }
}
