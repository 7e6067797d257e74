package com.wekruit.valet.health;

import java.time.Instant;
import java.util.List;

/**
 * An immutable snapshot of every check's latest state and their worst-of aggregate. Reading one never runs or waits
 * on a check. Thread-safe.
 */
public final class HealthReport {
  private final HealthStatus status;
  private final List<CheckState> checks;
  private final long generatedAtMillis;
  final long version;
  /** Ticker time at which the first of its checks goes stale, or {@code Long.MAX_VALUE}. */
  final long staleAtTick;
  private volatile String json;
  private volatile String jsonWithDetails;

  HealthReport(HealthStatus status, List<CheckState> checks, long generatedAtMillis, long version, long staleAtTick) {
    this.status = status;
    this.checks = checks;
    this.generatedAtMillis = generatedAtMillis;
    this.version = version;
    this.staleAtTick = staleAtTick;
  }

  /**
   * Worst of the checks' contributions: DOWN > UNKNOWN > DEGRADED > UP; UP when there are no checks. A critical check
   * that has not run yet makes the aggregate UNKNOWN (503); a non-critical one can only make it DEGRADED.
   */
  public HealthStatus status() {
    return status;
  }

  public List<CheckState> checks() {
    return checks;
  }

  /** The state of one check, or {@code null}. */
  public CheckState check(String name) {
    for (CheckState c : checks) if (c.name().equals(name)) return c;
    return null;
  }

  public Instant generatedAt() {
    return Instant.ofEpochMilli(generatedAtMillis);
  }

  /** 200 when UP or DEGRADED; 503 when DOWN, or UNKNOWN (not known to be up yet). */
  public int httpStatus() {
    return status == HealthStatus.UP || status == HealthStatus.DEGRADED ? 200 : 503;
  }

  /** The JSON body for a health endpoint; cached, so repeated reads of one report cost nothing. */
  public String toJson(boolean details) {
    if (details) {
      String j = jsonWithDetails;
      if (j == null) jsonWithDetails = j = renderJson(true);
      return j;
    }
    String j = json;
    if (j == null) json = j = renderJson(false);
    return j;
  }

  /** Renders the JSON body afresh. Without details only statuses are shown. */
  public String renderJson(boolean details) {
    return ReportJson.render(this, details);
  }

  @Override
  public String toString() {
    return "HealthReport[" + status + ", " + checks.size() + " checks]";
  }
}
