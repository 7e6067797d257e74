package com.wekruit.valet.election;

import com.wekruit.valet.internal.Closeables;
import com.wekruit.valet.internal.Digests;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Elects at most one runner of a named job among replicas that share a PostgreSQL database, with the session-level
 * advisory lock {@code pg_try_advisory_lock(key)}, {@code key} being {@link #keyOf(String)}. The winner holds a
 * dedicated session for as long as it keeps the {@link Leadership}; when that session ends (closed, killed, network
 * gone) the server releases the lock and another replica can win. Never blocks waiting for the lock.
 * <p>Thread-safe; share one per database.
 */
public final class LeaderElection {
  private static final String TRY_LOCK = "SELECT pg_try_advisory_lock(?)";
  private final ConnectionFactory connections;
  private final Duration checkTimeout;

  private LeaderElection(Builder b) {
    this.connections = Objects.requireNonNull(b.connections, "connections");
    this.checkTimeout = b.checkTimeout;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Takes the job's lock if no other session holds it: the leadership, or empty when another replica leads.
   * @throws ElectionException when the database cannot be reached or refuses the session
   */
  public Optional<Leadership> tryLead(String jobName) {
    long key = keyOf(jobName);
    Connection c = null;
    try {
      c = connections.open();
      c.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, checkTimeout.toMillis()));
      c.setAutoCommit(true);
      if (tryLock(c, key)) return Optional.of(new Leadership(jobName, key, c));
      c.close();
      return Optional.empty();
    } catch (SQLException e) {
      Closeables.closeQuietly(c);
      throw new ElectionException(jobName, e);
    }
  }

  /**
   * Runs {@code job} if this replica wins the job's lock and releases it afterwards: the job's (non-null) result,
   * or empty when another replica leads.
   */
  public <T> Optional<T> runIfLeader(String jobName, Function<Leadership, ? extends T> job) {
    Objects.requireNonNull(job, "job");
    Optional<Leadership> won = tryLead(jobName);
    if (won.isEmpty()) return Optional.empty();
    try (Leadership leadership = won.get()) {
      return Optional.of(Objects.requireNonNull(job.apply(leadership), "job returned null"));
    }
  }

  /** The advisory-lock key of a job: the first 8 bytes of SHA-256("valet:" + jobName), big-endian. */
  public static long keyOf(String jobName) {
    if (jobName == null || jobName.isBlank()) throw new IllegalArgumentException("jobName must not be blank");
    byte[] d = Digests.sha256().digest(("valet:" + jobName).getBytes(StandardCharsets.UTF_8));
    long key = 0;
    for (int i = 0; i < 8; i++) key = (key << 8) | (d[i] & 0xFF);
    return key;
  }

  private static boolean tryLock(Connection c, long key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(TRY_LOCK)) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** Builds a {@link LeaderElection}. Not thread-safe. */
  public static final class Builder {
    private ConnectionFactory connections;
    private Duration checkTimeout = Duration.ofSeconds(5);

    private Builder() {}

    /** Where sessions come from; each leadership holds one for its whole life. Required. */
    public Builder connections(ConnectionFactory connections) {
      this.connections = Objects.requireNonNull(connections, "connections");
      return this;
    }

    /** Bounds every statement on a leadership's session, the lock checks included. Default 5 s. */
    public Builder checkTimeout(Duration checkTimeout) {
      if (checkTimeout.isNegative() || checkTimeout.isZero() || checkTimeout.toMillis() == 0) {
        throw new IllegalArgumentException("checkTimeout must be at least 1 ms");
      }
      this.checkTimeout = checkTimeout;
      return this;
    }

    public LeaderElection build() {
      return new LeaderElection(this);
    }
  }
}
