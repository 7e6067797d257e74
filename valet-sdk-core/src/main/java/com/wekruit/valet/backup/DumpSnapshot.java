package com.wekruit.valet.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

/**
 * A repeatable-read transaction on the source whose snapshot {@code pg_dump --snapshot} imports, so the row counts
 * taken here describe exactly the rows in the dump. Open until closed. Not thread-safe: one thread at a time.
 */
final class DumpSnapshot implements AutoCloseable {
  private final Connection connection;
  private final String snapshotId;
  private final PgTools.PgVersion serverVersion;

  private DumpSnapshot(Connection connection, String snapshotId, PgTools.PgVersion serverVersion) {
    this.connection = connection;
    this.snapshotId = snapshotId;
    this.serverVersion = serverVersion;
  }

  /** Reads the server's version on a new connection; the snapshot is exported later by {@link #export}. */
  static PgTools.PgVersion serverVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT current_setting('server_version_num')::int, version()")) {
      r.next();
      return PgTools.PgVersion.ofServerNum(r.getInt(1), r.getString(2));
    }
  }

  static DumpSnapshot export(Connection c, PgTools.PgVersion serverVersion) throws SQLException {
    c.setAutoCommit(false);
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    c.setReadOnly(true);
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_export_snapshot()")) {
      r.next();
      return new DumpSnapshot(c, r.getString(1), serverVersion);
    }
  }

  String id() {
    return snapshotId;
  }

  PgTools.PgVersion serverVersion() {
    return serverVersion;
  }

  /**
   * Exact rows of every ordinary table outside the system schemas, keyed {@code "schema"."table"}; waits at most
   * {@code lockWait} for a table another session locked.
   */
  Map<String, Long> rowCounts(java.time.Duration lockWait) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET LOCAL lock_timeout = '" + Math.max(1, lockWait.toMillis()) + "ms'");
    }
    return countRows(connection);
  }

  static Map<String, Long> countRows(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT quote_ident(n.nspname) || '.' ||"
        + " quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r'"
        + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"
        + " AND n.nspname NOT LIKE 'pg\\_temp%' ORDER BY 1")) {
      while (r.next()) tables.add(r.getString(1));
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String t : tables) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + t)) {
          r.next();
          counts.put(t, r.getLong(1));
        }
      }
    }
    return counts;
  }

  @Override
  public void close() {
    try (connection) {
      connection.rollback();
    } catch (SQLException ignored) {
      // the transaction only read; closing ends it either way
    }
  }
}
