package com.wekruit.valet.health;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one check under its deadline, records outcomes once per run, keeps strict counters, publishes changes. */
final class Recorder {
  private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);
  final Clock clock;
  final LongAdder version = new LongAdder();
  private final AtomicInteger waiters = new AtomicInteger();
  final List<Consumer<HealthEvent>> listeners = new CopyOnWriteArrayList<>();

  Recorder(Clock clock) {
    this.clock = clock;
  }

  /** Claims the slot (single-flight) and prepares a run; false when a run is still in flight. */
  static boolean begin(Slot s, long nowNanos) {
    if (!s.running.compareAndSet(false, true)) return false;
    s.runs.incrementAndGet();
    s.deadlineNanos = nowNanos + s.timeoutNanos;
    return true;
  }

  /** Executes a claimed run on the calling thread. */
  void execute(Slot s, long startNanos) {
    try {
      run(s, startNanos);
    } finally {
      s.running.set(false);
    }
  }

  private void run(Slot s, long start) {
    long run = s.runs.get();
    long deadline = s.deadlineNanos;
    s.worker = Thread.currentThread();
    CheckResult result;
    try {
      result = s.check.check(Deadline.at(deadline));
      if (result == null) result = CheckResult.down(Reason.EXCEPTION, "check returned null");
    } catch (InterruptedException e) {
      result = CheckResult.down(Reason.TIMEOUT, "interrupted at its deadline");
    } catch (Exception | LinkageError e) {
      result = CheckResult.down(Reason.EXCEPTION, e.getClass().getSimpleName());
    } finally {
      s.worker = null;
      Thread.interrupted(); // do not leak an interrupt from the watchdog into the pool thread
    }
    long end = System.nanoTime();
    if (end - deadline > 0 && result.status() != HealthStatus.DOWN) {
      result = CheckResult.down(Reason.TIMEOUT, "finished after its deadline");
    } else if (end - deadline > 0 && result.reason() == Reason.EXCEPTION) {
      result = CheckResult.down(Reason.TIMEOUT, "deadline passed: " + result.message());
    }
    record(s, run, result, end - start);
  }

  /** Records TIMEOUT for runs that overran their deadline, and interrupts them. */
  void expireOverdue(Slot[] slots) {
    long now = System.nanoTime();
    for (Slot s : slots) {
      if (!s.overdue(now)) continue;
      if (record(s, s.runs.get(), CheckResult.down(Reason.TIMEOUT, "no result within the deadline"), s.timeoutNanos)) {
        Thread t = s.worker;
        if (t != null) t.interrupt();
      }
    }
  }

  /** Waits until no slot has an unrecorded run, or until {@code endNanos}; true when all were recorded. */
  synchronized boolean awaitRecorded(Slot[] slots, long endNanos) throws InterruptedException {
    waiters.incrementAndGet();
    try {
      return awaitLocked(slots, endNanos);
    } finally {
      waiters.decrementAndGet();
    }
  }

  private boolean awaitLocked(Slot[] slots, long endNanos) throws InterruptedException {
    while (true) {
      boolean pending = false;
      for (Slot s : slots) pending |= s.running.get() && s.recorded.get() != s.runs.get();
      long left = endNanos - System.nanoTime();
      if (!pending) return true;
      if (left <= 0) return false;
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  private boolean record(Slot s, long run, CheckResult r, long latencyNanos) {
    if (!s.recorded.compareAndSet(run - 1, run)) return false;
    long now = clock.millis();
    CheckState prev = s.state;
    boolean pass = r.status() == HealthStatus.UP || r.status() == HealthStatus.DEGRADED;
    CheckState next = new CheckState(s.name, r.status(), r.reason(), r.message(), r.details(), latencyNanos, now,
        pass ? 0 : prev.consecutiveFailures() + 1, pass ? prev.consecutiveSuccesses() + 1 : 0,
        pass ? now : prev.lastSuccessAtMillis(), pass ? prev.lastFailureAtMillis() : now, s.critical, s.groups);
    s.state = next;
    version.increment();
    if (waiters.get() > 0) {
      synchronized (this) {
        notifyAll();
      }
    }
    if (prev.status() != next.status() || prev.reason() != next.reason()) publish(prev, next);
    return true;
  }

  private void publish(CheckState prev, CheckState next) {
    HealthEvent e = new HealthEvent(prev.reason() == Reason.NOT_YET_RUN ? null : prev, next);
    for (Consumer<HealthEvent> l : listeners) {
      try {
        l.accept(e);
      } catch (RuntimeException ex) {
        LOG.warn("health listener failed on {}: {}", next.name(), ex.toString());
      }
    }
  }
}
