package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertService;
import com.wekruit.valet.alert.AlertSink;
import com.wekruit.valet.alert.AlertState;
import com.wekruit.valet.alert.DeliveryEvent;
import com.wekruit.valet.alert.Notification;
import com.wekruit.valet.alert.NotificationPolicy;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.alert.Severity;
import com.wekruit.valet.alert.Silence;
import com.wekruit.valet.alert.sinks.JsonWebhookSink;
import com.wekruit.valet.alert.sinks.SlackWebhookSink;
import com.wekruit.valet.election.ConnectionFactory;
import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.scaling.ScaleAction;
import com.wekruit.valet.scaling.ScalingAdvisor;
import com.wekruit.valet.scaling.ScalingDecision;
import com.wekruit.valet.scaling.ScalingPolicy;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LogCapture;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Probes of the alerting and scaling promises (README "Alerting and scaling") from outside their own tests. */
class AlertAttackTest {
  final FakeTime time = new FakeTime();
  final Samples samples = new Samples();
  final Metric up = samples.metric("api.up");
  final Metric cpu = samples.metric("cpu.percent");

  /** A wall clock that runs with the ticker but can be stepped back or forward (NTP, a VM restored). */
  static final class SteppedClock extends Clock {
    final FakeTime base;
    volatile Duration offset = Duration.ZERO;

    SteppedClock(FakeTime base) {
      this.base = base;
    }

    @Override
    public Instant instant() {
      return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  static final class Recording implements AlertSink {
    final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "rec";
    }

    @Override
    public void send(Notification n) {
      sent.add(n);
    }
  }

  AlertService service(Clock clock, Recording sink, NotificationPolicy policy) {
    AlertEvaluator e = AlertEvaluator.builder(samples).clock(clock).ticker(time)
        .rule(Rule.consecutiveFailures(up, 2).name("api_down").severity(Severity.CRITICAL).target("api")
            .channel("oncall").build())
        .build();
    return AlertService.builder(e).policy(policy).sink("oncall", sink).sleeper(time).build();
  }

  void minute(AlertService s, double value) {
    time.advance(Duration.ofMinutes(1));
    samples.record(up, value, time.nanos());
    s.tick();
  }

  @Test
  void aSilenceWhoseMatchersAllMatchTheEmptyStringIsRejected() {
    Instant now = time.instant();
    // {"team": ""} matches every alert (no rule has a team label): Alertmanager refuses such a silence.
    assertThrows(IllegalArgumentException.class, () -> Silence.of(Map.of("team", ""), "ada", "quiet please", now,
        now.plus(Duration.ofHours(2))));
  }

