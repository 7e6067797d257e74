package com.wekruit.valet.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The latest known state of one check, as the report shows it. Immutable and thread-safe.
 *
 * <p>{@code consecutiveFailures} counts non-passing results in a row and is reset by any passing (UP or DEGRADED)
 * result; {@code consecutiveSuccesses} the reverse. Runs that could not start ({@link Reason#SATURATED}) change
 * neither. {@code checkedAtMillis} is wall-clock time for display; freshness is judged on the monitor's ticker.
 */
public final class CheckState {
  private final String name;
  private final HealthStatus status;
  private final Reason reason;
  private final String message;
  private final Map<String, Object> details;
  private final Throwable error;
  private final long latencyNanos;
  private final long checkedAtMillis;
  private final int consecutiveFailures;
  private final int consecutiveSuccesses;
  private final long lastSuccessAtMillis;
  private final long lastFailureAtMillis;
  private final boolean critical;
  private final Set<String> groups;
  /** Ticker time of the last real result; meaningless while {@code checkedAtMillis == 0}. */
  final long resultTick;

  private CheckState(String name, HealthStatus status, Reason reason, String message, Map<String, Object> details,
      Throwable error, long latencyNanos, long checkedAtMillis, int consecutiveFailures, int consecutiveSuccesses,
      long lastSuccessAtMillis, long lastFailureAtMillis, boolean critical, Set<String> groups, long resultTick) {
    this.name = name;
    this.status = status;
    this.reason = reason;
    this.message = message;
    this.details = details;
    this.error = error;
    this.latencyNanos = latencyNanos;
    this.checkedAtMillis = checkedAtMillis;
    this.consecutiveFailures = consecutiveFailures;
    this.consecutiveSuccesses = consecutiveSuccesses;
    this.lastSuccessAtMillis = lastSuccessAtMillis;
    this.lastFailureAtMillis = lastFailureAtMillis;
    this.critical = critical;
    this.groups = groups;
    this.resultTick = resultTick;
  }

  static CheckState notYetRun(String name, boolean critical, Set<String> groups) {
    return new CheckState(name, HealthStatus.UNKNOWN, Reason.NOT_YET_RUN, null, Map.of(), null, 0, 0, 0, 0, 0, 0,
        critical, groups, 0);
  }

  /** The state after a completed run, with strictly consecutive counters. */
  CheckState next(CheckResult r, Throwable error, long latencyNanos, long nowMillis, long tick) {
    boolean pass = r.status() == HealthStatus.UP || r.status() == HealthStatus.DEGRADED;
    return new CheckState(name, r.status(), r.reason(), r.message(), r.details(), error, latencyNanos, nowMillis,
        pass ? 0 : consecutiveFailures + 1, pass ? consecutiveSuccesses + 1 : 0,
        pass ? nowMillis : lastSuccessAtMillis, pass ? lastFailureAtMillis : nowMillis, critical, groups, tick);
  }

  /** UNKNOWN/SATURATED: this turn's run could not start; counters and freshness stay those of the last result. */
  CheckState saturated(int workers) {
    return withStatus(HealthStatus.UNKNOWN, Reason.SATURATED, "not started: all " + workers + " workers were busy");
  }

  CheckState stale() {
    return withStatus(HealthStatus.DOWN, Reason.STALE, "no result since "
        + (checkedAtMillis == 0 ? "start" : Instant.ofEpochMilli(checkedAtMillis).toString()));
  }

  private CheckState withStatus(HealthStatus s, Reason r, String m) {
    return new CheckState(name, s, r, m, details, null, latencyNanos, checkedAtMillis, consecutiveFailures,
        consecutiveSuccesses, lastSuccessAtMillis, lastFailureAtMillis, critical, groups, resultTick);
  }

  /** The status this check contributes to an aggregate: a non-critical check can only degrade it. */
  public HealthStatus contribution() {
    return critical || status.ordinal() <= HealthStatus.DEGRADED.ordinal() ? status : HealthStatus.DEGRADED;
  }

  public String name() { return name; }

  public HealthStatus status() { return status; }

  public Reason reason() { return reason; }

  /** Short human text; may name hosts, so it is only rendered with details. */
  public String message() { return message; }

  public Map<String, Object> details() { return details; }

  /**
   * For {@link Reason#EXCEPTION}: what the check threw, with the type and stack trace kept and every message replaced
   * by the type name (messages can carry hosts or credentials). Otherwise {@code null}.
   */
  public Throwable error() { return error; }

  public long latencyNanos() { return latencyNanos; }

  public Duration latency() { return Duration.ofNanos(latencyNanos); }

  /** Wall-clock epoch millis of the last result, 0 if none yet. */
  public long checkedAtMillis() { return checkedAtMillis; }

  /** When the last run finished, or {@code null} if it never ran. */
  public Instant checkedAt() { return checkedAtMillis == 0 ? null : Instant.ofEpochMilli(checkedAtMillis); }

  public int consecutiveFailures() { return consecutiveFailures; }

  public int consecutiveSuccesses() { return consecutiveSuccesses; }

  public long lastSuccessAtMillis() { return lastSuccessAtMillis; }

  public long lastFailureAtMillis() { return lastFailureAtMillis; }

  public boolean critical() { return critical; }

  public Set<String> groups() { return groups; }

  @Override
  public String toString() {
    return "CheckState[" + name + ", " + status + ", " + reason + "]";
  }
}
