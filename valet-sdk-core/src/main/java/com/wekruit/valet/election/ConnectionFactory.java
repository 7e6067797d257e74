package com.wekruit.valet.election;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** Opens a new database session for the election; each call returns a connection the caller closes. */
@FunctionalInterface
public interface ConnectionFactory {

  /** A new connection; the election owns and closes it. */
  Connection open() throws SQLException;

  /** Connections from {@code DriverManager}; {@link Object#toString()} shows neither the password nor the URL's query. */
  static ConnectionFactory jdbc(String url, String user, String password) {
    return new JdbcConnections(url, user, password);
  }

  /**
   * Connections from a {@link DataSource}. Prefer one that is not the application's pool: a leader holds its
   * connection for the whole job.
   */
  static ConnectionFactory of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return dataSource::getConnection;
  }
}
