package com.wekruit.valet.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of a check found. Latency and timestamps are added by the monitor.
 *
 * @param message short human text; may name hosts, so it is only rendered with details
 * @param details small values for operators (status code, memory use, certificate expiry)
 */
public record CheckResult(HealthStatus status, Reason reason, String message, Map<String, Object> details) {
  private static final CheckResult UP = new CheckResult(HealthStatus.UP, Reason.OK, null, Map.of());

  public CheckResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    details = details == null || details.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** UP with no details. A shared instance: costs nothing on the hot path. */
  public static CheckResult up() {
    return UP;
  }

  public static CheckResult up(Map<String, Object> details) {
    return new CheckResult(HealthStatus.UP, Reason.OK, null, details);
  }

  public static CheckResult degraded(Reason reason, String message, Map<String, Object> details) {
    return new CheckResult(HealthStatus.DEGRADED, reason, message, details);
  }

  public static CheckResult down(Reason reason, String message) {
    return new CheckResult(HealthStatus.DOWN, reason, message, Map.of());
  }

  public static CheckResult down(Reason reason, String message, Map<String, Object> details) {
    return new CheckResult(HealthStatus.DOWN, reason, message, details);
  }
}
