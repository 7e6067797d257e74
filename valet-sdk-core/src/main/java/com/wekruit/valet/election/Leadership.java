package com.wekruit.valet.election;

import com.wekruit.valet.internal.Closeables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * This replica leads a job: it holds the job's advisory lock on a dedicated session. Call {@link #ensureHeld()}
 * before every side effect; statements that must happen only under the lock can run on {@link #connection()}.
 * {@link #close()} releases the lock and the session.
 * <p>Thread-safe.
 */
public final class Leadership implements AutoCloseable {
  private static final String HELD = "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
      + " AND pid = pg_backend_pid() AND classid = (?::bigint)::oid AND objid = (?::bigint)::oid AND objsubid = 1)";
  private final String jobName;
  private final long key;
  private final Connection connection;
  private boolean closed;

  Leadership(String jobName, long key, Connection connection) {
    this.jobName = jobName;
    this.key = key;
    this.connection = connection;
  }

  public String jobName() {
    return jobName;
  }

  /** The advisory-lock key, {@link LeaderElection#keyOf(String)}. */
  public long key() {
    return key;
  }

  /** Whether the session is alive and still holds the lock; false after {@link #close()} or any failure to tell. */
  public synchronized boolean isHeld() {
    if (closed) return false;
    try (PreparedStatement ps = connection.prepareStatement(HELD)) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      return false;
    }
  }

  /** @throws LeadershipLostException unless {@link #isHeld()} */
  public void ensureHeld() {
    if (!isHeld()) throw new LeadershipLostException(jobName, null);
  }

  /**
   * The session that holds the lock, autocommit on, every statement bounded by the election's check timeout. Do not
   * close it or change its autocommit; statements on it fail once the session is gone.
   */
  public Connection connection() {
    return connection;
  }

  /** Releases the lock and closes the session; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      ps.setLong(1, key);
      ps.execute();
    } catch (SQLException ignored) {
      // the session is gone: the server already released the lock
    }
    Closeables.closeQuietly(connection);
  }

  @Override
  public String toString() {
    return "Leadership[" + jobName + ", key=" + key + "]";
  }

}
