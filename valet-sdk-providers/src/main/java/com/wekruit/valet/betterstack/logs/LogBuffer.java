package com.wekruit.valet.betterstack.logs;

import com.wekruit.valet.http.Ticker;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The sender's bounded queue and every counter, under one lock so a snapshot is always consistent: accepted =
 * sent + dropped + pending. Lines are appended to the open {@link Pending} batch, which is sealed once it has
 * {@code batchLines} lines or {@code batchBytes} bytes (or is due by age, a flush or close). A line counts against
 * the memory bounds with the bytes it reserves (exact when encoded, an upper bound while deferred), corrected to
 * its exact size once a shipper has encoded it, until it is sent or dropped.
 * Callers only ever wait here for room (bounded); the shipper waits for a batch to be due.
 */
final class LogBuffer {
  enum Drop { OVERFLOW, REJECTED, RETRIES_EXHAUSTED, TOO_LARGE, CLOSED }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition due = lock.newCondition();
  private final Condition room = lock.newCondition();
  private final Condition progress = lock.newCondition();
  private final ArrayDeque<Pending> sealed = new ArrayDeque<>();
  private Pending open;
  private final int maxLines;
  private final long maxBytes;
  private final Ticker ticker;
  private final int batchLines;
  private final long batchBytes;
  private long accepted, sent, retries, requests, wireBytes;
  private final long[] dropped = new long[Drop.values().length];
  private long queuedLines, queuedBytes, inFlightLines, inFlightBytes;
  private long enqueuedTotal, finishedFromQueue;
  private long openedAt;
  private int flushes;
  private int refsPerLine = 8;
  private boolean closed;

  LogBuffer(int maxLines, long maxBytes, Ticker ticker, int batchLines, long batchBytes) {
    this.maxLines = maxLines;
    this.maxBytes = maxBytes;
    this.ticker = ticker;
    this.batchLines = batchLines;
    this.batchBytes = batchBytes;
  }

  /**
   * Queues a line, waiting up to {@code maxWaitNanos} for room; counts it as accepted, and dropped if refused. A
   * caller interrupted while it waits for room gets its line dropped (counted as overflow) and keeps its interrupt.
   */
  boolean offer(LogEvent event, long maxWaitNanos, long maxLineBytes) {
    LogEvent line = java.util.Objects.requireNonNull(event, "line"); // refused before it is counted
    if (line.deferred() && line.reserve() > maxLineBytes) line = line.encoded(); // only the exact size may refuse
    int bytes = line.reserve();
    lock.lock();
    try {
      accepted++;
      if (closed) return refuse(Drop.CLOSED);
      if (bytes > maxLineBytes) return refuse(Drop.TOO_LARGE);
      long wait = maxWaitNanos;
      while (!fits(bytes)) {
        if (wait <= 0 || closed) return refuse(closed ? Drop.CLOSED : Drop.OVERFLOW);
        try {
          wait = room.awaitNanos(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return refuse(Drop.OVERFLOW);
        }
      }
      if (open != null && open.reserved() + bytes > batchBytes) seal();
      if (open == null) {
        open = new Pending(Math.min(batchLines, 4096), refsPerLine); // sized like the last batch
        openedAt = ticker.nanos();
        due.signalAll(); // a shipper starts the interval (once per batch)
      }
      open.add(line);
      queuedLines++;
      queuedBytes += bytes;
      enqueuedTotal++;
      if (open.lines() >= batchLines || open.reserved() >= batchBytes) seal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  private void seal() {
    refsPerLine = open.refsPerLine();
    sealed.addLast(open);
    open = null;
    due.signal();
  }

  private boolean fits(int bytes) {
    return queuedLines + inFlightLines < maxLines && queuedBytes + inFlightBytes + bytes <= maxBytes;
  }

  private boolean refuse(Drop why) {
    dropped[why.ordinal()]++;
    progress.signalAll();
    return false;
  }

  /**
   * Waits until a batch is due (full, the oldest line waited {@code intervalNanos}, a flush or close) and takes it;
   * {@code null} once closed and empty.
   */
  Pending take(long intervalNanos) throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        if (sealed.isEmpty() && open != null) {
          long age = ticker.nanos() - openedAt;
          if (closed || flushes > 0 || age >= intervalNanos) {
            seal();
          } else {
            due.awaitNanos(intervalNanos - age);
            continue;
          }
        }
        Pending b = sealed.pollFirst();
        if (b != null) {
          queuedLines -= b.lines();
          queuedBytes -= b.reserved();
          inFlightLines += b.lines();
          inFlightBytes += b.reserved();
          return b;
        }
        if (closed) return null;
        due.await();
      }
    } finally {
      lock.unlock();
    }
  }

  /** A taken batch was encoded: its lines now hold {@code exact} bytes instead of the {@code reserved}. */
  void encoded(long reserved, long exact) {
    if (reserved == exact) return;
    lock.lock();
    try {
      inFlightBytes -= reserved - exact;
      room.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Taken lines (a batch or part of it) ended: sent, or dropped for {@code why}. */
  void finished(long lines, long bytes, Drop why) {
    lock.lock();
    try {
      inFlightLines -= lines;
      inFlightBytes -= bytes;
      finishedFromQueue += lines;
      if (why == null) sent += lines;
      else dropped[why.ordinal()] += lines;
      room.signalAll();
      progress.signalAll();
    } finally {
      lock.unlock();
    }
  }

  void request(long bodyBytes, boolean retry) {
    lock.lock();
    try {
      requests++;
      wireBytes += bodyBytes;
      if (retry) retries++;
    } finally {
      lock.unlock();
    }
  }

  /** Sends what is queued now and waits until those lines are sent or dropped; false when time ran out. */
  boolean flush(long timeoutNanos) throws InterruptedException {
    lock.lock();
    try {
      long target = enqueuedTotal;
      flushes++;
      due.signalAll();
      try {
        long wait = timeoutNanos;
        while (finishedFromQueue < target) {
          if (wait <= 0) return false;
          wait = progress.awaitNanos(wait);
        }
        return true;
      } finally {
        flushes--;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Refuses new lines from now on; the shippers drain what is queued. */
  void close() {
    lock.lock();
    try {
      closed = true;
      due.signalAll();
      room.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Drops everything still queued (close ran out of time). */
  void dropQueued() {
    lock.lock();
    try {
      if (open != null) seal();
      for (Pending b = sealed.pollFirst(); b != null; b = sealed.pollFirst()) {
        queuedLines -= b.lines();
        queuedBytes -= b.reserved();
        finishedFromQueue += b.lines();
        dropped[Drop.CLOSED.ordinal()] += b.lines();
      }
      room.signalAll();
      progress.signalAll();
    } finally {
      lock.unlock();
    }
  }

  LogStats stats() {
    lock.lock();
    try {
      return new LogStats(accepted, sent, queuedLines + inFlightLines, retries, dropped[Drop.OVERFLOW.ordinal()],
          dropped[Drop.REJECTED.ordinal()], dropped[Drop.RETRIES_EXHAUSTED.ordinal()],
          dropped[Drop.TOO_LARGE.ordinal()], dropped[Drop.CLOSED.ordinal()], requests, wireBytes,
          queuedBytes + inFlightBytes);
    } finally {
      lock.unlock();
    }
  }
}
