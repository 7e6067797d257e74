package com.wekruit.valet.backup;

import com.wekruit.valet.internal.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A started PostgreSQL client program: its arguments never hold a secret (the password travels in its environment),
 * its stderr is drained on a daemon thread into a bounded tail that is redacted before anyone sees it. Not API.
 */
final class ChildProcess implements AutoCloseable {
  private static final int TAIL = 4096;
  private static final AtomicInteger THREADS = new AtomicInteger();
  private final Process process;
  private final String name;
  private final Redactor redactor;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Thread drain;

  private ChildProcess(Process process, String name, Redactor redactor) {
    this.process = process;
    this.name = name;
    this.redactor = redactor;
    this.drain = new Thread(() -> drain(process.getErrorStream()), "valet-backup-stderr-" + THREADS.incrementAndGet());
    drain.setDaemon(true);
    drain.start();
  }

  /** Starts {@code command}; {@code stdin} when non-null is read from that file. */
  static ChildProcess start(List<String> command, Map<String, String> env, Redactor redactor, Path stdin) {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    if (stdin != null) pb.redirectInput(stdin.toFile());
    String name = Path.of(command.get(0)).getFileName().toString();
    try {
      return new ChildProcess(pb.start(), name, redactor);
    } catch (IOException e) {
      throw new BackupException(BackupException.Reason.TOOL_FAILED, "cannot start " + command.get(0) + ": "
          + redactor.clean(e.getMessage(), 200), e);
    }
  }

  private void drain(InputStream in) {
    byte[] buf = new byte[1024];
    try (in) {
      int n;
      while ((n = in.read(buf)) > 0) {
        synchronized (stderr) {
          stderr.write(buf, 0, n);
          if (stderr.size() > 2 * TAIL) {
            // keep whole lines only: a line cut in two could hold a secret the redactor no longer recognises
            byte[] all = stderr.toByteArray();
            int from = all.length - TAIL;
            while (from < all.length && all[from - 1] != '\n') from++;
            stderr.reset();
            stderr.write(all, from, all.length - from);
          }
        }
      }
    } catch (IOException ignored) {
      // the process ended
    }
  }

  String name() {
    return name;
  }

  InputStream stdout() {
    return process.getInputStream();
  }

  OutputStream stdin() {
    return process.getOutputStream();
  }

  long pid() {
    return process.pid();
  }

  /** Waits for the exit; kills the process when it outlives {@code timeout}. Returns the exit status. */
  int waitFor(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new BackupException(BackupException.Reason.TOOL_FAILED, name + " did not exit within " + timeout, null);
      }
      drain.join(TimeUnit.SECONDS.toMillis(5));
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new BackupException(BackupException.Reason.INTERRUPTED, "interrupted while waiting for " + name, e);
    }
  }

  /** The end of what the process wrote to stderr, redacted before it is cut (never half a secret), one line, bounded. */
  String stderrTail() {
    String s;
    synchronized (stderr) {
      s = stderr.toString(StandardCharsets.UTF_8).strip();
    }
    String r = redactor.redact(s);
    if (r.length() > 600) r = "..." + r.substring(r.length() - 600);
    return redactor.clean(r, 603);
  }

  /** Kills the process and what it started (a wrapper's child would keep the pipes open). */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** Kills the process if it still runs. */
  @Override
  public void close() {
    if (process.isAlive()) kill();
    try {
      process.getInputStream().close();
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // already gone
    }
  }
}
