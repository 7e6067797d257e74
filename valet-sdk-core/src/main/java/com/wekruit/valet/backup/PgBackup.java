package com.wekruit.valet.backup;

import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.internal.Closeables;
import com.wekruit.valet.internal.Redactor;
import com.wekruit.valet.store.ObjectStore;
import com.wekruit.valet.store.UploadAbortedException;
import com.wekruit.valet.store.UploadOptions;
import com.wekruit.valet.store.UploadResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One logical backup: {@code pg_dump --format=custom} streamed into the store's multipart upload (bounded memory,
 * SHA-256 on the way), completed only if pg_dump exited 0, the dump is above the size floor and its table of contents
 * reads back; otherwise aborted. The manifest is written last. pg_dump older than the server's major version is
 * refused before anything is uploaded; the password reaches pg_dump only through its environment.
 *
 * <pre>{@code
 * PgBackup backup = PgBackup.builder(source, r2).prefix("pg").minSize(1 << 20).build();
 * BackupManifest m = backup.run(Guard.NONE);
 * }</pre>
 *
 * <p>Thread-safe; runs may overlap only for different databases (use the scheduler's election for one database).
 */
public final class PgBackup {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private final BackupSettings s;

  PgBackup(BackupSettings settings) {
    this.s = settings;
  }

  public static BackupSettings.Builder builder(PgConnection source, ObjectStore store) {
    return BackupSettings.builder(source, store);
  }

  public BackupKeys keys() {
    return s.keys;
  }

  BackupSettings settings() {
    return s;
  }

  /**
   * Dumps, uploads and writes the manifest; {@code guard} is asked before every side effect.
   *
   * @throws BackupException when refused or failed (nothing visible remains)
   * @throws ValetException the store's or the guard's own error, after the upload was aborted
   */
  public BackupManifest run(Guard guard) {
    Path pgDump = s.tools.pgDump();
    Path pgRestore = s.tools.pgRestore();
    PgTools.PgVersion dumpVersion = PgTools.version(pgDump);
    Redactor redactor = new Redactor(s.source.secret() == null ? List.of() : List.of(s.source.secret()));
    Connection c = open(redactor);
    try (DumpSnapshot snapshot = snapshot(c, dumpVersion, pgDump, redactor)) {
      guard.ensureHeld();
      Instant start = s.clock.instant();
      String key = s.keys.dumpKey(start, Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
      return dump(snapshot, key, start, dumpVersion, pgDump, pgRestore, redactor, guard);
    }
  }

  private Connection open(Redactor redactor) {
    try {
      return s.source.open();
    } catch (SQLException e) {
      throw new BackupException(BackupException.Reason.DATABASE, "cannot connect to " + s.source + ": "
          + redactor.clean(e.getMessage(), 300), e);
    }
  }

  private DumpSnapshot snapshot(Connection c, PgTools.PgVersion dump, Path pgDump, Redactor redactor) {
    try {
      PgTools.PgVersion server = DumpSnapshot.serverVersion(c);
      if (dump.major() < server.major()) {
        throw new BackupException(BackupException.Reason.TOOL_TOO_OLD, "pg_dump " + dump.shortText() + " at "
            + pgDump + " is older than the server (PostgreSQL " + server.shortText() + "): pg_dump must be of the"
            + " server's major version or newer; install the PostgreSQL " + server.major() + " client or configure"
            + " PgTools.in(binDir). Nothing was uploaded", null);
      }
      return DumpSnapshot.export(c, server);
    } catch (SQLException e) {
      Closeables.closeQuietly(c);
      throw new BackupException(BackupException.Reason.DATABASE, "cannot start the dump's snapshot on " + s.source
          + ": " + redactor.clean(e.getMessage(), 300), e);
    } catch (RuntimeException e) {
      Closeables.closeQuietly(c);
      throw e;
    }
  }

  private BackupManifest dump(DumpSnapshot snapshot, String key, Instant start, PgTools.PgVersion dumpVersion,
      Path pgDump, Path pgRestore, Redactor redactor, Guard guard) {
    CompletableFuture<Map<String, Long>> counts = s.rowCounts ? CompletableFuture.supplyAsync(() -> {
      try {
        return snapshot.rowCounts(s.toolTimeout);
      } catch (SQLException e) {
        throw new CompletionException(new BackupException(BackupException.Reason.DATABASE, "counting rows failed: "
            + redactor.clean(e.getMessage(), 300), e));
      }
    }, r -> daemon(r, "valet-backup-rows-")) : CompletableFuture.completedFuture(Map.of());
    // a table locked by someone else (a stuck migration) must fail the dump, not hang it forever
    List<String> cmd = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-password",
        "--snapshot=" + snapshot.id(), "--lock-wait-timeout=" + Math.max(1, s.toolTimeout.toMillis())));
    if (s.compressLevel != null) cmd.add("--compress=" + s.compressLevel);
    try (ChildProcess dump = ChildProcess.start(cmd, s.source.libpqEnvironment(), redactor, null);
        TocLister toc = TocLister.piped(pgRestore)) {
      DumpRun check = new DumpRun(dump, toc, counts, s.minSize, guard, s.toolTimeout);
      DumpStream in = new DumpStream(dump.stdout(), toc, guard, s.upload.partSize(), s.ticker, s.progressEvery,
          s.listeners, key);
      s.listeners.publish(new BackupEvent.Started(s.source.database(), key, start));
      AtomicBoolean done = new AtomicBoolean();
      daemon(() -> check.watch(in, done), "valet-backup-watchdog-");
      UploadResult up;
      try {
        up = upload(key, in, check);
      } finally {
        done.set(true);
      }
      in.progress(s.ticker.nanos());
      BackupManifest m = new BackupManifest(BackupManifest.FORMAT, key, s.source.database(), up.size(), up.sha256(),
          up.etag(), s.upload.partSize(), up.parts(), dumpVersion.text(), snapshot.serverVersion().text(),
          check.tocEntries(), check.rowCounts(), start, s.clock.instant());
      writeManifest(m, guard);
      return m;
    } finally {
      counts.cancel(true);
    }
  }

  private UploadResult upload(String key, DumpStream in, DumpRun check) {
    UploadOptions o = UploadOptions.builder().partSize(s.upload.partSize()).partsInFlight(s.upload.partsInFlight())
        .contentType("application/vnd.postgresql.custom-dump").completeIf(check::accept).build();
    try {
      return s.store.upload(key, in, o);
    } catch (UploadAbortedException e) {
      if (check.failure() != null) throw check.failure();
      if (e.getCause() instanceof ValetException v) throw v;
      throw new BackupException(BackupException.Reason.STORE_FAILED, e.getMessage(), e);
    }
  }

  private void writeManifest(BackupManifest m, Guard guard) {
    String manifestKey = BackupKeys.manifestKey(m.key());
    try {
      guard.ensureHeld();
    } catch (RuntimeException e) {
      deleteQuietly(m.key(), e);
      throw e;
    }
    try {
      s.store.put(manifestKey, m.toJson(), "application/json");
    } catch (RuntimeException e) {
      deleteQuietly(m.key(), e);
      throw new BackupException(BackupException.Reason.STORE_FAILED, "writing the manifest " + manifestKey
          + " failed, the dump was deleted: " + e.getMessage(), e);
    }
  }

  private void deleteQuietly(String key, RuntimeException cause) {
    try {
      s.store.delete(key);
    } catch (RuntimeException again) {
      cause.addSuppressed(again);
    }
  }

  static void daemon(Runnable r, String prefix) {
    Thread t = new Thread(r, prefix + THREADS.incrementAndGet());
    t.setDaemon(true);
    t.start();
  }

  @Override
  public String toString() {
    return "PgBackup[" + s.source + " -> " + s.keys.root() + "]";
  }
}
