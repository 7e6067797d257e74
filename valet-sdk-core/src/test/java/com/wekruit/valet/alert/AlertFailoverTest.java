package com.wekruit.valet.alert;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.election.ConnectionFactory;
import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.testing.FakeTime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two replicas against one embedded PostgreSQL: one evaluates and notifies; a new leader does not re-send. */
class AlertFailoverTest {
  static EmbeddedPostgres pg;
  final FakeTime time = new FakeTime();
  final RecordingSink webhook = new RecordingSink("webhook");

  @BeforeAll
  static void start() throws Exception {
    pg = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) pg.close();
  }

  static String url() {
    return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
  }

  final class Replica {
    final Samples samples = new Samples();
    final Metric up = samples.metric("api.up");
    final AlertService service;

    Replica() {
      AlertEvaluator e = AlertEvaluator.builder(samples).clock(time).ticker(time)
          .rule(Rule.consecutiveFailures(up, 2).name("api_down").severity(Severity.CRITICAL).target("api").build())
          .build();
      LeaderElection election = LeaderElection.builder().connections(ConnectionFactory.jdbc(url(), "postgres", ""))
          .checkTimeout(Duration.ofSeconds(2)).build();
      service = AlertService.builder(e).election(election, "alerts-failover").sink("default", webhook).sleeper(time)
          .policy(NotificationPolicy.defaults().withIntervals(Duration.ofMinutes(30), Duration.ofHours(4))).build();
    }

    void observe(double value) {
      samples.record(up, value, time.nanos());
    }
  }

  void minute(Replica first, Replica second, double up) {
    minutes(1, first, second, up);
  }

  void minutes(int n, Replica first, Replica second, double up) {
    time.advance(Duration.ofMinutes(n));
    first.observe(up);
    second.observe(up);
    first.service.tick();
    second.service.tick();
  }

  @Test
  void theNewLeaderResumesFromTheLogWithoutResending() throws Exception {
    Replica a = new Replica();
    Replica b = new Replica();
    try (a.service; b.service) {
      minute(a, b, 0);
      minute(a, b, 0);
      assertTrue(a.service.leading());
      assertFalse(b.service.leading(), "exactly one replica leads");
      assertEquals(List.of(), webhook.summary(), "group wait");
      minute(a, b, 0);
      assertEquals(List.of("firing:[api_down]/[]"), webhook.summary());

      terminateLockHolder(LeaderElection.keyOf("alerts-failover"));
      for (int i = 0; i < 4; i++) minute(b, a, 0);
      assertTrue(b.service.leading(), "the other replica took over");
      assertFalse(a.service.leading());
      assertEquals(1, webhook.sent.size(), "the new leader fired too but found the firing alert in the log");

      for (int i = 0; i < 4 * 2; i++) minutes(30, b, a, 0);
      assertEquals(List.of("firing:[api_down]/[]", "firing:[api_down]/[]"), webhook.summary(),
          "one repeat 4 h after the first send, by the new leader alone");
      minutes(30, b, a, 1);
      assertEquals("resolved:[]/[api_down]", webhook.summary().get(2));
      assertEquals(3, webhook.sent.size());
    }
  }

  static void terminateLockHolder(long key) throws Exception {
    try (Connection c = DriverManager.getConnection(url(), "postgres", "");
        PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE "
            + "locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = ?")) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next() && rs.getBoolean(1), "the leader's session was terminated");
      }
    }
  }
}
