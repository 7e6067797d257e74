package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.CheckState;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.FakeTicker;
import com.wekruit.valet.health.HealthHttpHandler;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthReport;
import com.wekruit.valet.health.HealthStatus;
import com.wekruit.valet.health.LoopbackServer;
import com.wekruit.valet.health.Reason;
import com.wekruit.valet.health.checks.HttpCheck;
import com.wekruit.valet.health.checks.PostgresCheck;
import com.wekruit.valet.health.checks.RedisCheck;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Probes of the health monitor's promises from outside its own tests. */
class HealthAttackTest {

  private static CheckState only(HealthReport r) {
    return r.checks().get(0);
  }

  /** A check that throws InterruptedException on its own, long before its deadline, did not time out. */
  @Test
  void anInterruptedExceptionThrownBeforeTheDeadline_isException_notTimeout() throws Exception {
    try (HealthMonitor m = HealthMonitor.builder()
        .add("x", d -> { throw new InterruptedException("spurious"); }, o -> o.timeout(Duration.ofSeconds(5)))
        .build()) {
      long start = System.nanoTime();
      CheckState s = only(m.runNow());
      assertTrue(System.nanoTime() - start < 2_000_000_000L);
      assertEquals(Reason.EXCEPTION, s.reason(), "a false TIMEOUT: " + s.message());
    }
  }

  /** An Error whose stack trace accessor misbehaves is still DOWN/EXCEPTION, at once, and the worker survives. */
  @Test
  void anErrorWithAHostileStackTrace_isExceptionAtOnce_andLeaksNoInterrupt() throws Exception {
    Error weird = new Error("boom") {
      @Override
      public StackTraceElement[] getStackTrace() {
        return null;
      }
    };
    try (HealthMonitor m = HealthMonitor.builder().poolSize(1).maxThreads(1)
        .add("x", d -> { throw weird; }, o -> o.timeout(Duration.ofMillis(500)))
        .add("y", d -> CheckResult.up(), o -> o.timeout(Duration.ofMillis(500)))
        .build()) {
      long start = System.nanoTime();
      HealthReport r = m.runNow();
      long took = (System.nanoTime() - start) / 1_000_000;
      assertEquals(Reason.EXCEPTION, r.checks().get(0).reason(), "took " + took + " ms");
      assertEquals(HealthStatus.UP, r.checks().get(1).status());
      // the next runs must see no leaked interrupt
      for (int i = 0; i < 3; i++) assertEquals(HealthStatus.UP, m.runNow().checks().get(1).status());
    }
  }

  /** A wall clock at the epoch (e.g. a host without RTC) must change nothing: staleness and first results are on the ticker. */
  @Test
  void aWallClockAtTheEpoch_neverMakesAFreshResultStale() throws Exception {
    FakeTicker ticker = new FakeTicker();
    try (HealthMonitor m = HealthMonitor.builder().ticker(ticker).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
        .add("x", d -> CheckResult.up(), o -> o.interval(Duration.ofSeconds(1)).timeout(Duration.ofMillis(500)))
        .build()) {
      m.runNow();
      ticker.advance(Duration.ofMillis(1900));
      m.runNow();
      ticker.advance(Duration.ofMillis(300));
      assertEquals(HealthStatus.UP, m.report().status(), only(m.report()).reason().toString());
    }
  }

