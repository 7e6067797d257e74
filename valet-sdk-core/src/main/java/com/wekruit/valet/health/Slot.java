package com.wekruit.valet.health;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** One registered check and its run state. Single-flight: at most one run at a time. */
final class Slot {
  final String name;
  final HealthCheck check;
  final long intervalMillis;
  final long timeoutNanos;
  final long staleAfterMillis;
  final boolean critical;
  final Set<String> groups;
  final AtomicBoolean running = new AtomicBoolean();
  /** Id of the current or last run. */
  final AtomicLong runs = new AtomicLong();
  /** Id of the last run whose outcome was recorded (by the run itself or by the deadline watchdog). */
  final AtomicLong recorded = new AtomicLong();
  volatile long deadlineNanos;
  volatile long nextDueMillis;
  volatile Thread worker;
  volatile CheckState state;

  Slot(String name, HealthCheck check, long intervalMillis, long timeoutNanos, boolean critical, Set<String> groups) {
    this.name = name;
    this.check = check;
    this.intervalMillis = intervalMillis;
    this.timeoutNanos = timeoutNanos;
    this.staleAfterMillis = 2 * intervalMillis;
    this.critical = critical;
    this.groups = Set.copyOf(groups);
    this.state = new CheckState(name, HealthStatus.UNKNOWN, Reason.NOT_YET_RUN, null, Map.of(), 0, 0, 0, 0, 0, 0,
        critical, this.groups);
  }

  /** Whether the current run has overrun its deadline without being recorded yet. */
  boolean overdue(long nowNanos) {
    return running.get() && recorded.get() != runs.get() && nowNanos - deadlineNanos > 0;
  }
}
