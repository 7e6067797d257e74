package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.testing.LocalHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/** The runbook's five checks against a real local stack, served as JSON on the JDK HttpServer. */
class RunbookHealthTest {

  @Test
  void fiveChecks_inAFewLines_servedAs200Then503() throws Exception {
    int redisPort;
    try (ServerSocket s = new ServerSocket(0)) {
      redisPort = s.getLocalPort();
    }
    RedisServer redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").build();
    redis.start();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
         LocalHttp app = LocalHttp.http()
             .route("/api/v1/health", 200, "application/json", "{\"status\":\"UP\"}")
             .route("/", 200, "text/html", "<h1>web</h1>");
         LocalHttp engine = LocalHttp.http().route("/health", 200, "application/json", "{\"status\":\"ok\"}")) {

      HealthMonitor health = RunbookHealth.builder()
          .api(app.url("")).web(app.url(""))
          .postgres("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres", "postgres", null)
          .redis("127.0.0.1", redisPort, null)
          .workflowEngine(engine.url(""))
          .build();
      HttpServer server = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", 0), "/api/v1/health",
          new HealthHttpHandler(health, null, ex -> "details=true".equals(ex.getRequestURI().getQuery())));
      try {
        HealthReport report = health.runNow();
        assertEquals(HealthStatus.UP, report.status(), report.toJson(true));
        assertEquals(5, report.checks().size());

        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/health";
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(base)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, plain.statusCode());
        assertFalse(plain.body().contains("latencyMs"), "details hidden unless asked");
        assertTrue(plain.body().contains("\"workflow-engine\":{\"status\":\"UP\"}"), plain.body());
        HttpResponse<String> detailed = client.send(HttpRequest.newBuilder(URI.create(base + "?details=true")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(detailed.body().contains("\"maxConnections\""), detailed.body());

        redis.stop();
        assertEquals(HealthStatus.DOWN, health.runNow().check("redis").status());
        HttpResponse<String> down = client.send(HttpRequest.newBuilder(URI.create(base)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(503, down.statusCode());
        assertTrue(down.body().startsWith("{\"status\":\"DOWN\""), down.body());
        assertEquals(405, client.send(HttpRequest.newBuilder(URI.create(base)).POST(HttpRequest.BodyPublishers.noBody())
            .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      } finally {
        server.stop(0);
        health.close();
      }
    } finally {
      redis.stop();
    }
  }

  @Test
  void theInternalSchedulerRunsChecksWithoutBeingAsked() throws Exception {
    try (LocalHttp app = LocalHttp.http().route("/api/v1/health", 200, "application/json", "{}")) {
      HealthMonitor health = RunbookHealth.builder().api(app.url(""))
          .interval(Duration.ofSeconds(10), Duration.ofSeconds(2)).build();
      java.util.concurrent.CountDownLatch firstResult = new java.util.concurrent.CountDownLatch(1);
      health.onStatusChange(e -> firstResult.countDown());
      health.start();
      try {
        assertTrue(firstResult.await(10, java.util.concurrent.TimeUnit.SECONDS), "first run within the jitter window");
        assertEquals(HealthStatus.UP, health.report().status());
      } finally {
        health.close();
      }
    }
  }
}
