package com.wekruit.valet.betterstack.logs;

import com.wekruit.valet.http.Ticker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The sender's bounded queue and every counter, under one lock so a snapshot is always consistent: accepted =
 * sent + dropped + pending. Lines in flight still count against the memory bounds until they are sent or dropped.
 * Callers only ever wait here for room (bounded); the shipper waits for a batch to be due.
 */
final class LogBuffer {
  enum Drop { OVERFLOW, REJECTED, RETRIES_EXHAUSTED, TOO_LARGE, CLOSED }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition due = lock.newCondition();
  private final Condition room = lock.newCondition();
  private final Condition progress = lock.newCondition();
  private final ArrayDeque<LogEvent> queue = new ArrayDeque<>();
  private final int maxLines;
  private final long maxBytes;
  private final Ticker ticker;
  private final int batchLines;
  private final long batchBytes;
  private long accepted, sent, retries, requests, wireBytes;
  private final long[] dropped = new long[Drop.values().length];
  private long queuedBytes, inFlightLines, inFlightBytes;
  private long enqueuedTotal, finishedFromQueue;
  private long firstQueuedAt;
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
    java.util.Objects.requireNonNull(line, "line"); // refused before it is counted
    lock.lock();
    try {
      accepted++;
      if (closed) return refuse(Drop.CLOSED);
      if (line.size() > maxLineBytes) return refuse(Drop.TOO_LARGE);
      long wait = maxWaitNanos;
      while (!fits(line.size())) {
        if (wait <= 0 || closed) return refuse(closed ? Drop.CLOSED : Drop.OVERFLOW);
        try {
          wait = room.awaitNanos(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return refuse(Drop.OVERFLOW);
        }
      }
      boolean first = queue.isEmpty();
      if (first) firstQueuedAt = ticker.nanos();
      queue.addLast(line);
      queuedBytes += line.size();
      enqueuedTotal++;
      // wake the shipper only when it has something new to decide: start the interval, or a full batch
      if (first || queue.size() == batchLines || queuedBytes >= batchBytes) due.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  private boolean fits(int bytes) {
    return queue.size() + inFlightLines < maxLines && queuedBytes + inFlightBytes + bytes <= maxBytes;
  }

  private boolean refuse(Drop why) {
    dropped[why.ordinal()]++;
    progress.signalAll();
    return false;
  }

  /**
   * Waits until a batch is due (size reached, the oldest line waited {@code intervalNanos}, a flush or close) and
   * takes it; {@code null} once closed and empty.
   */
  List<LogEvent> take(long intervalNanos) throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        if (queue.isEmpty()) {
          if (closed) return null;
          due.await();
          continue;
        }
        long age = ticker.nanos() - firstQueuedAt;
        if (closed || flushes > 0 || queue.size() >= batchLines || queuedBytes >= batchBytes || age >= intervalNanos) {
          return takeBatch();
        }
        due.awaitNanos(intervalNanos - age);
      }
    } finally {
      lock.unlock();
    }
  }

  private List<LogEvent> takeBatch() {
    List<LogEvent> batch = new ArrayList<>(Math.min(batchLines, queue.size()));
    long bytes = 0;
    while (!queue.isEmpty() && batch.size() < batchLines && (batch.isEmpty()
        || bytes + queue.peekFirst().size() <= batchBytes)) {
      LogEvent l = queue.pollFirst();
      batch.add(l);
      bytes += l.size();
    }
    queuedBytes -= bytes;
    inFlightLines += batch.size();
    inFlightBytes += bytes;
    if (!queue.isEmpty()) firstQueuedAt = ticker.nanos();
    return batch;
  }

  /** A taken batch (or part of it) ended: sent, or dropped for {@code why}. */
  void finished(List<LogEvent> lines, Drop why) {
    lock.lock();
    try {
      long bytes = 0;
      for (LogEvent l : lines) bytes += l.size();
      inFlightLines -= lines.size();
      inFlightBytes -= bytes;
      finishedFromQueue += lines.size();
      if (why == null) sent += lines.size();
      else dropped[why.ordinal()] += lines.size();
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
      due.signal();
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

  /** Refuses new lines from now on; the shipper drains what is queued. */
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
      List<LogEvent> rest = new ArrayList<>(queue);
      queue.clear();
      queuedBytes = 0;
      long bytes = 0;
      for (LogEvent l : rest) bytes += l.size();
      inFlightLines += rest.size();
      inFlightBytes += bytes;
      finished(rest, Drop.CLOSED);
    } finally {
      lock.unlock();
    }
  }

  LogStats stats() {
    lock.lock();
    try {
      return new LogStats(accepted, sent, queue.size() + inFlightLines, retries, dropped[Drop.OVERFLOW.ordinal()],
          dropped[Drop.REJECTED.ordinal()], dropped[Drop.RETRIES_EXHAUSTED.ordinal()],
          dropped[Drop.TOO_LARGE.ordinal()], dropped[Drop.CLOSED.ordinal()], requests, wireBytes,
          queuedBytes + inFlightBytes);
    } finally {
      lock.unlock();
    }
  }
}
