package com.wekruit.valet.health.checks;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthCheck;
import com.wekruit.valet.health.Reason;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL with {@code pg_isready} semantics, on the check's own connection (never the application's pool):
 * no answer is DOWN (CONNECT_FAILED or TIMEOUT); {@code 57P03} (starting, shutting down) is DOWN/REJECTING; a server
 * that answers with {@code 28P01}, {@code 28000} or {@code 3D000} is up but DEGRADED/AUTH_FAILED; {@code 53300} (too
 * many clients) is DEGRADED/CAPACITY.
 *
 * <p>The connection is kept between runs and probed with {@code isValid}; it is re-opened when broken. With
 * {@link Builder#capacity} each run also reads client backends against {@code max_connections} minus reserved slots.
 * pgjdbc's timeouts are whole seconds, so the check owns its sockets ({@link PgSocketFactory}) and closes them when the
 * deadline passes: sub-second deadlines hold. {@link #close()} may be called from another thread while a run is in
 * flight: it aborts the run and releases every socket. Needs the PostgreSQL JDBC driver on the classpath.
 */
public final class PostgresCheck implements HealthCheck {
  private static final AtomicLong IDS = new AtomicLong();
  private static final String CAPACITY_SQL = "SELECT (SELECT count(*) FROM pg_stat_activity WHERE backend_type = "
      + "'client backend'), current_setting('max_connections')::int, "
      + "current_setting('superuser_reserved_connections')::int, "
      + "coalesce(current_setting('reserved_connections', true), '0')::int";
  private final String url;
  private final Properties props;
  private final boolean keepConnection;
  private final double capacityLimit;
  private final Driver driver;
  private final String id = "pg-check-" + IDS.incrementAndGet();
  private final TrackedSockets sockets = new TrackedSockets();
  private final Cutoff cutoff = new Cutoff(sockets::closeAll);
  private volatile boolean closed;
  private Connection connection;
  private PreparedStatement capacity;

  private PostgresCheck(Builder b) {
    this.url = b.url;
    this.props = (Properties) b.props.clone();
    this.props.setProperty("socketFactory", PgSocketFactory.class.getName());
    this.props.setProperty("socketFactoryArg", id);
    this.keepConnection = b.keepConnection;
    this.capacityLimit = b.capacityLimit;
    this.driver = newDriver();
    PgSocketFactory.register(id, sockets);
  }

  /** A check of {@code jdbc:postgresql://host:port/db}. */
  public static Builder builder(String jdbcUrl) {
    return new Builder(jdbcUrl);
  }

  @Override
  public CheckResult check(Deadline deadline) {
    if (closed) return CheckResult.down(Reason.CONNECT_FAILED, "check is closed");
    if (deadline.expired()) return CheckResult.down(Reason.TIMEOUT, "no time left before the first byte");
    cutoff.begin(deadline);
    try {
      return probe(deadline);
    } finally {
      cutoff.end(deadline);
    }
  }

  private CheckResult probe(Deadline deadline) {
    Connection c = connection;
    if (c != null) {
      try {
        if (capacityLimit > 0) return capacity(c, deadline);
        if (c.isValid(secondsCeil(deadline))) return CheckResult.up();
      } catch (SQLException broken) {
        // reconnect below: a restart shows as REJECTING or CONNECT_FAILED there
      }
      dropConnection();
      if (deadline.expired()) return CheckResult.down(Reason.TIMEOUT, "no answer within the deadline");
    }
    try {
      Properties p = (Properties) props.clone();
      String seconds = String.valueOf(secondsCeil(deadline)); // a backstop: the cut-off enforces the deadline
      p.setProperty("connectTimeout", seconds);
      p.setProperty("socketTimeout", seconds);
      c = driver.connect(url, p);
      if (c == null) return CheckResult.down(Reason.EXCEPTION, "not a PostgreSQL JDBC URL");
      connection = c;
      if (closed) { // closed while connecting: keep nothing
        dropConnection();
        return CheckResult.down(Reason.CONNECT_FAILED, "check is closed");
      }
      CheckResult r = capacityLimit > 0 ? capacity(c, deadline) : CheckResult.up();
      if (!keepConnection) dropConnection();
      return r;
    } catch (SQLException e) {
      dropConnection();
      return PgStates.classify(e, deadline.expired());
    }
  }

  private static int secondsCeil(Deadline d) {
    return (int) Math.max(1, (d.remainingNanos() + 999_999_999L) / 1_000_000_000L);
  }

  private CheckResult capacity(Connection c, Deadline deadline) throws SQLException {
    if (capacity == null) capacity = c.prepareStatement(CAPACITY_SQL);
    capacity.setQueryTimeout(secondsCeil(deadline));
    try (ResultSet rs = capacity.executeQuery()) {
      rs.next();
      long used = rs.getLong(1);
      int max = rs.getInt(2);
      int usable = Math.max(1, max - rs.getInt(3) - rs.getInt(4));
      double percent = Math.round(used * 1000.0 / usable) / 10.0;
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("connections", used);
      d.put("maxConnections", max);
      d.put("usableConnections", usable);
      d.put("usedPercent", percent);
      if (percent > capacityLimit) {
        return CheckResult.degraded(Reason.CAPACITY, percent + " % of usable connections in use", d);
      }
      return CheckResult.up(d);
    }
  }

  /** Aborts a run in flight, releases every socket, and keeps none afterwards. Idempotent; any thread. */
  @Override
  public void close() {
    closed = true;
    sockets.close();
    PgSocketFactory.unregister(id);
  }

  /** Sockets this check holds open now (for tests and diagnostics). */
  int openSockets() {
    return sockets.openCount();
  }

  private void dropConnection() {
    Connection c = connection;
    connection = null;
    capacity = null;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already broken
      }
    }
  }

  private static Driver newDriver() {
    try {
      return (Driver) Class.forName("org.postgresql.Driver").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("PostgresCheck needs org.postgresql:postgresql on the classpath", e);
    }
  }

  @Override
  public String toString() {
    int query = url.indexOf('?');
    return "PostgresCheck[" + (query < 0 ? url : url.substring(0, query) + "?****") + "]"; // parameters may hold a password
  }

  /** Configures a {@link PostgresCheck}; the password never appears in messages or {@code toString()}. */
  public static final class Builder {
    private final String url;
    private final Properties props = new Properties();
    private boolean keepConnection = true;
    private double capacityLimit;

    private Builder(String url) {
      if (url == null || !url.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("jdbcUrl: expected jdbc:postgresql://host:port/db");
      }
      this.url = url;
      props.setProperty("ApplicationName", "valet-health");
      props.setProperty("tcpKeepAlive", "true");
    }

    public Builder user(String user) {
      props.setProperty("user", user);
      return this;
    }

    public Builder password(String password) {
      props.setProperty("password", password);
      return this;
    }

    /** Keep the connection between runs (default) or open and close one per run, exactly like pg_isready. */
    public Builder keepConnection(boolean keep) {
      this.keepConnection = keep;
      return this;
    }

    /** Reads connection use each run; above {@code percent} of usable connections the check is DEGRADED. */
    public Builder capacity(double percent) {
      if (!(percent > 0 && percent <= 100)) throw new IllegalArgumentException("capacity: percent in (0, 100]: " + percent);
      this.capacityLimit = percent;
      return this;
    }

    public PostgresCheck build() {
      return new PostgresCheck(this);
    }
  }
}
