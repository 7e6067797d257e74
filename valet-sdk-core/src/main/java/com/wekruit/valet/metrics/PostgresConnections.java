package com.wekruit.valet.metrics;

import com.wekruit.valet.election.ConnectionFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL client connections against the slots an application can use: {@code pg.connections} counts
 * {@code client backend}s in {@code pg_stat_activity} (not background workers), {@code pg.connections.usable} is
 * {@code max_connections − superuser_reserved_connections − reserved_connections} (PG 16+; 0 before). Use with
 * {@code Rule.percentOf(connections(), usable(), 80)}. Opens its own short connection each read, never the app's
 * pool. Not thread-safe: one collecting thread.
 */
public final class PostgresConnections implements MetricSource {
  private static final String QUERY = "SELECT count(*) FILTER (WHERE backend_type = 'client backend'), "
      + "current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int "
      + "- coalesce(current_setting('reserved_connections', true)::int, 0) FROM pg_stat_activity";
  private final ConnectionFactory connections;
  private final Metric used;
  private final Metric usable;
  private final int timeoutSeconds;

  public PostgresConnections(ConnectionFactory connections, Samples samples, int timeoutSeconds) {
    this.connections = Objects.requireNonNull(connections, "connections");
    if (timeoutSeconds < 1) throw new IllegalArgumentException("timeout must be at least 1 s");
    this.timeoutSeconds = timeoutSeconds;
    this.used = samples.metric("pg.connections");
    this.usable = samples.metric("pg.connections.usable");
  }

  public Metric connections() {
    return used;
  }

  public Metric usable() {
    return usable;
  }

  @Override
  public void collect(Samples s, long now) throws Exception {
    try (Connection c = connections.open(); Statement st = c.createStatement()) {
      st.setQueryTimeout(timeoutSeconds);
      try (ResultSet rs = st.executeQuery(QUERY)) {
        rs.next();
        s.record(used, rs.getLong(1), now);
        s.record(usable, rs.getLong(2), now);
      }
    }
  }

  @Override
  public List<Metric> metrics() {
    return List.of(used, usable);
  }
}