  /** Wall clock at the epoch: a check that never ran must keep awaitFirstReport waiting. */
  @Test
  void aWallClockAtTheEpoch_awaitFirstReportStillWaitsForEveryCheck() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch fastRuns = new java.util.concurrent.CountDownLatch(3);
    try (HealthMonitor m = HealthMonitor.builder().clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
        .add("fast", d -> {
          fastRuns.countDown();
          return CheckResult.up();
        }, o -> o.interval(Duration.ofMillis(20)).timeout(Duration.ofMillis(15)))
        .add("slow", d -> { release.await(); return CheckResult.up(); }, o -> o.timeout(Duration.ofSeconds(5)))
        .build()) {
      m.start();
      assertTrue(fastRuns.await(5, java.util.concurrent.TimeUnit.SECONDS), "the fast check ran several times");
      long start = System.nanoTime();
      HealthReport r = m.awaitFirstReport(Duration.ofMillis(300));
      long took = (System.nanoTime() - start) / 1_000_000;
      release.countDown();
      assertTrue(took >= 250, "awaitFirstReport returned after " + took + " ms while 'slow' never finished: " + r.checks());
    }
  }

  /** A Redis that trickles its reply one byte at a time keeps the check past its deadline. */
  @Test
  void aRedisTricklingItsReply_isCutOffAtTheDeadline() throws Exception {
    try (LoopbackServer redis = LoopbackServer.start((in, out) -> {
      in.read(new byte[64]);
      for (byte b : "+PONG\r\n".getBytes(StandardCharsets.US_ASCII)) {
        out.write(b);
        out.flush();
        try {
          com.wekruit.valet.testing.Stall.of(Duration.ofMillis(400));
        } catch (InterruptedException e) {
          return;
        }
      }
    })) {
      RedisCheck check = RedisCheck.builder("127.0.0.1", redis.port()).build();
      long start = System.nanoTime();
      CheckResult r = check.check(Deadline.in(Duration.ofMillis(700)));
      long took = (System.nanoTime() - start) / 1_000_000;
      check.close();
      assertTrue(took < 1000, "took " + took + " ms on a 700 ms deadline: " + r);
      assertEquals(HealthStatus.DOWN, r.status());
    }
  }

  @Test
  void postgresToString_hidesTheJdbcUrlParameters() {
    PostgresCheck check = PostgresCheck.builder("jdbc:postgresql://db:5432/app?user=health&password=S3cretPw").build();
    try {
      assertFalse(check.toString().contains("S3cretPw"), check.toString());
    } finally {
      check.close();
    }
  }

  @Test
  void httpCheckBadUrl_messageNeverEchoesTheUrl() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HttpCheck.get("htps://admin:S3cretPw@api.example.com/health"));
    assertFalse(e.getMessage().contains("S3cretPw"), e.getMessage());
  }

  /** Garbage on the PostgreSQL port: an error message whose length is absurd must not escape as an unchecked throwable. */
  @Test
  void aPostgresPortAnsweringMalformedErrorLengths_isDown_neverThrows() throws Exception {
    for (int len : new int[] {Integer.MAX_VALUE, 2, -5}) {
      try (LoopbackServer pg = LoopbackServer.start((in, out) -> {
        DataInputStream d = new DataInputStream(in);
        int n = d.readInt();
        d.readNBytes(n - 4);
        ByteBuffer b = ByteBuffer.allocate(5);
        b.put((byte) 'E').putInt(len);
        out.write(b.array());
        out.write("SFATAL\0".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      })) {
        PostgresCheck check = PostgresCheck.builder("jdbc:postgresql://127.0.0.1:" + pg.port() + "/app?sslmode=disable")
            .user("u").password("p").build();
        try {
          CheckResult r = assertDoesNotThrow(() -> check.check(Deadline.in(Duration.ofSeconds(2))), "length " + len);
          assertEquals(HealthStatus.DOWN, r.status(), "length " + len + ": " + r);
        } finally {
          check.close();
        }
      }
    }
  }

  /** Many clients each sending half a request line must not stall a normal GET beyond about one read timeout. */
  @Test
  void manySlowlorisConnections_delayANewRequestByAtMostOneReadTimeout() throws Exception {
    HealthMonitor m = HealthMonitor.builder().add("db", d -> CheckResult.up()).build();
    m.runNow();
    HttpServer server = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", 0), "/readyz",
        new HealthHttpHandler(m), 4, Duration.ofMillis(500));
    List<Socket> slow = new ArrayList<>();
    try {
      int port = server.getAddress().getPort();
      for (int i = 0; i < 24; i++) {
        Socket s = new Socket("127.0.0.1", port);
        s.getOutputStream().write("GET /rea".getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      com.wekruit.valet.testing.Stall.of(Duration.ofMillis(100));
      HttpClient client = HttpClient.newHttpClient();
      long start = System.nanoTime();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      long took = (System.nanoTime() - start) / 1_000_000;
      assertEquals(200, r.statusCode());
      assertTrue(took < 1000, "a normal GET waited " + took + " ms behind 24 slow clients (read timeout 500 ms)");
    } finally {
      for (Socket s : slow) s.close();
      server.stop(0);
      m.close();
    }
  }

  @Test
  void endpointMatchesExactPaths_answersHead_hidesDetails() throws Exception {
    HealthMonitor m = HealthMonitor.builder().add("db", d -> CheckResult.up()).build();
    m.runNow();
    HttpServer server = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", 0), "/readyz",
        new HealthHttpHandler(m), 4, Duration.ofMillis(500));
    try {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      for (String p : new String[] {"/readyz/", "/readyzz", "/readyz/x", "/readyz%2F", "/readyz/..", "/readyz;x"}) {
        int code = client.send(HttpRequest.newBuilder(URI.create(base + p)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(404, code, p);
      }
      HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(base + "/readyz"))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, head.statusCode());
      assertEquals("", head.body());
      HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(base + "/readyz")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertFalse(get.body().contains("reason"), get.body());
    } finally {
      server.stop(0);
      m.close();
    }
  }

  @Test
  void redisGarbageMalformedLengthsAndHugeBulk_areDown_neverThrow() throws Exception {
    String[] replies = {"HTTP/1.1 400 Bad Request\r\n\r\n", "+PONG\r\n$99999999999999999999\r\n", "+PONG\r\n$5000000\r\n",
        "+PONG\r\n$-7\r\n", "\u0016\u0003\u0001\u0000\u0005hello", "+PONG\r\n-ERR nope\r\n"};
    for (String reply : replies) {
      try (LoopbackServer redis = LoopbackServer.start((in, out) -> {
        in.read(new byte[64]);
        out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        in.read(new byte[64]);
      })) {
        RedisCheck check = RedisCheck.builder("127.0.0.1", redis.port()).info(true).password("Pw123secret").build();
        CheckResult r = assertDoesNotThrow(() -> check.check(Deadline.in(Duration.ofMillis(800))), reply);
        check.close();
        assertNotEquals(HealthStatus.UP, r.status(), reply);
        assertFalse(String.valueOf(r).contains("Pw123secret"));
      }
    }
  }

  /** A check that ignores interrupts and spins never holds runNow past its deadline, and healthy checks stay on time. */
  @Test
  void runNowReturnsByTheDeadline_whileChecksIgnoreInterrupts_andHealthyOnesStayUp() throws Exception {
    var b = HealthMonitor.builder().poolSize(2);
    for (int i = 0; i < 20; i++) {
      b.add("hang" + i, d -> {
        long end = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < end) {
          try {
            com.wekruit.valet.testing.Stall.of(Duration.ofMillis(50));
          } catch (InterruptedException ignored) {
            // ignores its deadline on purpose
          }
        }
        return CheckResult.up();
      }, o -> o.timeout(Duration.ofMillis(300)));
    }
    b.add("ok", d -> CheckResult.up(), o -> o.timeout(Duration.ofMillis(300)));
    HealthMonitor m = b.build();
    try {
      long start = System.nanoTime();
      HealthReport r = m.runNow();
      long took = (System.nanoTime() - start) / 1_000_000;
      assertTrue(took < 700, "runNow took " + took + " ms");
      CheckState ok = r.checks().get(20);
      assertEquals(HealthStatus.UP, ok.status(), ok.reason().toString());
    } finally {
      m.close();
    }
  }

  /** A listener throwing an Error must not wedge the check (single-flight slot never released) or stall runNow. */
  @Test
  void aListenerThrowingAnError_neverWedgesTheCheck_norStallsRunNow() throws Exception {
    java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean();
    try (HealthMonitor m = HealthMonitor.builder()
        .add("x", d -> {
          runs.incrementAndGet();
          return up.get() ? CheckResult.up() : CheckResult.down(Reason.BAD_STATUS, "503");
        }, o -> o.timeout(Duration.ofMillis(300)))
        .onStatusChange(e -> { throw new AssertionError("listener bug"); })
        .build()) {
      m.runNow();
      up.set(true);
      long start = System.nanoTime();
      HealthReport r = assertDoesNotThrow(m::runNow);
      long took = (System.nanoTime() - start) / 1_000_000;
      assertEquals(2, runs.get(), "the second run never started");
      assertEquals(HealthStatus.UP, r.status());
      assertTrue(took < 300, "runNow took " + took + " ms");
    }
  }
}
