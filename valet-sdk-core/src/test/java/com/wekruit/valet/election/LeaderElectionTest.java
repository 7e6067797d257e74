package com.wekruit.valet.election;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeaderElectionTest {
  static EmbeddedPostgres pg;
  static LeaderElection election;

  @BeforeAll
  static void start() throws Exception {
    pg = EmbeddedPostgres.builder().start();
    election = LeaderElection.builder()
        .connections(ConnectionFactory.jdbc(url(), "postgres", "")).checkTimeout(Duration.ofSeconds(2)).build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) pg.close();
  }

  static String url() {
    return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
  }

  @Test
  void oneLeaderPerJobAndTheLockFreesOnClose() {
    try (Leadership first = election.tryLead("backup").orElseThrow()) {
      assertTrue(first.isHeld());
      assertTrue(election.tryLead("backup").isEmpty(), "a second session must not lead the same job");
      try (Leadership other = election.tryLead("alerts").orElseThrow()) {
        assertTrue(other.isHeld());
      }
    }
    Optional<Leadership> next = election.tryLead("backup");
    assertTrue(next.isPresent(), "closing released the lock");
    next.get().close();
  }

  @Test
  void twoRunnersStartedTogetherOneRunsOneSkips() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Optional<String>> a = CompletableFuture.supplyAsync(() -> election.runIfLeader("daily", l -> {
      running.countDown();
      await(release);
      return "ran";
    }));
    assertTrue(running.await(10, TimeUnit.SECONDS));
    Optional<String> b = election.runIfLeader("daily", l -> "ran too");
    release.countDown();
    assertEquals(Optional.of("ran"), a.get(10, TimeUnit.SECONDS));
    assertEquals(Optional.empty(), b);
    assertEquals(Optional.of("after"), election.runIfLeader("daily", l -> "after"), "released after the run");
  }

  @Test
  void aKilledSessionLosesLeadershipAndAnotherReplicaTakesOver() throws Exception {
    Leadership leader = election.tryLead("evaluator").orElseThrow();
    int pid;
    try (ResultSet rs = leader.connection().createStatement().executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      pid = rs.getInt(1);
    }
    try (Connection admin = DriverManager.getConnection(url(), "postgres", "");
        Statement s = admin.createStatement()) {
      s.execute("SELECT pg_terminate_backend(" + pid + ")");
    }
    assertFalse(leader.isHeld());
    LeadershipLostException lost = assertThrows(LeadershipLostException.class, leader::ensureHeld);
    assertTrue(lost.getMessage().contains("evaluator"));
    try (Leadership next = election.tryLead("evaluator").orElseThrow()) {
      assertTrue(next.isHeld());
    }
    leader.close();
  }

  @Test
  void aLockReleasedOnTheLiveSessionIsNotHeld() throws Exception {
    try (Leadership leader = election.tryLead("drill").orElseThrow()) {
      leader.connection().createStatement().execute("SELECT pg_advisory_unlock_all()");
      assertFalse(leader.isHeld(), "an alive session without the lock does not lead");
    }
  }

  @Test
  void closedLeadershipIsNotHeldAndCloseIsIdempotent() {
    Leadership leader = election.tryLead("snapshots").orElseThrow();
    leader.close();
    leader.close();
    assertFalse(leader.isHeld());
    assertThrows(LeadershipLostException.class, leader::ensureHeld);
  }

  @Test
  void anUnreachableDatabaseIsATypedRetryableErrorWithoutTheSecret() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    LeaderElection down = LeaderElection.builder().connections(ConnectionFactory.jdbc(
        "jdbc:postgresql://127.0.0.1:" + port + "/x?connectTimeout=1", "u", "s3cr3t-pw")).build();
    ElectionException e = assertThrows(ElectionException.class, () -> down.tryLead("backup"));
    assertTrue(e.retryable());
    assertFalse(String.valueOf(e).contains("s3cr3t-pw"));
    assertFalse(down.toString().contains("s3cr3t-pw"));
  }

  @Test
  void factoryToStringHidesPasswordAndQuery() {
    ConnectionFactory f = ConnectionFactory.jdbc("jdbc:postgresql://db:5432/app?password=hunter22", "app", "pw-1234");
    assertEquals("ConnectionFactory[jdbc:postgresql://db:5432/app]", f.toString());
    assertThrows(IllegalArgumentException.class, () -> ConnectionFactory.jdbc("postgres://db/app", "u", "p"));
  }

  @Test
  void keysAreStablePerNameAndBlankNamesRejected() {
    assertEquals(LeaderElection.keyOf("backup"), LeaderElection.keyOf("backup"));
    assertNotEquals(LeaderElection.keyOf("backup"), LeaderElection.keyOf("alerts"));
    assertThrows(IllegalArgumentException.class, () -> LeaderElection.keyOf(" "));
    assertThrows(IllegalArgumentException.class, () -> election.tryLead(""));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
