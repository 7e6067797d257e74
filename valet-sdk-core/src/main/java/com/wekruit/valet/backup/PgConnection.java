package com.wekruit.valet.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a PostgreSQL database is and how to log in: used for JDBC (version, snapshot, row counts, scratch databases)
 * and handed to {@code pg_dump}/{@code pg_restore} through libpq's environment ({@code PGHOST}, {@code PGPASSWORD}, ...),
 * never on their command line. {@link #toString()} never shows the password. Immutable; thread-safe.
 */
public final class PgConnection {
  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final String password;
  private final String sslMode;

  private PgConnection(Builder b) {
    this.host = Objects.requireNonNull(b.host, "host");
    this.port = b.port;
    this.database = Objects.requireNonNull(b.database, "database");
    this.user = Objects.requireNonNull(b.user, "user");
    this.password = b.password;
    this.sslMode = b.sslMode;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String database() {
    return database;
  }

  public String user() {
    return user;
  }

  /** The same server and login, another database (a scratch database for a restore drill). */
  public PgConnection withDatabase(String name) {
    Builder b = toBuilder();
    b.database = Objects.requireNonNull(name, "name");
    return b.build();
  }

  /** Whether {@code other} names the same database on the same server (host compared case-insensitively). */
  public boolean sameDatabaseAs(PgConnection other) {
    return host.equalsIgnoreCase(other.host) && port == other.port && database.equals(other.database);
  }

  /** A new JDBC connection (pgjdbc must be on the classpath); the caller closes it. */
  public Connection open() throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) p.setProperty("password", password);
    if (sslMode != null) p.setProperty("sslmode", sslMode);
    p.setProperty("ApplicationName", "valet-backup");
    p.setProperty("connectTimeout", "10");
    return DriverManager.getConnection("jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database, p);
  }

  private String hostForUrl() {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** The libpq environment for a child process; holds the password, so never log it. */
  Map<String, String> libpqEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PGHOST", host);
    env.put("PGPORT", Integer.toString(port));
    env.put("PGDATABASE", database);
    env.put("PGUSER", user);
    if (password != null) env.put("PGPASSWORD", password);
    if (sslMode != null) env.put("PGSSLMODE", sslMode);
    env.put("PGCONNECT_TIMEOUT", "10");
    env.put("PGAPPNAME", "valet-backup");
    return env;
  }

  /** The password, for the redactor that cleans child-process output; never shown. */
  String secret() {
    return password;
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.host = host;
    b.port = port;
    b.database = database;
    b.user = user;
    b.password = password;
    b.sslMode = sslMode;
    return b;
  }

  @Override
  public String toString() {
    return "PgConnection[" + user + "@" + host + ":" + port + "/" + database + (password != null ? ", password=****"
        : "") + "]";
  }

  /** Builds a {@link PgConnection}. Not thread-safe. */
  public static final class Builder {
    private String host = "localhost";
    private int port = 5432;
    private String database;
    private String user;
    private String password;
    private String sslMode;

    private Builder() {}

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    public Builder port(int port) {
      if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1..65535, was " + port);
      this.port = port;
      return this;
    }

    public Builder database(String database) {
      this.database = Objects.requireNonNull(database, "database");
      return this;
    }

    public Builder user(String user) {
      this.user = Objects.requireNonNull(user, "user");
      return this;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** libpq's {@code sslmode} ({@code require}, {@code verify-full}, ...); the server's default when unset. */
    public Builder sslMode(String sslMode) {
      this.sslMode = sslMode;
      return this;
    }

    public PgConnection build() {
      return new PgConnection(this);
    }
  }
}
