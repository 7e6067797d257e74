package com.wekruit.valet.alert;

/**
 * Where an alert is in its life. {@code INACTIVE → PENDING → FIRING → RECOVERING → RESOLVED}; a pending alert whose
 * condition stops holding goes back to {@code INACTIVE} (Prometheus {@code for}: one miss resets), a recovering one
 * whose condition holds again goes back to {@code FIRING}, and a resolved one starts a new episode when it matches.
 */
public enum AlertState {
  INACTIVE,
  /** The condition holds but not yet for long enough (or not yet enough consecutive failures). */
  PENDING,
  FIRING,
  /** The condition stopped holding; still firing until {@code keepFiringFor} has passed without a match. */
  RECOVERING,
  RESOLVED;

  /** Firing or recovering: the alert is active and notifications treat it as firing. */
  public boolean active() {
    return this == FIRING || this == RECOVERING;
  }
}
