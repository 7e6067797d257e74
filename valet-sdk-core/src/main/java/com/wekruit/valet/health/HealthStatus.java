package com.wekruit.valet.health;

/** Health of a check or an aggregate, ordered from best to worst for worst-of aggregation. */
public enum HealthStatus {
  UP, UNKNOWN, DEGRADED, DOWN;

  /** The worse of two statuses. */
  public HealthStatus worst(HealthStatus other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
