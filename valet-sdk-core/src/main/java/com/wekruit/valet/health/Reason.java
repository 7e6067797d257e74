package com.wekruit.valet.health;

/** Why a check has its status. */
public enum Reason {
  OK,
  /** The check did not finish within its deadline (always DOWN). */
  TIMEOUT,
  CONNECT_FAILED,
  /** The server answered but refuses work, e.g. PostgreSQL 57P03 while starting, Redis LOADING. */
  REJECTING,
  /** The server is up but refused the credentials or database. */
  AUTH_FAILED,
  /** The server is up but at its limit, e.g. PostgreSQL 53300 or a usage threshold. */
  CAPACITY,
  /** An unexpected HTTP status. */
  BAD_STATUS,
  /** The response broke a condition on its body. */
  BAD_RESPONSE,
  /** Slower than the configured latency limit. */
  SLOW,
  /** A TLS certificate expires within the warning window, or has expired. */
  CERT_EXPIRING,
  /** The check threw (any {@link Throwable}); the cause is kept, with its message redacted. */
  EXCEPTION,
  /**
   * The run could not start because every worker of the monitor was busy: a limit of the monitor, never a failure of
   * the target (status UNKNOWN, counters unchanged).
   */
  SATURATED,
  /** The last result is older than twice the interval. */
  STALE,
  /** The check has not completed a run yet. */
  NOT_YET_RUN
}
