package com.wekruit.valet.metrics;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertState;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.election.ConnectionFactory;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.checks.HttpCheck;
import com.wekruit.valet.internal.RespConnection;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/** Metric sources against real servers: embedded PostgreSQL and Redis, a loopback HTTP target. */
class MetricSourcesTest {
  final FakeTime time = new FakeTime();
  final Samples samples = new Samples();

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void postgresCountsClientBackendsAgainstUsableSlots() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
      ConnectionFactory f = ConnectionFactory.jdbc(url, "postgres", "");
      PostgresConnections source = new PostgresConnections(f, samples, 2);
      List<Connection> held = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) held.add(f.open());
        source.collect(samples, time.nanos());
        assertEquals(5, samples.value(source.connections()), "4 held + the probe's own session");
        try (Connection c = f.open(); var rs = c.createStatement().executeQuery(
            "SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int")) {
          rs.next();
          assertEquals(rs.getInt(1), samples.value(source.usable()));
        }
      } finally {
        for (Connection c : held) c.close();
      }
    }
  }

  @Test
  void redisMemoryEvictionsAndQueueDepth() throws Exception {
    int port = freePort();
    RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
    redis.start();
    try (RespConnection c = new RespConnection(new Socket(), "127.0.0.1", port, 2000)) {
      c.timeout(2000);
      RedisMetrics source = new RedisMetrics("127.0.0.1", port, null, Duration.ofSeconds(2), samples);
      Metric jobs = source.queue("jobs");
      for (int i = 0; i < 120; i++) {
        c.send(RespConnection.command("RPUSH", "jobs", "job-" + i));
        c.readInteger();
      }
      source.collect(samples, time.nanos());
      assertEquals(120, samples.value(jobs));
      assertTrue(samples.value(source.memoryUsed()) > 0);
      assertTrue(samples.value(source.memoryLimit()) > 1e8, "maxmemory 0: the host's memory is the limit");
      assertEquals(0, samples.value(source.evictedKeys()));
      send(c, "CONFIG", "SET", "maxmemory", "2mb");
      send(c, "CONFIG", "SET", "maxmemory-policy", "allkeys-lru");
      String big = "x".repeat(100_000);
      for (int i = 0; i < 40; i++) send(c, "SET", "k" + i, big);
      source.collect(samples, time.nanos());
      assertEquals(2 * 1024 * 1024, samples.value(source.memoryLimit()));
      assertTrue(samples.value(source.evictedKeys()) > 0, "keys were evicted");
    } finally {
      redis.stop();
    }
    time.advance(Duration.ofSeconds(1));
    RedisMetrics down = new RedisMetrics("127.0.0.1", port, null, Duration.ofMillis(500), samples);
    assertThrows(Exception.class, () -> down.collect(samples, time.nanos()));
  }

  static void send(RespConnection c, String... args) throws Exception {
    c.send(RespConnection.command(args));
    c.readSimple();
  }

  @Test
  void healthResultsCountOncePerRunAndFeedConsecutiveFailures() throws Exception {
    try (FaultServer api = new FaultServer(); HealthMonitor monitor = HealthMonitor.builder()
        .add("api", HttpCheck.get(api.url() + "/api/v1/health").build()).build()) {
      api.otherwise(Reply.json(200, "{}"));
      HealthMetrics health = new HealthMetrics(monitor, samples, "api");
      AlertEvaluator e = AlertEvaluator.builder(samples).clock(time).ticker(time)
          .rule(Rule.consecutiveFailures(health.up("api"), 2).name("api_down").build()).build();
      monitor.runNow();
      tick(health, e);
      assertEquals(1, samples.value(health.up("api")));
      assertTrue(samples.value(health.latencyMillis("api")) > 0);
      api.otherwise(Reply.json(503, "{}"));
      monitor.runNow();
      tick(health, e);
      tick(health, e);
      tick(health, e);
      assertEquals(AlertState.PENDING, e.alert("api_down").orElseThrow().state(), "one failed run, read three times");
      monitor.runNow();
      tick(health, e);
      assertEquals(AlertState.FIRING, e.alert("api_down").orElseThrow().state());
    }
  }

  void tick(HealthMetrics health, AlertEvaluator e) {
    time.advance(Duration.ofSeconds(20));
    health.collect(samples, time.nanos());
    e.evaluate();
  }

  @Test
  void errorCounterAndGauge() {
    ErrorCounter errors = new ErrorCounter("app.errors", samples);
    Gauge ram = new Gauge("ram.percent", samples, () -> Double.NaN);
    errors.increment();
    errors.add(4);
    errors.collect(samples, time.nanos());
    ram.collect(samples, time.nanos());
    assertEquals(5, samples.value(errors.metric()));
    assertFalse(samples.fresh(ram.metric(), time.nanos(), 1), "NaN is a failed read");
    assertEquals(1, samples.failures(ram.metric()));
    assertThrows(IllegalArgumentException.class, () -> errors.add(-1));
  }
}
