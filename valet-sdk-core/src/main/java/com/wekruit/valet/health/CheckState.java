package com.wekruit.valet.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The latest known state of one check, as the report shows it.
 *
 * @param latencyNanos duration of the last run
 * @param checkedAtMillis when the last run finished (epoch millis of the monitor's clock), 0 if never
 * @param consecutiveFailures non-UP/DEGRADED results in a row, reset by any passing result
 * @param consecutiveSuccesses UP or DEGRADED results in a row, reset by any failure
 */
public record CheckState(
    String name,
    HealthStatus status,
    Reason reason,
    String message,
    Map<String, Object> details,
    long latencyNanos,
    long checkedAtMillis,
    int consecutiveFailures,
    int consecutiveSuccesses,
    long lastSuccessAtMillis,
    long lastFailureAtMillis,
    boolean critical,
    Set<String> groups) {

  public Duration latency() {
    return Duration.ofNanos(latencyNanos);
  }

  /** When the last run finished, or {@code null} if it never ran. */
  public Instant checkedAt() {
    return checkedAtMillis == 0 ? null : Instant.ofEpochMilli(checkedAtMillis);
  }

  /** The status this check contributes to an aggregate: non-critical checks can only degrade it. */
  public HealthStatus contribution() {
    return !critical && status == HealthStatus.DOWN ? HealthStatus.DEGRADED : status;
  }

  CheckState stale() {
    return new CheckState(name, HealthStatus.DOWN, Reason.STALE, "no result since " + (checkedAtMillis == 0
        ? "start" : Instant.ofEpochMilli(checkedAtMillis).toString()), details, latencyNanos, checkedAtMillis,
        consecutiveFailures, consecutiveSuccesses, lastSuccessAtMillis, lastFailureAtMillis, critical, groups);
  }
}
