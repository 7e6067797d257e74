package com.wekruit.valet.backup;

import com.wekruit.valet.internal.Redactor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A restore drill: the dump restored with {@code pg_restore --exit-on-error --single-transaction} into a scratch
 * database created for it (and marked as such), every table's rows counted and compared with the manifest, the
 * scratch database dropped whatever happened. Refuses a scratch database that is the source or carries its name, and
 * never drops a database it did not mark. Thread-safe (one drill per scratch database at a time).
 */
final class RestoreDrill {
  static final String MARK = "valet restore drill";
  private final PgConnection scratch;
  private final PgConnection source;
  private final PgTools tools;
  private final Duration timeout;
  private final Redactor redactor;

  RestoreDrill(PgConnection scratch, PgConnection source, PgTools tools, Duration timeout) {
    if (!scratch.database().matches("[A-Za-z0-9_]{1,63}")) {
      throw new IllegalArgumentException("scratch database name must be 1..63 of [A-Za-z0-9_]");
    }
    this.scratch = scratch;
    this.source = source;
    this.tools = tools;
    this.timeout = timeout;
    this.redactor = new Redactor(scratch.secret() == null ? List.of() : List.of(scratch.secret()));
  }

  Map<String, Long> run(BackupManifest m, Path dump, Guard guard) {
    if (scratch.sameDatabaseAs(source) || scratch.database().equals(source.database())
        || scratch.database().equals(m.database())) {
      throw new BackupException(BackupException.Reason.REFUSED, "refusing a restore drill into " + scratch
          + ": it is the source database or has its name", null);
    }
    admin(c -> prepare(c, guard));
    RuntimeException failure = null;
    try {
      List<String> cmd = List.of(tools.pgRestore().toString(), "--exit-on-error", "--no-owner", "--no-privileges",
          "--single-transaction", "--dbname=" + scratch.database(), dump.toString());
      try (ChildProcess restore = ChildProcess.start(cmd, scratch.libpqEnvironment(), redactor, null)) {
        int exit = restore.waitFor(timeout);
        if (exit != 0) {
          throw new BackupException(BackupException.Reason.DRILL_FAILED, "pg_restore of " + m.key() + " exited "
              + exit + ": " + restore.stderrTail(), null);
        }
      }
      Map<String, Long> rows;
      try (Connection c = scratch.open()) {
        rows = DumpSnapshot.countRows(c);
      }
      compare(m, rows);
      return rows;
    } catch (SQLException e) {
      failure = new BackupException(BackupException.Reason.DRILL_FAILED, "counting restored rows failed: "
          + redactor.clean(e.getMessage(), 300), e);
      throw failure;
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      try {
        admin(this::drop);
      } catch (RuntimeException e) {
        if (failure == null) throw e;
        failure.addSuppressed(e);
      }
    }
  }

  private static void compare(BackupManifest m, Map<String, Long> rows) {
    List<String> diffs = new ArrayList<>();
    for (String t : new TreeSet<>(union(m.rowCounts().keySet(), rows.keySet()))) {
      Long want = m.rowCounts().get(t);
      Long got = rows.get(t);
      if (!Objects.equals(want, got)) diffs.add(t + " " + (got == null ? "missing" : got) + " (manifest " + want + ")");
    }
    if (!diffs.isEmpty()) {
      throw new BackupException(BackupException.Reason.DRILL_FAILED, "restored rows differ from " + m.key() + ": "
          + String.join(", ", diffs.subList(0, Math.min(5, diffs.size()))) + (diffs.size() > 5 ? ", ..." : ""), null);
    }
  }

  private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private void prepare(Connection c, Guard guard) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (exists(s)) {
        if (!MARK.equals(comment(s))) {
          throw new BackupException(BackupException.Reason.REFUSED, "scratch database " + scratch.database()
              + " exists and was not made by a restore drill; not touching it", null);
        }
        drop(c);
      }
      guard.ensureHeld();
      s.execute("CREATE DATABASE " + quoted());
      s.execute("COMMENT ON DATABASE " + quoted() + " IS '" + MARK + "'");
    }
  }

  private void drop(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (exists(s) && MARK.equals(comment(s))) s.execute("DROP DATABASE IF EXISTS " + quoted() + " WITH (FORCE)");
    }
  }

  private boolean exists(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + scratch.database() + "'")) {
      return r.next();
    }
  }

  private String comment(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '"
        + scratch.database() + "'")) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private String quoted() {
    return "\"" + scratch.database() + "\"";
  }

  private interface SqlStep {
    void run(Connection c) throws SQLException;
  }

  private void admin(SqlStep step) {
    try (Connection c = scratch.withDatabase("postgres").open()) {
      step.run(c);
    } catch (SQLException e) {
      throw new BackupException(BackupException.Reason.DATABASE, "scratch database " + scratch.database() + ": "
          + redactor.clean(e.getMessage(), 300), e);
    }
  }
}
