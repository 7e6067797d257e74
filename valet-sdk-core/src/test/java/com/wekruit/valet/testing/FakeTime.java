package com.wekruit.valet.testing;

import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.http.Ticker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock and ticker that only move when told to, and a sleeper that moves them instead of waiting; scheduled tasks
 * run at once on the caller's thread after the time moved. Thread-safe.
 */
public final class FakeTime extends Clock implements Sleeper, Ticker {
  private volatile Instant now;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public FakeTime(Instant start) {
    this.now = start;
  }

  public FakeTime() {
    this(Instant.parse("2026-11-26T03:00:00Z"));
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  @Override
  public Future<?> schedule(Duration delay, Runnable task) {
    sleep(delay);
    task.run();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public long nanos() {
    Instant n = now;
    return n.getEpochSecond() * 1_000_000_000L + n.getNano();
  }

  /** Every sleep requested so far. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
