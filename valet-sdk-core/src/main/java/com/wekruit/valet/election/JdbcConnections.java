package com.wekruit.valet.election;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/** {@link ConnectionFactory#jdbc}: DriverManager with user and password as properties, never in the URL. */
final class JdbcConnections implements ConnectionFactory {
  private final String url;
  private final String user;
  private final String password;

  JdbcConnections(String url, String user, String password) {
    this.url = Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:")) throw new IllegalArgumentException("not a JDBC URL (must start with jdbc:)");
    this.user = user;
    this.password = password;
  }

  @Override
  public Connection open() throws SQLException {
    Properties props = new Properties();
    if (user != null) props.setProperty("user", user);
    if (password != null) props.setProperty("password", password);
    return DriverManager.getConnection(url, props);
  }

  @Override
  public String toString() {
    int query = url.indexOf('?');
    return "ConnectionFactory[" + (query < 0 ? url : url.substring(0, query)) + "]";
  }
}
