package com.wekruit.valet.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The notification log in a PostgreSQL table ({@code valet_alert_notifications} by default), written on the
 * connection the caller supplies: the leader's session ({@link com.wekruit.valet.election.Leadership#connection()}),
 * so only the lock holder writes. Creates the table if missing. Thread-safe when the supplied connection is.
 */
public final class PostgresNotificationLog implements NotificationLog {
  private final Supplier<Connection> connection;
  private final String table;

  public PostgresNotificationLog(Supplier<Connection> connection) {
    this(connection, "valet_alert_notifications");
  }

  public PostgresNotificationLog(Supplier<Connection> connection, String table) {
    this.connection = java.util.Objects.requireNonNull(connection, "connection");
    if (!table.matches("[a-z_][a-z0-9_]{0,62}")) throw new IllegalArgumentException("table must be a plain lower-case name");
    this.table = table;
  }

  /** Creates the table if it does not exist. */
  public void createTable() {
    try (Statement s = connection.get().createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS " + table + " (key text PRIMARY KEY, firing text NOT NULL, "
          + "resolved text NOT NULL, sent_at timestamptz NOT NULL)");
    } catch (SQLException e) {
      throw failure("create " + table, e);
    }
  }

  @Override
  public Optional<Entry> last(String key) {
    try (PreparedStatement ps = connection.get().prepareStatement(
        "SELECT firing, resolved, sent_at FROM " + table + " WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(new Entry(split(rs.getString(1)), split(rs.getString(2)), rs.getTimestamp(3).toInstant()));
      }
    } catch (SQLException e) {
      throw failure("read " + table, e);
    }
  }

  @Override
  public void record(String key, Entry entry) {
    try (PreparedStatement ps = connection.get().prepareStatement("INSERT INTO " + table
        + " (key, firing, resolved, sent_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
        + "firing = EXCLUDED.firing, resolved = EXCLUDED.resolved, sent_at = EXCLUDED.sent_at")) {
      ps.setString(1, key);
      ps.setString(2, String.join(",", entry.firing()));
      ps.setString(3, String.join(",", entry.resolved()));
      ps.setTimestamp(4, Timestamp.from(entry.sentAt()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("write " + table, e);
    }
  }

  private static Set<String> split(String s) {
    return s.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(s.split(",")));
  }

  private static NotificationLogException failure(String what, SQLException e) {
    return new NotificationLogException(what, e);
  }
}
