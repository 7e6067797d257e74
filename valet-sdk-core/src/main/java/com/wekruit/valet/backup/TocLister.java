package com.wekruit.valet.backup;

import com.wekruit.valet.internal.Redactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code pg_restore --list} over an archive, counting its table-of-contents entries. Fed from a pipe while a dump
 * streams (the custom format's TOC comes first, so it exits early and is simply no longer fed), or from a file. Its
 * exit status is kept: a non-zero exit is a failure, never masked. Not thread-safe.
 */
final class TocLister implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private final ChildProcess process;
  private final CompletableFuture<Integer> entries = new CompletableFuture<>();
  private OutputStream feed;

  private TocLister(ChildProcess process, boolean piped) {
    this.process = process;
    this.feed = piped ? process.stdin() : null;
    Thread t = new Thread(this::count, "valet-backup-toc-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    t.start();
  }

  /** A lister reading the archive from what {@link #feed} is given. */
  static TocLister piped(Path pgRestore) {
    return new TocLister(ChildProcess.start(List.of(pgRestore.toString(), "--list"), Map.of(), Redactor.NONE, null),
        true);
  }

  /** A lister reading the archive file {@code archive}. */
  static TocLister ofFile(Path pgRestore, Path archive) {
    return new TocLister(ChildProcess.start(List.of(pgRestore.toString(), "--list", archive.toString()), Map.of(),
        Redactor.NONE, null), false);
  }

  private void count() {
    int n = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.stdout(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith(";")) n++;
      }
      entries.complete(n);
    } catch (IOException e) {
      entries.completeExceptionally(e);
    }
  }

  /** Passes dump bytes on while the lister still reads; once it stopped reading, does nothing. */
  void feed(byte[] b, int off, int len) {
    if (feed == null) return;
    try {
      feed.write(b, off, len);
    } catch (IOException gone) {
      feed = null;
    }
  }

  /** Ends the input and returns the entry count. @throws BackupException when pg_restore failed */
  int finish(Duration timeout) {
    if (feed != null) {
      try {
        feed.close();
      } catch (IOException ignored) {
        // it already stopped reading
      }
      feed = null;
    }
    int exit = process.waitFor(timeout);
    if (exit != 0) {
      throw new BackupException(BackupException.Reason.TOOL_FAILED, "pg_restore --list exited " + exit + ": "
          + process.stderrTail(), null);
    }
    return entries.join();
  }

  @Override
  public void close() {
    process.close();
  }
}
