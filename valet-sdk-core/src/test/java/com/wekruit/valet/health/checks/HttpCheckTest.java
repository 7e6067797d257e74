package com.wekruit.valet.health.checks;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthStatus;
import com.wekruit.valet.health.Reason;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LocalHttp;
import com.wekruit.valet.testing.SelfSignedTls;
import com.wekruit.valet.testing.SilentServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpCheckTest {
  static LocalHttp http;

  @BeforeAll
  static void start() throws Exception {
    http = LocalHttp.http()
        .route("/api/v1/health", 200, "application/json", "{\"ok\":true}")
        .route("/broken", 500, "text/plain", "oops")
        .route("/moved", 301, "text/plain", "", "Location", "/api/v1/health")
        .route("/engine-up", 200, "application/json", "{\"checks\":{\"db\":{\"status\":\"DOWN\"}},\"status\":\"UP\"}")
        .route("/engine-down", 200, "application/json", "{\"status\":\"DOWN\"}")
        .route("/engine-html", 200, "text/html", "<html>maintenance</html>")
        .route("/landing", 200, "text/html", "<h1>Welcome to Valet</h1>");
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static Deadline seconds(long s) {
    return Deadline.in(TimeUnit.SECONDS.toNanos(s));
  }

  @Test
  void expectedStatus_isUp_anythingElseIsBadStatus_andRedirectsAreNotFollowed() {
    assertEquals(HealthStatus.UP, HttpCheck.get(http.url("/api/v1/health")).build().check(seconds(2)).status());
    CheckResult broken = HttpCheck.get(http.url("/broken")).build().check(seconds(2));
    assertEquals(Reason.BAD_STATUS, broken.reason());
    assertEquals(500, broken.details().get("httpStatus"));
    CheckResult moved = HttpCheck.get(http.url("/moved")).build().check(seconds(2));
    assertEquals(301, moved.details().get("httpStatus"));
    assertEquals(HealthStatus.UP, HttpCheck.get(http.url("/moved")).expectStatus(301).build().check(seconds(2)).status());
  }

  @Test
  void keywordAndJsonStatusConditions() {
    assertEquals(HealthStatus.UP, HttpCheck.get(http.url("/landing")).bodyContains("Valet").build().check(seconds(2)).status());
    assertEquals(Reason.BAD_RESPONSE, HttpCheck.get(http.url("/landing")).bodyContains("Error").build().check(seconds(2)).reason());
    assertEquals(HealthStatus.UP, HttpCheck.get(http.url("/engine-up")).jsonStatus().build().check(seconds(2)).status(),
        "only the top-level status counts");
    CheckResult down = HttpCheck.get(http.url("/engine-down")).jsonStatus().build().check(seconds(2));
    assertEquals(HealthStatus.DOWN, down.status());
    assertEquals("DOWN", down.details().get("status"));
    assertEquals(Reason.BAD_RESPONSE, HttpCheck.get(http.url("/engine-html")).jsonStatus().build().check(seconds(2)).reason());
  }

  @Test
  void slowerThanTheLatencyLimit_isDegradedSlow() {
    CheckResult r = HttpCheck.get(http.url("/api/v1/health")).maxLatency(Duration.ofNanos(1)).build().check(seconds(2));
    assertEquals(HealthStatus.DEGRADED, r.status());
    assertEquals(Reason.SLOW, r.reason());
    assertEquals(HealthStatus.UP, HttpCheck.get(http.url("/api/v1/health")).maxLatency(Duration.ofSeconds(5)).build()
        .check(seconds(2)).status());
  }

  @Test
  void serverThatAcceptsAndNeverAnswers_isATimeoutWithinTheDeadline() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswers()) {
      HttpCheck check = HttpCheck.get("http://127.0.0.1:" + silent.port() + "/").build();
      long start = System.nanoTime();
      CheckResult r = check.check(Deadline.in(TimeUnit.MILLISECONDS.toNanos(300)));
      assertEquals(Reason.TIMEOUT, r.reason());
      assertEquals(HealthStatus.DOWN, r.status());
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "bounded by the deadline, not hung");
    }
  }

  @Test
  void noTimeLeft_isATimeoutAtOnce_neverAnUnboundedCall() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswers()) {
      HttpCheck check = HttpCheck.get("http://127.0.0.1:" + silent.port() + "/").build();
      CheckResult r = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> check.check(Deadline.in(0)));
      assertEquals(Reason.TIMEOUT, r.reason());
      assertEquals(0, silent.acceptedConnections(), "no I/O without time left");
    }
  }

  @Test
  void serverThatDribblesItsBody_isATimeout() throws Exception {
    try (SilentServer dribble = SilentServer.dribbles()) {
      CheckResult r = HttpCheck.get("http://127.0.0.1:" + dribble.port() + "/").bodyContains("never").build()
          .check(Deadline.in(TimeUnit.MILLISECONDS.toNanos(300)));
      assertEquals(Reason.TIMEOUT, r.reason());
    }
  }

  @Test
  void refusedConnection_isConnectFailed() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertEquals(Reason.CONNECT_FAILED, HttpCheck.get("http://127.0.0.1:" + port + "/").build().check(seconds(2)).reason());
  }

  @Test
  void https_recordsTheEarliestCertificateExpiry_andWarnsWithinTheWindow() throws Exception {
    Path dir = Files.createTempDirectory("tls");
    SelfSignedTls tls = SelfSignedTls.validForDays(10, dir);
    try (LocalHttp https = LocalHttp.https(tls.serverContext()).route("/", 200, "text/plain", "ok")) {
      OkHttpClient client = new OkHttpClient.Builder()
          .sslSocketFactory(tls.clientContext().getSocketFactory(), tls.trustManager()).build();
      FakeTime now = new FakeTime(Instant.now());
      CheckResult r = HttpCheck.get(https.url("/")).client(client).clock(now).build().check(seconds(5));
      assertEquals(Reason.CERT_EXPIRING, r.reason());
      assertEquals(HealthStatus.DEGRADED, r.status());
      Instant expiry = Instant.parse((String) r.details().get("tlsEarliestExpiry"));
      assertTrue(Duration.between(now.instant(), expiry).toDays() >= 9);

      CheckResult relaxed = HttpCheck.get(https.url("/")).client(client).clock(now).certificateWarning(Duration.ofDays(5))
          .build().check(seconds(5));
      assertEquals(HealthStatus.UP, relaxed.status());
      assertEquals(r.details().get("tlsEarliestExpiry"), relaxed.details().get("tlsEarliestExpiry"));

      now.advance(Duration.ofDays(11));
      assertEquals(HealthStatus.DOWN, TlsCertificateCheck.builder("127.0.0.1", https.port())
          .sslContext(tls.clientContext()).clock(now).build().check(seconds(5)).status(), "expired");
      now.advance(Duration.ofDays(-11));
      CheckResult cert = TlsCertificateCheck.builder("127.0.0.1", https.port()).sslContext(tls.clientContext())
          .clock(now).build().check(seconds(5));
      assertEquals(Reason.CERT_EXPIRING, cert.reason());
      assertTrue(((Long) cert.details().get("daysLeft")) >= 9);
      assertEquals(Reason.BAD_RESPONSE, TlsCertificateCheck.builder("127.0.0.1", https.port()).build()
          .check(seconds(5)).reason(), "untrusted chain fails the handshake");
    }
  }

  @Test
  void badInput_failsAtBuildNamingTheField() {
    assertField("url", () -> HttpCheck.get("not a url"));
    assertField("maxLatency", () -> HttpCheck.get("http://x/").maxLatency(Duration.ofMillis(-5)));
    assertField("expectStatus", () -> HttpCheck.get("http://x/").expectStatus(42));
    assertField("port", () -> TcpCheck.of("localhost", 70000));
    assertField("memoryLimit", () -> RedisCheck.builder("localhost", 6379).memoryLimit(-1));
    assertField("capacity", () -> PostgresCheck.builder("jdbc:postgresql://x/db").capacity(0));
    assertField("jdbcUrl", () -> PostgresCheck.builder("jdbc:mysql://x/db"));
  }

  static void assertField(String field, org.junit.jupiter.api.function.Executable e) {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
    assertTrue(ex.getMessage().startsWith(field), ex.getMessage());
  }

  @Test
  void tcpCheck_upWhenListening_downWhenNot() throws Exception {
    assertEquals(HealthStatus.UP, TcpCheck.of("127.0.0.1", http.port()).check(seconds(2)).status());
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertEquals(Reason.CONNECT_FAILED, TcpCheck.of("127.0.0.1", port).check(seconds(2)).reason());
  }
}
