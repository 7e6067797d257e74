package com.wekruit.valet.health;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * The runs claimed by one {@code runNow}: workers take them by a shared index (one atomic increment per claim), so a
 * batch costs one queue entry and at most one wake-up per worker, not per check. Runs whose last result was a timeout
 * go first, each on a worker of its own at once ({@link #start}) that runs that one check only: they are expected to
 * hold it for their whole deadline, starting them first keeps the sweep within one deadline, and a target that answers
 * this time does not turn its worker into one more concurrent prober. The rest is drained by up to {@code poolSize}
 * workers, more when {@link #grow} finds them stuck. Thread-safe.
 */
final class Batch implements Runnable {
  private static final VarHandle NEXT;
  private static final VarHandle NEXT_HANGING;
  private static final VarHandle COMPLETED;
  private static final VarHandle QUEUED;
  private static final VarHandle RUNNING;
  private final Slot[] slots;
  private final Recorder recorder;
  private final Thread waiter;
  /** Next index of the first pass (runs that timed out last time) and of the second (the others). */
  private volatile int nextHanging;
  private volatile int next;
  private volatile int completed;
  private volatile int queuedCopies;
  private volatile int runningCopies;
  int claimed;
  /** Claimed runs whose last result was a timeout; taken in the first pass. */
  int hanging;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      NEXT = l.findVarHandle(Batch.class, "next", int.class);
      NEXT_HANGING = l.findVarHandle(Batch.class, "nextHanging", int.class);
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

  /** Hands the batch to the pool: a worker for every run expected to hang, the pool for the rest. Waiter only. */
  void start(Workers workers) {
    if (hanging == 0) {
      nextHanging = slots.length;
    } else {
      Runnable one = this::runOneHanging;
      workers.execute(one, hanging, hanging + workers.core);
    }
    int drainers = Math.min(claimed - hanging, workers.core);
    if (drainers > 0) submit(workers, drainers, hanging + drainers);
  }

  /** While claimed runs wait, every copy has started and a worker is stuck, doubles the copies running. Waiter only. */
  void grow(Workers workers, long nowNanos) {
    if (allTaken() || queuedCopies > 0 || workers.stuck(nowNanos) == 0) return;
    submit(workers, Math.max(1, Math.min(runningCopies, claimed)), workers.max);
  }

  private boolean allTaken() {
    return nextHanging >= slots.length && next >= slots.length;
  }

  private void submit(Workers workers, int copies, int limit) {
    QUEUED.getAndAdd(this, copies);
    workers.execute(this, copies, limit);
  }

  /** Drains the batch: what is left of the first pass, then the second. */
  @Override
  public void run() {
    QUEUED.getAndAdd(this, -1);
    RUNNING.getAndAdd(this, 1);
    try {
      boolean firstPass = true;
      while (true) {
        if (firstPass && runNext(NEXT_HANGING, true)) continue;
        firstPass = false;
        if (!runNext(NEXT, false)) break;
      }
    } finally {
      RUNNING.getAndAdd(this, -1);
    }
  }

  private void runOneHanging() {
    runNext(NEXT_HANGING, true);
  }

  /** Claims the next run of one pass and runs it; false once that pass is exhausted. */
  private boolean runNext(VarHandle index, boolean firstPass) {
    for (int i; (i = (int) index.getAndAdd(this, 1)) < slots.length; ) {
      Slot s = slots[i];
      if (s.batch != this || s.firstInBatch != firstPass) continue;
      recorder.execute(s);
      if ((int) COMPLETED.getAndAdd(this, 1) + 1 == claimed) LockSupport.unpark(waiter);
      return true;
    }
    return false;
  }
}
