package com.wekruit.valet.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.alert.AlertEvent;
import com.wekruit.valet.alert.AlertService;
import com.wekruit.valet.alert.AlertState;
import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupKeys;
import com.wekruit.valet.backup.BackupManifest;
import com.wekruit.valet.backup.BackupRun;
import com.wekruit.valet.election.ConnectionFactory;
import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.checks.HttpCheck;
import com.wekruit.valet.r2.R2ObjectStore;
import com.wekruit.valet.r2.S3ProxyServer;
import com.wekruit.valet.testing.FakeTime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's alerting, backup, election and status-page snippets on one embedded PostgreSQL and local servers. */
class ReadmeOperationsSnippetsTest {
  static EmbeddedPostgres pg;
  static String url;

  @BeforeAll
  static void startPostgres() throws Exception {
    pg = EmbeddedPostgres.builder().start();
    url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    pg.close();
  }

  @Test
  void election_letsOneOfTwoReplicasRun_andTheOtherAfterIt() {
    List<String> inner = new CopyOnWriteArrayList<>();
    Optional<String> outer = ElectionSnippet.run(url, "postgres", "", () -> {
      Optional<String> second = ElectionSnippet.run(url, "postgres", "", () -> "second ran");
      inner.add(second.orElse("second skipped"));
      return "first ran";
    });
    assertEquals(Optional.of("first ran"), outer);
    assertEquals(List.of("second skipped"), inner, "the lock is held while the first runs");
    assertEquals(Optional.of("again"), ElectionSnippet.run(url, "postgres", "", () -> "again"), "released after");
    ReadmeText.assertInReadme(ElectionSnippet.class);
  }

  @Test
  void alert_firesOnAFailingTarget_theWebhookReceivesIt_andItResolves() throws Exception {
    AtomicInteger apiStatus = new AtomicInteger(200);
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer api = LocalHttp.serve(ex -> ex.sendResponseHeaders(apiStatus.get(), -1));
    HttpServer webhook = LocalHttp.serve(ex -> {
      received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(200, -1);
    });
    FakeTime time = new FakeTime(Instant.parse("2026-11-27T04:00:00Z"));
    List<AlertEvent> events = new CopyOnWriteArrayList<>();
    try (HealthMonitor health = HealthMonitor.builder()
            .add("api", HttpCheck.get(LocalHttp.url(api, "/api/v1/health")).build()).build();
        AlertService alerts = AlertSnippet.run(health, LocalHttp.url(webhook, "/hooks/alerts"), events, time)) {
      check(health, alerts, time);
      apiStatus.set(503);
      check(health, alerts, time);
      check(health, alerts, time);
      assertTrue(received.isEmpty(), "nothing before the 30 s group wait");
      time.advance(Duration.ofSeconds(30));
      alerts.tick();
      assertEquals(1, received.size(), received::toString);
      assertTrue(received.get(0).contains("api_down") && received.get(0).contains("firing"), received::toString);
      apiStatus.set(200);
      for (int i = 0; i < 6; i++) check(health, alerts, time);
      assertTrue(received.get(received.size() - 1).contains("resolved"), received::toString);
      assertEquals(List.of(AlertState.PENDING, AlertState.FIRING), events.stream().map(AlertEvent::current)
          .filter(s -> s == AlertState.PENDING || s == AlertState.FIRING).toList());
      assertEquals(1, alerts.silences().list().size());
    } finally {
      api.stop(0);
      webhook.stop(0);
    }
    ReadmeText.assertInReadme(AlertSnippet.class);
  }

  private static void check(HealthMonitor health, AlertService alerts, FakeTime time) throws InterruptedException {
    time.advance(Duration.ofMinutes(1));
    health.runNow();
    alerts.tick();
  }

  @Test
  void backup_runsOnTheElectedReplica_itsManifestExists_andVerifies() throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE shop");
    }
    String shopUrl = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/shop";
    try (Connection c = DriverManager.getConnection(shopUrl, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL)");
      s.execute("INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 20000) g");
    }
    LeaderElection election = LeaderElection.builder().connections(ConnectionFactory.jdbc(url, "postgres", "")).build();
    FakeTime time = new FakeTime(Instant.parse("2026-11-27T03:00:05Z"));
    try (S3ProxyServer s3 = new S3ProxyServer()) {
      try (R2ObjectStore r2 = s3.store("backups").build()) {
        List<BackupRun> runs = BackupSnippet.run(pg.getPort(), "", r2, election, time);
        assertEquals(List.of(BackupRun.Outcome.SUCCEEDED, BackupRun.Outcome.SUCCEEDED),
            runs.stream().map(BackupRun::outcome).toList(), runs::toString);
        BackupCatalog catalog = new BackupCatalog(r2, BackupKeys.of("pg", "shop"));
        BackupManifest m = catalog.latest().orElseThrow();
        assertEquals(20000L, m.rowCounts().get("public.customers"), m.rowCounts()::toString);
        assertTrue(catalog.verification(m.key()).isPresent(), "verified to TOC by the job");
        assertTrue(BackupSnippet.run(pg.getPort(), "", r2, election, time).isEmpty(), "slot already done");
      }
    }
    ReadmeText.assertInReadme(BackupSnippet.class);
  }

  @Test
  void statusPage_answers200WithHtml_beside200Json() throws Exception {
    HttpServer app = LocalHttp.serve(ex -> ex.sendResponseHeaders(200, -1));
    try (HealthMonitor health = HealthMonitor.builder().add("api", HttpCheck.get(LocalHttp.url(app, "/")).build())
        .build()) {
      health.runNow();
      HttpServer server = StatusPageSnippet.run(health);
      try {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(LocalHttp.url(server, "/status")))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Production") && page.body().contains("api"), page.body());
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(LocalHttp.url(server,
            "/api/v1/health"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode());
        assertFalse(json.body().isBlank());
      } finally {
        server.stop(0);
      }
    } finally {
      app.stop(0);
    }
    ReadmeText.assertInReadme(StatusPageSnippet.class);
  }
}
