package com.wekruit.valet.health;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * The runs claimed by one {@code runNow}: workers take them by a shared index (one atomic increment per claim), so a
 * batch costs one queue entry and at most one wake-up per worker, not per check. Runs whose last result was a timeout
 * go first and each gets a worker of its own at once ({@link #start}): they are expected to hold it for their whole
 * deadline, and starting them first keeps the sweep within one deadline. The rest is drained by one worker until
 * {@link #recruit} (the batch outlasted a short spin) or {@link #grow} (its workers are stuck) adds more. Thread-safe.
 */
final class Batch implements Runnable {
  private static final VarHandle NEXT;
  private static final VarHandle COMPLETED;
  private static final VarHandle QUEUED;
  private static final VarHandle RUNNING;
  private final Slot[] slots;
  private final Recorder recorder;
  private final Thread waiter;
  private volatile int next;
  private volatile int completed;
  private volatile int queuedCopies;
  private volatile int runningCopies;
  private int submitted;
  int claimed;
  /** Claimed runs whose last result was a timeout; taken in the first pass. */
  int hanging;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      NEXT = l.findVarHandle(Batch.class, "next", int.class);
      COMPLETED = l.findVarHandle(Batch.class, "completed", int.class);
      QUEUED = l.findVarHandle(Batch.class, "queuedCopies", int.class);
      RUNNING = l.findVarHandle(Batch.class, "runningCopies", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  Batch(Slot[] slots, Recorder recorder, Thread waiter) {
    this.slots = slots;
    this.recorder = recorder;
    this.waiter = waiter;
  }

  /** Hands the batch to the pool: a worker for every run expected to hang, and one for the rest. Waiter only. */
  void start(Workers workers) {
    if (hanging == 0) next = slots.length; // no first pass
    submit(workers, Math.min(claimed, hanging + 1), hanging + workers.core);
  }

  /** Brings the workers on this batch up to the pool size (plus one per expected hang). Waiter only. */
  void recruit(Workers workers) {
    int target = Math.min(claimed, hanging + workers.core);
    if (next < 2 * slots.length && submitted < target) submit(workers, target - submitted, target);
  }

  /** While claimed runs wait, every copy has started and a worker is stuck, doubles the copies running. Waiter only. */
  void grow(Workers workers, long nowNanos) {
    if (next >= 2 * slots.length || queuedCopies > 0 || workers.stuck(nowNanos) == 0) return;
    submit(workers, Math.max(1, Math.min(runningCopies, claimed)), workers.max);
  }

  boolean done() {
    return completed >= claimed;
  }

  private void submit(Workers workers, int copies, int limit) {
    submitted += copies;
    QUEUED.getAndAdd(this, copies);
    workers.execute(this, copies, limit);
  }

  @Override
  public void run() {
    QUEUED.getAndAdd(this, -1);
    RUNNING.getAndAdd(this, 1);
    try {
      int n = slots.length;
      for (int i; (i = (int) NEXT.getAndAdd(this, 1)) < 2 * n; ) {
        Slot s = slots[i < n ? i : i - n];
        if (s.batch != this || s.firstInBatch != (i < n)) continue;
        recorder.execute(s);
        if ((int) COMPLETED.getAndAdd(this, 1) + 1 == claimed) LockSupport.unpark(waiter);
      }
    } finally {
      RUNNING.getAndAdd(this, -1);
    }
  }
}
