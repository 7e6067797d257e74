package com.wekruit.valet.health;

import java.util.Random;

/**
 * Starts the checks that are due on the ticker: the first run of every check at once, then every interval with
 * jitter. A check still in flight at its due time skips that turn (single-flight). Thread-safe.
 */
final class Dispatcher {
  private final Slot[] slots;
  private final Workers workers;
  private final Random random;
  private final double jitter;
  volatile boolean closed;

  Dispatcher(Slot[] slots, Workers workers, Random random, double jitter, long firstTick) {
    this.slots = slots;
    this.workers = workers;
    this.random = random;
    this.jitter = jitter;
    for (Slot s : slots) s.nextDueTick = firstTick;
  }

  /** Claims and queues due slots; returns ticker nanos until the next due time. */
  long dispatchDue(long tick) {
    long wait = Long.MAX_VALUE;
    long now = System.nanoTime();
    for (Slot s : slots) {
      long due = s.nextDueTick - tick;
      if (due <= 0) {
        due = s.intervalNanos + (long) ((random.nextDouble() * 2 - 1) * jitter * s.intervalNanos);
        s.nextDueTick = tick + due;
        if (!closed && s.claim(now)) {
          s.batch = null;
          workers.execute(s.task);
        }
      }
      wait = Math.min(wait, due);
    }
    return wait;
  }
}
