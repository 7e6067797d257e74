package com.wekruit.valet.health;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one check under its deadline and records each run's outcome exactly once: by the worker when it finishes in
 * time, or by the watchdog ({@link #expire}) when it does not. Keeps strict counters and publishes status changes.
 * Thread-safe; recording is serialised per slot.
 */
final class Recorder {
  private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);
  final Clock clock;
  final Ticker ticker;
  final LongAdder version = new LongAdder();
  final LongAdder timeouts = new LongAdder();
  final LongAdder saturated = new LongAdder();
  final List<Consumer<HealthEvent>> listeners = new CopyOnWriteArrayList<>();
  /** Checks without a first real result; {@link #firstResults} is notified when it reaches 0. */
  final AtomicInteger withoutResult;
  final Object firstResults = new Object();
  volatile boolean closed;

  Recorder(Clock clock, Ticker ticker, int checks) {
    this.clock = clock;
    this.ticker = ticker;
    this.withoutResult = new AtomicInteger(checks);
  }

  /** Runs a claimed slot on the calling worker thread; the deadline counts from now. */
  void execute(Slot s) {
    long start = System.nanoTime();
    Deadline run = Deadline.startRun(start, s.timeoutNanos);
    if (closed || !s.flight.compareAndSet(Slot.QUEUED, run)) {
      s.flight.compareAndSet(Slot.QUEUED, null);
      return;
    }
    CheckResult result;
    Throwable error = null;
    try {
      result = s.check.check(run);
      if (result == null) result = CheckResult.down(Reason.EXCEPTION, "check returned null");
    } catch (InterruptedException e) {
      if (run.expired()) {
        result = CheckResult.down(Reason.TIMEOUT, "interrupted at its deadline");
      } else { // thrown by the check itself, not by our interrupt: no false TIMEOUT
        error = CheckFailure.of(e);
        result = CheckResult.down(Reason.EXCEPTION, "InterruptedException");
      }
    } catch (Throwable t) { // Errors too: a check must never kill its worker or the caller of runNow
      error = CheckFailure.of(t);
      result = CheckResult.down(Reason.EXCEPTION, t.getClass().getSimpleName());
    }
    long end = System.nanoTime();
    if (end - run.deadlineNanos() > 0 && result.reason() != Reason.TIMEOUT) {
      result = CheckResult.down(Reason.TIMEOUT, "finished after its deadline (" + result.reason() + ")");
    }
    finish(s, run, result, error, end - start);
  }

  private void finish(Slot s, Deadline run, CheckResult result, Throwable error, long latencyNanos) {
    if (s.flight.compareAndSet(run, Slot.FINISHING)) {
      record(s, result, error, latencyNanos);
      Thread.interrupted(); // the watchdog never interrupts a run it did not take: any interrupt here is stray
      s.flight.set(null);
      return;
    }
    // The watchdog took this run: wait until its interrupt has landed, then clear it, so that it cannot reach the
    // next check on this thread.
    for (int spins = 0; s.flight.get() == Slot.EXPIRING; spins++) {
      if (spins < 100) Thread.onSpinWait();
      else Thread.yield();
    }
    Thread.interrupted();
    s.flight.compareAndSet(Slot.EXPIRED, null);
  }

  /** Records TIMEOUT for a run past its deadline and interrupts its worker; no-op if the run finished first. */
  void expire(Slot s, Deadline run) {
    if (!s.flight.compareAndSet(run, Slot.EXPIRING)) return;
    s.expiredRun = run;
    s.expiredRunAbandoned = false;
    timeouts.increment();
    record(s, CheckResult.down(Reason.TIMEOUT, "no result within the deadline"), null, s.timeoutNanos);
    run.worker.interrupt();
    s.flight.set(Slot.EXPIRED);
  }

  /** Records that the current claim could not start in time: UNKNOWN/SATURATED, counters unchanged. */
  void saturate(Slot s, long claim, int workers) {
    synchronized (s) {
      if (closed || s.saturatedClaim == claim || s.flight.get() != Slot.QUEUED || s.queuedAtNanos != claim) return;
      s.saturatedClaim = claim;
      saturated.increment();
      publish(s, s.state.saturated(workers));
    }
  }

  private void record(Slot s, CheckResult r, Throwable error, long latencyNanos) {
    synchronized (s) {
      if (closed) return;
      CheckState prev = s.state;
      publish(s, prev.next(r, error, latencyNanos, clock.millis(), ticker.read()));
      if (!prev.ran() && withoutResult.decrementAndGet() == 0) {
        synchronized (firstResults) {
          firstResults.notifyAll();
        }
      }
    }
  }

  private void publish(Slot s, CheckState next) {
    CheckState prev = s.state;
    s.state = next;
    version.increment();
    if (prev.status() == next.status() && prev.reason() == next.reason()) return;
    if (next.reason() == Reason.EXCEPTION && next.error() != null) {
      LOG.warn("health check {} threw {}", next.name(), next.error().getMessage());
    }
    HealthEvent e = new HealthEvent(prev.reason() == Reason.NOT_YET_RUN ? null : prev, next);
    for (Consumer<HealthEvent> l : listeners) {
      try {
        l.accept(e);
      } catch (Throwable ex) { // Errors too: a listener must never leave a run unfinished (its slot would stay busy)
        LOG.warn("health listener failed on {}: {}", next.name(), ex.getClass().getName());
      }
    }
  }
}
