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
  /** What never changes for a check; shared by all its states. */
  record Identity(String name, boolean critical, Set<String> groups) {}

  private final Identity id;
  /** Often a shared instance (e.g. {@link CheckResult#up()}), so recording a result allocates one object. */
  private final CheckResult result;
  private final Throwable error;
  private final long latencyNanos;
  private final long checkedAtMillis;
  private final int consecutiveFailures;
  private final int consecutiveSuccesses;
  private final long lastSuccessAtMillis;
  private final long lastFailureAtMillis;
  /** Ticker time of the last real result; meaningless until {@link #ran()}. */
  final long resultTick;

  private CheckState(Identity id, CheckResult result, Throwable error, long latencyNanos, long checkedAtMillis,
      int consecutiveFailures, int consecutiveSuccesses, long lastSuccessAtMillis, long lastFailureAtMillis,
      long resultTick) {
    this.id = id;
    this.result = result;
    this.error = error;
    this.latencyNanos = latencyNanos;
    this.checkedAtMillis = checkedAtMillis;
    this.consecutiveFailures = consecutiveFailures;
    this.consecutiveSuccesses = consecutiveSuccesses;
    this.lastSuccessAtMillis = lastSuccessAtMillis;
    this.lastFailureAtMillis = lastFailureAtMillis;
    this.resultTick = resultTick;
  }

  static CheckState notYetRun(String name, boolean critical, Set<String> groups) {
    return new CheckState(new Identity(name, critical, groups),
        new CheckResult(HealthStatus.UNKNOWN, Reason.NOT_YET_RUN, null, null), null, 0, 0, 0, 0, 0, 0, 0);
  }

  /** The state after a completed run, with strictly consecutive counters. */
  CheckState next(CheckResult r, Throwable error, long latencyNanos, long nowMillis, long tick) {
    boolean pass = r.status() == HealthStatus.UP || r.status() == HealthStatus.DEGRADED;
    return new CheckState(id, r, error, latencyNanos, nowMillis,
        pass ? 0 : increment(consecutiveFailures), pass ? increment(consecutiveSuccesses) : 0,
        pass ? nowMillis : lastSuccessAtMillis, pass ? lastFailureAtMillis : nowMillis, tick);
  }

  /** Counters stop at {@link Integer#MAX_VALUE} rather than wrap: a real result always leaves one of them positive. */
  private static int increment(int count) {
    return count == Integer.MAX_VALUE ? count : count + 1;
  }

  /**
   * Whether the check has a real result: exactly then one counter is positive. Not judged by {@code checkedAtMillis},
   * which a wall clock can make 0, and not a field of its own, which would add 8 bytes to every recorded run.
   */
  boolean ran() {
    return consecutiveFailures > 0 || consecutiveSuccesses > 0;
  }

  /** UNKNOWN/SATURATED: this turn's run could not start; counters and freshness stay those of the last result. */
  CheckState saturated(int workers) {
    return withStatus(HealthStatus.UNKNOWN, Reason.SATURATED, "not started: all " + workers + " workers were busy");
  }

  CheckState stale() {
    return withStatus(HealthStatus.DOWN, Reason.STALE, "no result since "
        + (!ran() ? "start" : Instant.ofEpochMilli(checkedAtMillis).toString()));
  }

  private CheckState withStatus(HealthStatus s, Reason r, String m) {
    return new CheckState(id, new CheckResult(s, r, m, result.details()), null, latencyNanos, checkedAtMillis,
        consecutiveFailures, consecutiveSuccesses, lastSuccessAtMillis, lastFailureAtMillis, resultTick);
  }

  /** The status this check contributes to an aggregate: a non-critical check can only degrade it. */
  public HealthStatus contribution() {
    HealthStatus status = result.status();
    return id.critical() || status.ordinal() <= HealthStatus.DEGRADED.ordinal() ? status : HealthStatus.DEGRADED;
  }

  public String name() { return id.name(); }

  public HealthStatus status() { return result.status(); }

  public Reason reason() { return result.reason(); }

  /** Short human text; may name hosts, so it is only rendered with details. */
  public String message() { return result.message(); }

  public Map<String, Object> details() { return result.details(); }

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
  public Instant checkedAt() { return !ran() ? null : Instant.ofEpochMilli(checkedAtMillis); }

  public int consecutiveFailures() { return consecutiveFailures; }

  public int consecutiveSuccesses() { return consecutiveSuccesses; }

  public long lastSuccessAtMillis() { return lastSuccessAtMillis; }

  public long lastFailureAtMillis() { return lastFailureAtMillis; }

  public boolean critical() { return id.critical(); }

  public Set<String> groups() { return id.groups(); }

  @Override
  public String toString() {
    return "CheckState[" + name() + ", " + status() + ", " + reason() + "]";
  }
}
