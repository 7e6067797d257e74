package com.wekruit.valet.backup;

import com.wekruit.valet.http.Ticker;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * pg_dump's output on its way to the store: counted, passed on to the TOC lister, reported as progress every
 * interval, and cut off by the guard (checked every {@code guardEvery} bytes) when the job must stop. Not thread-safe.
 */
final class DumpStream extends InputStream {
  private final InputStream in;
  private final TocLister toc;
  private final Guard guard;
  private final long guardEvery;
  private final Ticker ticker;
  private final long progressNanos;
  private final Listeners listeners;
  private final String key;
  private final long startNanos;
  private long nextProgress;
  private long nextGuard;
  private long bytes;
  private volatile long readingSince;
  private volatile boolean ended;

  DumpStream(InputStream in, TocLister toc, Guard guard, long guardEvery, Ticker ticker, Duration progressEvery,
      Listeners listeners, String key) {
    this.in = in;
    this.toc = toc;
    this.guard = guard;
    this.guardEvery = guardEvery;
    this.ticker = ticker;
    this.progressNanos = progressEvery.toNanos();
    this.listeners = listeners;
    this.key = key;
    this.startNanos = ticker.nanos();
    this.nextProgress = startNanos + progressNanos;
    this.nextGuard = guardEvery;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    readingSince = Math.max(1, System.nanoTime());
    try {
      n = in.read(b, off, len);
    } finally {
      readingSince = 0;
    }
    if (n < 0) ended = true;
    if (n <= 0) return n;
    toc.feed(b, off, n);
    bytes += n;
    if (bytes >= nextGuard) {
      nextGuard = bytes + guardEvery;
      guard.ensureHeld();
    }
    long now = ticker.nanos();
    if (now - nextProgress >= 0) {
      nextProgress = now + progressNanos;
      progress(now);
    }
    return n;
  }

  /**
   * How long the current read has waited for pg_dump (real time, whatever the ticker), 0 when none waits; -1 once the
   * output ended.
   */
  long waitingNanos() {
    if (ended) return -1;
    long since = readingSince;
    return since == 0 ? 0 : Math.max(0, System.nanoTime() - since);
  }

  long bytes() {
    return bytes;
  }

  /** Publishes the progress so far (also called once at the end). */
  void progress(long now) {
    long elapsed = Math.max(1, now - startNanos);
    listeners.publish(new BackupEvent.Progress(key, bytes, (long) (bytes * 1e9 / elapsed)));
  }
}
