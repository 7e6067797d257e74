package com.wekruit.valet.health;

/**
 * Health of a check or an aggregate, ordered from best to worst for worst-of aggregation. UNKNOWN (not checked yet, or
 * not checkable right now) ranks above DEGRADED: an endpoint must not answer 200 before anything was checked.
 */
public enum HealthStatus {
  UP, DEGRADED, UNKNOWN, DOWN;

  /** The worse of two statuses. */
  public HealthStatus worst(HealthStatus other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
