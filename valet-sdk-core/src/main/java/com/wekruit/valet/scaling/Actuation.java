package com.wekruit.valet.scaling;

import java.util.List;

/**
 * What an actuator did with a decision: {@code PLANNED} (dry run: the steps it would take), {@code APPLIED},
 * {@code REFUSED} (unsafe or impossible; nothing changed) or {@code SKIPPED} (the decision asked for nothing).
 * Immutable; thread-safe.
 */
public record Actuation(String actuator, ScaleAction action, Outcome outcome, List<String> steps, String detail) {
  /** The end state. */
  public enum Outcome { PLANNED, APPLIED, REFUSED, SKIPPED }

  public Actuation {
    steps = List.copyOf(steps);
  }

  static Actuation skipped(String actuator, ScalingDecision d) {
    return new Actuation(actuator, d.action(), Outcome.SKIPPED, List.of(), "decision asks for " + d.action());
  }
}
