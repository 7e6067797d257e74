package com.wekruit.valet.health;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a batch of claimed checks. The calling thread runs checks itself, pulling from a shared index, so a batch of
 * fast checks needs no thread hand-off. A supervisor on the pool wakes every 100 us while checks remain unclaimed and,
 * when every worker (the caller included) has been inside one check for longer than that, adds as many pool workers
 * as are stuck, up to the pool size less its own thread. A hanging check therefore holds up the rest for about
 * 100 us; it holds the caller until it honours its deadline.
 */
final class Sweep {
  private static final long STALL_NANOS = 100_000;
  private static final long SPIN_NANOS = 50_000;
  private final List<Slot> claimed;
  private final Recorder recorder;
  private final Executor pool;
  private final Worker[] workers;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger completed = new AtomicInteger();
  private final Thread waiter = Thread.currentThread();
  private volatile int started;
  private long endNanos;

  Sweep(List<Slot> claimed, Recorder recorder, Executor pool, int poolSize) {
    this.claimed = claimed;
    this.recorder = recorder;
    this.pool = pool;
    this.workers = new Worker[1 + Math.max(0, Math.min(poolSize - 1, claimed.size() - 1))];
  }

  /** Runs the batch and waits until every check is recorded or {@code endNanos}; true when all finished. */
  boolean runAndAwait(long endNanos) throws InterruptedException {
    int n = claimed.size();
    if (n == 0) return true;
    this.endNanos = endNanos;
    Worker self = new Worker();
    workers[0] = self;
    started = 1;
    if (workers.length > 1) pool.execute(this::supervise);
    self.run();
    long spinUntil = System.nanoTime() + SPIN_NANOS;
    while (completed.get() < n) {
      long now = System.nanoTime();
      long left = endNanos - now;
      if (left <= 0) return false;
      if (now < spinUntil) Thread.onSpinWait();
      else LockSupport.parkNanos(this, left);
      if (Thread.interrupted()) throw new InterruptedException();
    }
    return true;
  }

  private void supervise() {
    int n = claimed.size();
    while (next.get() < n) {
      long now = System.nanoTime();
      if (now - endNanos >= 0) return;
      addWorkersIfStuck(now);
      LockSupport.parkNanos(this, STALL_NANOS);
    }
  }

  private void addWorkersIfStuck(long now) {
    int stuck = 0;
    int count = started;
    for (int w = 0; w < count; w++) {
      Worker k = workers[w];
      if (k.exited) continue;
      long since = k.busySince;
      if (since == 0 || now - since < STALL_NANOS) return; // someone is making progress
      stuck++;
    }
    for (int i = 0; i < Math.max(1, stuck) && count < workers.length; i++) {
      Worker w = new Worker();
      workers[count++] = w;
      started = count;
      pool.execute(w);
    }
  }

  private final class Worker implements Runnable {
    volatile long busySince;
    volatile boolean exited;

    @Override
    public void run() {
      int n = claimed.size();
      int done = 0;
      try {
        for (int i; (i = next.getAndIncrement()) < n; ) {
          long start = System.nanoTime();
          busySince = start;
          recorder.execute(claimed.get(i), start);
          busySince = 0;
          done++;
        }
      } finally {
        exited = true;
        if (completed.addAndGet(done) == n && Thread.currentThread() != waiter) LockSupport.unpark(waiter);
      }
    }
  }
}
