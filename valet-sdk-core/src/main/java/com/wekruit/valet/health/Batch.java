package com.wekruit.valet.health;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The runs claimed by one {@code runNow}: workers take them by a shared index, so a batch costs one queue entry per
 * worker, not per check. Runs whose last result was a timeout go first (longest first keeps the sweep within one
 * deadline). When the workers running it get stuck, {@link #grow} hands out more copies, which the pool gives fresh
 * workers.
 */
final class Batch implements Runnable {
  private final Slot[] slots;
  private final Recorder recorder;
  private final Thread waiter;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger completed = new AtomicInteger();
  private final AtomicInteger queuedCopies = new AtomicInteger();
  private final AtomicInteger runningCopies = new AtomicInteger();
  int claimed;

  Batch(Slot[] slots, Recorder recorder, Thread waiter) {
    this.slots = slots;
    this.recorder = recorder;
    this.waiter = waiter;
  }

  void submit(Workers workers, int copies) {
    queuedCopies.addAndGet(copies);
    workers.execute(this, copies);
  }

  /** While claimed runs wait, every copy has started and a worker is stuck, doubles the copies running. */
  void grow(Workers workers, long nowNanos) {
    if (next.get() >= 2 * slots.length || queuedCopies.get() > 0 || workers.stuck(nowNanos) == 0) return;
    submit(workers, Math.max(1, Math.min(runningCopies.get(), claimed)));
  }

  boolean done() {
    return completed.get() >= claimed;
  }

  @Override
  public void run() {
    queuedCopies.decrementAndGet();
    runningCopies.incrementAndGet();
    try {
      int n = slots.length;
      for (int i; (i = next.getAndIncrement()) < 2 * n; ) {
        Slot s = slots[i < n ? i : i - n];
        if (s.batch != this || s.firstInBatch != (i < n)) continue;
        recorder.execute(s);
        if (completed.incrementAndGet() == claimed) LockSupport.unpark(waiter);
      }
    } finally {
      runningCopies.decrementAndGet();
    }
  }
}
