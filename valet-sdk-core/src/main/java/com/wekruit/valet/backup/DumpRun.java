package com.wekruit.valet.backup;

import com.wekruit.valet.store.UploadOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The completion rule of one dump, asked by the upload once pg_dump's output ended: pg_dump exited 0, the dump is
 * above the floor, {@code pg_restore --list} read its table of contents, the row counts were taken and the guard
 * still holds. Any other answer aborts the upload; the reason is kept for the caller. Not thread-safe.
 */
final class DumpRun {
  private final ChildProcess pgDump;
  private final TocLister toc;
  private final CompletableFuture<Map<String, Long>> rowCounts;
  private final long minSize;
  private final Guard guard;
  private final Duration timeout;
  private BackupException failure;
  private volatile boolean stalled;
  private int tocEntries;
  private Map<String, Long> counts = Map.of();

  DumpRun(ChildProcess pgDump, TocLister toc, CompletableFuture<Map<String, Long>> rowCounts, long minSize,
      Guard guard, Duration timeout) {
    this.pgDump = pgDump;
    this.toc = toc;
    this.rowCounts = rowCounts;
    this.minSize = minSize;
    this.guard = guard;
    this.timeout = timeout;
  }

  /** The upload's completion check. Guard failures are thrown (typed, as the guard made them). */
  boolean accept(UploadOptions.StreamSummary s) {
    if (stalled) return refuse(BackupException.Reason.TOOL_FAILED, "pg_dump wrote nothing for " + timeout
        + " and was killed: " + pgDump.stderrTail());
    int exit = pgDump.waitFor(timeout);
    if (exit != 0) return refuse(BackupException.Reason.TOOL_FAILED, "pg_dump exited " + exit
        + (exit > 128 ? " (killed by signal " + (exit - 128) + ")" : "") + ": " + pgDump.stderrTail());
    if (s.size() < minSize) return refuse(BackupException.Reason.TOO_SMALL, "the dump has " + s.size()
        + " bytes, below the floor of " + minSize + "; not kept");
    try {
      tocEntries = toc.finish(timeout);
      counts = rowCounts.join();
    } catch (BackupException e) {
      failure = e;
      return false;
    } catch (CompletionException e) {
      Throwable c = e.getCause();
      failure = c instanceof BackupException b ? b : new BackupException(BackupException.Reason.DATABASE,
          "counting rows failed: " + c, c);
      return false;
    }
    guard.ensureHeld();
    return true;
  }

  private boolean refuse(BackupException.Reason reason, String message) {
    failure = new BackupException(reason, message + "; the upload was aborted", null);
    return false;
  }

  /**
   * Watches the stream until {@code done}: when a read waited {@code timeout} for pg_dump (hung on a server that went
   * silent, a lock, a dead network without keepalive), pg_dump is killed so the stream ends and the upload is aborted.
   */
  void watch(DumpStream in, java.util.concurrent.atomic.AtomicBoolean done) {
    long limit = timeout.toNanos();
    while (!done.get()) {
      long waiting = in.waitingNanos();
      if (waiting < 0) return;
      if (waiting >= limit) {
        stalled = true;
        pgDump.kill();
        return;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(Math.min(limit - waiting, 200_000_000L));
    }
  }

  /** Why the check refused, or {@code null}. */
  BackupException failure() {
    return failure;
  }

  int tocEntries() {
    return tocEntries;
  }

  Map<String, Long> rowCounts() {
    return counts;
  }
}