  @Test
  void aSilenceEndingAtOrBeforeItsStartIsRejected() {
    Instant now = time.instant();
    assertThrows(IllegalArgumentException.class, () -> Silence.of(Map.of("alertname", "api_down"), "ada", "x", now,
        now.minusSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> Silence.of(Map.of("alertname", "api_down"), "ada", "x", now,
        now));
  }

  @Test
  void theRepeatIntervalRunsOnTheTickerWhenTheWallClockStepsBack() {
    SteppedClock wall = new SteppedClock(time);
    Recording sink = new Recording();
    AlertService s = service(wall, sink,
        NotificationPolicy.defaults().withIntervals(Duration.ofMinutes(5), Duration.ofMinutes(30)));
    minute(s, 0);
    minute(s, 0);
    time.advance(Duration.ofSeconds(30));
    s.tick();
    assertEquals(1, sink.sent.size(), "api_down notified after group wait");
    wall.offset = Duration.ofDays(-1); // the wall clock is corrected one day back; the ticker runs on
    for (int i = 0; i < 31; i++) minute(s, 0);
    assertEquals(2, sink.sent.size(), "the repeat interval (30 min of ticker time) elapsed: one repeat is due");
  }

  @Test
  void aWallClockStepForwardDoesNotRepeatEarly() {
    SteppedClock wall = new SteppedClock(time);
    Recording sink = new Recording();
    AlertService s = service(wall, sink,
        NotificationPolicy.defaults().withIntervals(Duration.ofMinutes(5), Duration.ofMinutes(30)));
    minute(s, 0);
    minute(s, 0);
    time.advance(Duration.ofSeconds(30));
    s.tick();
    assertEquals(1, sink.sent.size());
    wall.offset = Duration.ofHours(1); // a one-hour jump forward
    for (int i = 0; i < 10; i++) minute(s, 0);
    assertEquals(1, sink.sent.size(), "only 10 min passed on the ticker: no repeat yet");
  }

  @Test
  void webhookUrlAndHeaderSecretsNeverReachErrorsDeadLettersOrLogs() throws Exception {
    try (FaultServer server = new FaultServer(); LogCapture logs = LogCapture.everything()) {
      server.otherwise(Reply.of(500, "text/plain", "bad hook /services/T0SECRET1/B0SECRET2/hunter2hunter2xyz"));
      String url = server.url() + "/services/T0SECRET1/B0SECRET2/hunter2hunter2xyz?token=s3cr3t";
      List<DeliveryEvent> events = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      AlertEvaluator e = AlertEvaluator.builder(samples).clock(time).ticker(time)
          .rule(Rule.consecutiveFailures(up, 1).name("api_down").severity(Severity.CRITICAL).channel("oncall").build())
          .build();
      SlackWebhookSink slack = SlackWebhookSink.of(url);
      JsonWebhookSink json = JsonWebhookSink.of("json", url, "X-Secret", "header-secret-value", Duration.ofSeconds(5));
      for (AlertSink sink : List.of(slack, json)) {
        try {
          sink.send(new Notification("k", "oncall", List.of(), List.of(), time.instant()));
        } catch (RuntimeException ex) {
          errors.add(ex.toString());
          for (Throwable c = ex.getCause(); c != null; c = c.getCause()) errors.add(c.toString());
        }
      }
      AlertService s = AlertService.builder(e).sink("oncall", slack).sink("oncall", json).sleeper(time)
          .policy(NotificationPolicy.defaults().withGroupWait(Duration.ZERO)).onDelivery(events::add).build();
      minute(s, 0);
      assertFalse(events.isEmpty());
      assertEquals(2L, s.deadLettered().values().stream().mapToLong(Long::longValue).sum(), s.deadLettered().toString());
      String everything = logs.all() + errors + events + slack + json + s.deadLettered();
      for (String secret : List.of("T0SECRET1", "B0SECRET2", "hunter2hunter2xyz", "s3cr3t", "header-secret-value")) {
        assertFalse(everything.contains(secret), secret + " leaked: " + everything);
      }
    }
  }

  ScalingAdvisor advisor(ScalingPolicy p) {
    return new ScalingAdvisor(p, samples, time, time, Duration.ofMinutes(2));
  }

  ScalingDecision at(ScalingAdvisor a, double v, int current, Duration step) {
    time.advance(step);
    samples.record(cpu, v, time.nanos());
    return a.decide(current);
  }

  @Test
  void scaleDownStabilizationHoldsItsWholeWindowWhenDecidingEverySecond() {
    ScalingAdvisor a = advisor(ScalingPolicy.ratio("api", cpu, 50).replicas(1, 10).build());
    assertEquals(8, at(a, 100, 4, Duration.ofSeconds(1)).desired());
    for (int sec = 1; sec < 300; sec++) {
      ScalingDecision d = at(a, 25, 8, Duration.ofSeconds(1));
      assertEquals(8, d.desired(), "the 300 s window still holds the recommendation 8 at " + sec + " s: " + d.record());
    }
    ScalingDecision d = at(a, 25, 8, Duration.ofSeconds(1));
    if (d.desired() != 4) d = at(a, 25, 8, Duration.ofSeconds(1)); // history slots are window/254 = 1.18 s wide
    if (d.desired() != 4) d = at(a, 25, 8, Duration.ofSeconds(1));
    assertEquals(4, d.desired(), "scales down at most one history slot after 300 s: " + d.record());
  }

  @Test
  void exactlyTenPercentOffTargetIsWithinTolerance() {
    ScalingAdvisor a = advisor(ScalingPolicy.ratio("api", cpu, 100).replicas(1, 20).build());
    ScalingDecision above = at(a, 110, 10, Duration.ofSeconds(15));
    assertTrue(above.withinTolerance(), "|110/100 - 1| = 0.1 <= tolerance 0.1: " + above.record());
    assertEquals(ScaleAction.NONE, above.action(), above.record());
    ScalingDecision below = at(a, 90, 10, Duration.ofSeconds(15));
    assertTrue(below.withinTolerance(), below.record());
    assertEquals(ScaleAction.NONE, below.action(), below.record());
  }

  @Test
  void noDataNeverScalesDown() {
    ScalingAdvisor a = advisor(ScalingPolicy.ratio("api", cpu, 50).replicas(1, 10)
        .stabilization(Duration.ZERO, Duration.ZERO).build());
    assertEquals(4, at(a, 50, 4, Duration.ofSeconds(15)).desired());
    time.advance(Duration.ofMinutes(10)); // the sample is stale
    samples.fail(cpu);
    ScalingDecision d = a.decide(4);
    assertEquals(4, d.desired(), d.record());
  }

  @Test
  void anInfiniteAlertValueReachesTheJsonWebhookAsInf() throws Exception {
    Metric latency = samples.metric("api.latency");
    try (FaultServer server = new FaultServer()) {
      server.otherwise(Reply.of(200, "text/plain", "ok"));
      AlertEvaluator e = AlertEvaluator.builder(samples).clock(time).ticker(time)
          .rule(Rule.above(latency, 500).name("api_slow").severity(Severity.HIGH).channel("oncall").build()).build();
      AlertService s = AlertService.builder(e).sink("oncall", JsonWebhookSink.of(server.url() + "/hook"))
          .policy(NotificationPolicy.defaults().withGroupWait(Duration.ZERO)).sleeper(time).build();
      time.advance(Duration.ofMinutes(1));
      samples.record(latency, Double.POSITIVE_INFINITY, time.nanos()); // a gauge dividing by a zero count
      s.tick();
      assertEquals(Map.of("webhook", 0L), s.deadLettered());
      assertEquals(1, server.received().size(), "the firing alert reached the webhook");
      assertTrue(server.received().get(0).body().contains("api_slow"), server.received().get(0).body());
      assertTrue(server.received().get(0).body().contains("\"value\":\"+Inf\""), server.received().get(0).body());
    }
  }

  @Test
  void aWebhookThatRedirectsIsNotFollowedNorCountedDelivered() throws Exception {
    try (FaultServer server = new FaultServer(); FaultServer elsewhere = new FaultServer()) {
      server.otherwise(Reply.of(302, "text/plain", "moved", "Location", elsewhere.url() + "/stolen"));
      elsewhere.otherwise(Reply.of(200, "text/plain", "ok"));
      SlackWebhookSink slack = SlackWebhookSink.of(server.url() + "/services/T0SECRET1/B0SECRET2/abcdefgh12345678");
      RuntimeException ex = assertThrows(RuntimeException.class,
          () -> slack.send(new Notification("k", "oncall", List.of(), List.of(), time.instant())));
      assertEquals(0, elsewhere.received().size(), "the redirect is not followed");
      assertFalse(ex.toString().contains("abcdefgh12345678"), ex.toString());
    }
  }

  @Test
  void aWebhookUrlIsRefusedOverPlainHttpExceptToLoopback() {
    // the URL is the Slack credential: refused over plain HTTP to anything but loopback, like every credential
    assertThrows(IllegalArgumentException.class,
        () -> SlackWebhookSink.of("http://hooks.slack.com/services/T0SECRET1/B0SECRET2/abcdefgh12345678"));
    assertThrows(IllegalArgumentException.class,
        () -> JsonWebhookSink.of("http://alerts.example.com/hooks/abcdefgh12345678"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JsonWebhookSink.of("json", "http://alerts.example.com/hook", "Authorization", "Bearer tok12345678",
            Duration.ofSeconds(5)));
    assertFalse(e.getMessage().contains("tok12345678"), e.getMessage());
    assertNotNull(SlackWebhookSink.of("http://127.0.0.1:9/services/T0/B0/abcdefgh12345678"), "loopback is fine");
    assertNotNull(SlackWebhookSink.of("https://hooks.slack.com/services/T0/B0/abcdefgh12345678"));
  }

  @Test
  void aReplicaRegainingLeadershipStartsItsRulesAfresh() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
      Recording sink = new Recording();
      final class Replica {
        final Samples samples = new Samples();
        final Metric ram = samples.metric("ram.percent");
        final AlertService service;

        Replica() {
          AlertEvaluator e = AlertEvaluator.builder(samples).clock(time).ticker(time)
              .rule(Rule.above(ram, 90).forDuration(Duration.ofMinutes(5)).name("ram_high").severity(Severity.HIGH)
                  .build())
              .build();
          LeaderElection election = LeaderElection.builder()
              .connections(ConnectionFactory.jdbc(url, "postgres", "")).checkTimeout(Duration.ofSeconds(2)).build();
          service = AlertService.builder(e).election(election, "alerts-regain").sink("default", sink).sleeper(time)
              .policy(NotificationPolicy.defaults().withGroupWait(Duration.ZERO)).build();
        }

        void minute(double v) {
          samples.record(ram, v, time.nanos());
          service.tick();
        }
      }
      // c leads, loses its session, d leads for an hour, d goes away, c leads again and sees one high sample
      Replica c = new Replica();
      Replica d = new Replica();
      try (c.service; d.service) {
        time.advance(Duration.ofMinutes(1));
        c.minute(95);
        assertTrue(c.service.leading());
        d.minute(95);
        // c loses its leadership to d (its session dies), d evaluates an hour of normal memory, then d goes away
        AlertFailover.terminate(url, LeaderElection.keyOf("alerts-regain"));
        time.advance(Duration.ofMinutes(1));
        d.minute(50);
        assertTrue(d.service.leading(), "d took over");
        time.advance(Duration.ofMinutes(60));
        d.minute(50);
        d.service.close();
        time.advance(Duration.ofMinutes(1));
        c.minute(95); // c leads again: ram is high for the first time in an hour
        assertTrue(c.service.leading());
        assertEquals(List.of(), sink.sent, "one sample above 90 % is not 5 minutes above it");
        assertEquals(AlertState.PENDING, c.service.evaluator().alert("ram_high").orElseThrow().state());
      }
    }
  }

  /** Kills the session holding an advisory lock, as a network cut or a PostgreSQL restart would. */
  static final class AlertFailover {
    static void terminate(String url, long key) throws Exception {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
          java.sql.PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE "
              + "locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = ?")) {
        ps.setLong(1, key);
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next() && rs.getBoolean(1), "the leader's session was terminated");
        }
      }
    }
  }
}
