package com.wekruit.valet.health.checks;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthStatus;
import com.wekruit.valet.health.Reason;
import com.wekruit.valet.testing.SilentServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real PostgreSQL 15 (embedded), with password authentication for the application role. */
class PostgresCheckTest {
  static EmbeddedPostgres pg;
  static String url;

  @BeforeAll
  static void start() throws Exception {
    pg = EmbeddedPostgres.builder()
        .setServerConfig("max_connections", "8")
        .setServerConfig("superuser_reserved_connections", "1")
        .setDataDirectoryCustomizer(dir -> {
          try {
            Files.writeString(dir.toPath().resolve("pg_hba.conf"),
                "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n",
                StandardOpenOption.TRUNCATE_EXISTING);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).start();
    url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
    try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("SET password_encryption = 'scram-sha-256'");
      s.execute("CREATE ROLE app LOGIN PASSWORD 'app-secret'");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) pg.close();
  }

  private static Deadline seconds(long s) {
    return Deadline.in(TimeUnit.SECONDS.toNanos(s));
  }

  private static PostgresCheck app(String password) {
    return PostgresCheck.builder(url).user("app").password(password).build();
  }

  @Test
  void up_onItsOwnKeptConnection_withCapacityMetrics() {
    PostgresCheck check = PostgresCheck.builder(url).user("app").password("app-secret").capacity(95).build();
    CheckResult r = check.check(seconds(3));
    assertEquals(HealthStatus.UP, r.status(), String.valueOf(r));
    assertEquals(8, r.details().get("maxConnections"));
    assertEquals(7, r.details().get("usableConnections"), "max_connections minus reserved slots");
    assertTrue((Long) r.details().get("connections") >= 1);
    assertEquals(HealthStatus.UP, check.check(seconds(3)).status(), "reuses its connection");
    check.close();
  }

  @Test
  void wrongPassword_andMissingDatabase_meanTheServerIsUpButRefusing() {
    CheckResult wrong = app("nope").check(seconds(3));
    assertEquals(HealthStatus.DEGRADED, wrong.status());
    assertEquals(Reason.AUTH_FAILED, wrong.reason());
    assertEquals("28P01", wrong.details().get("sqlState"));
    assertFalse(String.valueOf(wrong).contains("nope"));
    CheckResult noDb = PostgresCheck.builder(url.replace("/postgres", "/missing")).user("app").password("app-secret")
        .build().check(seconds(3));
    assertEquals(Reason.AUTH_FAILED, noDb.reason());
    assertEquals("3D000", noDb.details().get("sqlState"));
  }

  @Test
  void tooManyClients_isCapacity_notDown() throws Exception {
    List<Connection> hogs = new ArrayList<>();
    try {
      while (true) hogs.add(DriverManager.getConnection(url, "app", "app-secret"));
    } catch (SQLException full) {
      assertEquals("53300", full.getSQLState());
    }
    try {
      CheckResult r = PostgresCheck.builder(url).user("app").password("app-secret").keepConnection(false).build()
          .check(seconds(3));
      assertEquals(HealthStatus.DEGRADED, r.status());
      assertEquals(Reason.CAPACITY, r.reason());
    } finally {
      for (Connection c : hogs) c.close();
    }
  }

  @Test
  void serverThatNeverAnswers_isATimeout_andClassificationFollowsPgIsready() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswers()) {
      CheckResult r = PostgresCheck.builder("jdbc:postgresql://127.0.0.1:" + silent.port() + "/db").user("app")
          .password("x").build().check(seconds(1));
      assertEquals(HealthStatus.DOWN, r.status());
      assertEquals(Reason.TIMEOUT, r.reason());
    }
    assertEquals(Reason.REJECTING, PgStates.classify(new SQLException("the database system is starting up", "57P03"), false).reason());
    assertEquals(HealthStatus.DOWN, PgStates.classify(new SQLException("starting", "57P03"), false).status());
  }

  @Test
  void stoppedMidTest_goesDown_thenComesBackOnANewConnection() throws Exception {
    EmbeddedPostgres own = EmbeddedPostgres.builder().start();
    String ownUrl = "jdbc:postgresql://127.0.0.1:" + own.getPort() + "/postgres";
    PostgresCheck check = PostgresCheck.builder(ownUrl).user("postgres").build();
    assertEquals(HealthStatus.UP, check.check(seconds(3)).status());
    own.close();
    CheckResult down = check.check(seconds(2));
    assertEquals(HealthStatus.DOWN, down.status());
    assertEquals(Reason.CONNECT_FAILED, down.reason());
    check.close();
  }

  @Test
  void aSubSecondDeadline_holdsWithin50ms_onASilentServer() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswers()) {
      PostgresCheck check = PostgresCheck.builder("jdbc:postgresql://127.0.0.1:" + silent.port() + "/db").user("app")
          .password("x").build();
      long start = System.nanoTime();
      CheckResult r = check.check(Deadline.in(TimeUnit.MILLISECONDS.toNanos(500)));
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertEquals(Reason.TIMEOUT, r.reason(), String.valueOf(r));
      assertTrue(tookMs < 550, "a 500 ms deadline took " + tookMs + " ms");
      assertEquals(0, check.openSockets(), "the cut-off released the socket");
      check.close();
    }
  }

  @Test
  void aSubSecondDeadline_holdsOnAKeptConnectionToAFrozenServer() throws Exception {
    PostgresCheck check = PostgresCheck.builder(url).user("app").password("app-secret").build();
    assertEquals(HealthStatus.UP, check.check(seconds(3)).status());
    long backend;
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
         Statement s = c.createStatement();
         java.sql.ResultSet rs = s.executeQuery(
             "SELECT pid FROM pg_stat_activity WHERE application_name = 'valet-health' AND usename = 'app'")) {
      assertTrue(rs.next(), "the check's own backend");
      backend = rs.getLong(1);
    }
    signal("STOP", backend); // the server process behind the kept connection stops answering
    try {
      long start = System.nanoTime();
      CheckResult r = check.check(Deadline.in(TimeUnit.MILLISECONDS.toNanos(500)));
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertEquals(Reason.TIMEOUT, r.reason(), String.valueOf(r));
      assertTrue(tookMs < 550, "a 500 ms deadline took " + tookMs + " ms");
    } finally {
      signal("CONT", backend);
      check.close();
    }
    assertEquals(0, check.openSockets());
  }

  private static void signal(String signal, long pid) throws Exception {
    Process p = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
    assertEquals(0, p.waitFor(), "kill -" + signal + " " + pid);
  }
}
