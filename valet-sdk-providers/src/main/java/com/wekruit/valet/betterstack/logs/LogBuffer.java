package com.wekruit.valet.betterstack.logs;

import com.wekruit.valet.http.Ticker;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The sender's bounded queue and every counter, under one lock so a snapshot is always consistent: accepted =
 * sent + dropped + pending. Lines are appended, encoded, to the open {@link Batch}, which is sealed once it has
 * {@code batchLines} lines or {@code batchBytes} bytes (or is due by age, a flush or close). Lines in flight still
 * count against the memory bounds until they are sent or dropped.
 * Callers only ever wait here for room (bounded); the shipper waits for a batch to be due.
 */
final class LogBuffer {
  enum Drop { OVERFLOW, REJECTED, RETRIES_EXHAUSTED, TOO_LARGE, CLOSED }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition due = lock.newCondition();
  private final Condition room = lock.newCondition();
  private final Condition progress = lock.newCondition();
  private final ArrayDeque<Batch> sealed = new ArrayDeque<>();
  private Batch open;
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
  private int lastBatchBytes;
  private int flushes;
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
  boolean offer(LogEvent line, long maxWaitNanos, long maxLineBytes) {
    byte[] json = java.util.Objects.requireNonNull(line, "line").json(); // refused before it is counted
    lock.lock();
    try {
      accepted++;
      if (closed) return refuse(Drop.CLOSED);
      if (json.length > maxLineBytes) return refuse(Drop.TOO_LARGE);
      long wait = maxWaitNanos;
      while (!fits(json.length)) {
        if (wait <= 0 || closed) return refuse(closed ? Drop.CLOSED : Drop.OVERFLOW);
        try {
          wait = room.awaitNanos(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return refuse(Drop.OVERFLOW);
        }
      }
      if (open != null && open.lineBytes() + json.length > batchBytes) seal();
      if (open == null) {
        // sized like the last batch (plus an eighth), so appending under the lock rarely has to grow the array
        open = new Batch((int) Math.min(batchBytes + 1024, Math.max(4096, lastBatchBytes + lastBatchBytes / 8)));
        openedAt = ticker.nanos();
        due.signalAll(); // a shipper starts the interval (once per batch)
      }
      open.add(json);
      queuedLines++;
      queuedBytes += json.length;
      enqueuedTotal++;
      if (open.lines() >= batchLines || open.lineBytes() >= batchBytes) seal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  private void seal() {
    lastBatchBytes = open.size();
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
  Batch take(long intervalNanos) throws InterruptedException {
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
        Batch b = sealed.pollFirst();
        if (b != null) {
          queuedLines -= b.lines();
          queuedBytes -= b.lineBytes();
          inFlightLines += b.lines();
          inFlightBytes += b.lineBytes();
          return b;
        }
        if (closed) return null;
        due.await();
      }
    } finally {
      lock.unlock();
    }
  }

  /** A taken batch (or part of it) ended: sent, or dropped for {@code why}. */
  void finished(Batch.Part part, Drop why) {
    lock.lock();
    try {
      int lines = part.lines();
      inFlightLines -= lines;
      inFlightBytes -= part.lineBytes();
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
      for (Batch b = sealed.pollFirst(); b != null; b = sealed.pollFirst()) {
        queuedLines -= b.lines();
        queuedBytes -= b.lineBytes();
        inFlightLines += b.lines();
        inFlightBytes += b.lineBytes();
        finished(b.all(), Drop.CLOSED);
      }
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
