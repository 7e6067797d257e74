package com.wekruit.valet.health;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One registered check and its run state. Single-flight: {@link #flight} holds at most one run, and only the party that
 * moves it out of a state may act on that state, so a result is recorded exactly once per run.
 */
final class Slot {
  /** Claimed for a run that waits for a worker. */
  static final Object QUEUED = new Object();
  /** The worker is recording its result. */
  static final Object FINISHING = new Object();
  /** The watchdog is recording a timeout and interrupting the worker. */
  static final Object EXPIRING = new Object();
  /** Timed out and interrupted; the worker has not returned from the check yet. */
  static final Object EXPIRED = new Object();

  final String name;
  final HealthCheck check;
  final long intervalNanos;
  final long timeoutNanos;
  final long staleAfterNanos;
  final boolean critical;
  final Set<String> groups;
  /** {@code null} when idle, else one of the markers above or the running {@link Deadline}. */
  final AtomicReference<Object> flight = new AtomicReference<>();
  /** Runs this slot on a worker; one instance, so scheduling allocates nothing. */
  final Runnable task;
  /** System nanos when the current claim was queued. */
  volatile long queuedAtNanos;
  /** The claim (by its queue time) already reported as SATURATED. */
  volatile long saturatedClaim = Long.MIN_VALUE;
  /** The run of the current claim when it was taken by {@code runNow}; read by that batch only. */
  volatile Batch batch;
  /** Taken in the first pass of its batch: its last run timed out, so it is started before the fast ones. */
  volatile boolean firstInBatch;
  /** The last run that timed out, kept to write off its worker if it ignores the interrupt. */
  volatile Deadline expiredRun;
  volatile boolean expiredRunAbandoned;
  volatile long nextDueTick;
  volatile CheckState state;

  Slot(String name, HealthCheck check, long intervalNanos, long timeoutNanos, boolean critical, Set<String> groups,
      Recorder recorder) {
    this.name = name;
    this.check = check;
    this.intervalNanos = intervalNanos;
    this.timeoutNanos = timeoutNanos;
    this.staleAfterNanos = 2 * intervalNanos;
    this.critical = critical;
    this.groups = Set.copyOf(groups);
    this.state = CheckState.notYetRun(name, critical, this.groups);
    this.task = () -> recorder.execute(this);
  }

  /** Claims the slot for a run (single-flight); false when a run is queued or still in flight. */
  boolean claim(long nowNanos) {
    if (flight.get() != null) return false;
    queuedAtNanos = nowNanos; // before the claim is visible: a watchdog never pairs it with an older queue time
    return flight.compareAndSet(null, QUEUED);
  }

  /** Whether the slot has a claim that is not finished (queued, running, or timed out but not returned). */
  boolean busy() {
    return flight.get() != null;
  }
}
