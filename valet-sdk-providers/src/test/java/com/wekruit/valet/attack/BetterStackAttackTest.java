package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.wekruit.valet.betterstack.BetterStackClient;
import com.wekruit.valet.betterstack.Heartbeat;
import com.wekruit.valet.betterstack.HeartbeatPinger;
import com.wekruit.valet.betterstack.HeartbeatRequest;
import com.wekruit.valet.betterstack.Incident;
import com.wekruit.valet.betterstack.Monitor;
import com.wekruit.valet.betterstack.logback.BetterStackAppender;
import com.wekruit.valet.betterstack.logs.BetterStackLogs;
import com.wekruit.valet.betterstack.logs.LogEvent;
import com.wekruit.valet.betterstack.logs.LogStats;
import com.wekruit.valet.betterstack.logs.Overflow;
import com.wekruit.valet.betterstack.testing.BetterStackPayloads;
import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LogCapture;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Better Stack clients from outside: a hostile or broken Uptime API and log ingest, careless callers, and the
 * Logback appender wired the way an application wires it (SLF4J into Logback).
 */
class BetterStackAttackTest {
  private static final String TOKEN = "bs-attack-api-token-5e6f7a8b";
  private static final String SOURCE = "bs-attack-source-token-9c0d";
  private static final String PING_TOKEN = "hbPingSecret7Q2xW9";
  private static final Instant T = Instant.parse("2026-11-26T03:00:00Z");
  private static final LogEvent LINE = LogEvent.of(T, "info", "GET /api/v1/orders 200 12ms");
  private final FakeTime time = new FakeTime();
  private final FaultServer server = newServer();

  private static FaultServer newServer() {
    try {
      return new FaultServer();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
  }

  private BetterStackClient client() {
    return BetterStackClient.builder().token(TOKEN).baseUrl(server.url()).clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofSeconds(2)).build();
  }

  private BetterStackLogs.Builder logs() {
    return BetterStackLogs.builder(SOURCE).ingestUrl(server.url()).sleeper(time).readTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build());
  }

  private static void assertAccounted(LogStats s) {
    assertEquals(s.accepted(), s.sent() + s.dropped() + s.pending(), "accepted = sent + dropped + pending: " + s);
  }

  private static String everything(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    StringBuilder b = new StringBuilder(w.toString()).append(e);
    if (e instanceof ValetApiException api) {
      b.append(api.error()).append(api.error().details()).append(api.error().bodyExcerpt());
    }
    return b.toString();
  }

  private static Map<String, Object> monitor(String id) {
    return BetterStackPayloads.resource(id, "monitor",
        BetterStackPayloads.monitorAttributes("https://api.example.com/" + id, "status"), null);
  }

  // ---- log sender: accounting ----

  @Test
  void aFieldWhoseToStringThrowsOrThatContainsItself_isWrittenAsText_andTheSenderLivesOn() {
    server.otherwise(Reply.of(202, null, ""));
    Object poison = new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("toString failed");
      }
    };
    Map<String, Object> loop = new java.util.HashMap<>();
    loop.put("self", loop);
    try (BetterStackLogs logs = logs().flushInterval(Duration.ofMillis(20)).build()) {
      logs.send(LogEvent.builder(T, "info", "poison").field("order", poison).field("loop", loop).build());
      assertTrue(logs.flush(Duration.ofSeconds(5)), "the poisoned line ended (sent or dropped): " + logs.stats());
      for (int i = 0; i < 10; i++) logs.send(LINE);
      assertTrue(logs.flush(Duration.ofSeconds(5)), "later lines still go out: " + logs.stats());
      LogStats s = logs.stats();
      assertEquals(0, s.pending(), s.toString());
      assertTrue(s.sent() >= 10, s.toString());
      assertAccounted(s);
    }
  }

  @Test
  void anInterruptedCallerWaitingForRoom_hasItsLineDroppedAndCounted() throws Exception {
    server.otherwise(Reply.hang());
    try (BetterStackLogs logs = logs().batchLines(1).maxQueue(1, 64 * 1024)
        .overflow(Overflow.block(Duration.ofSeconds(1))).closeTimeout(Duration.ofMillis(50)).build()) {
      logs.send(LINE);
      assertEquals(1, server.awaitReceived(1, Duration.ofSeconds(5)), "the first line is in flight and held");
      Thread.currentThread().interrupt();
      boolean queued;
      try {
        queued = logs.send(LINE);
      } finally {
        Thread.interrupted();
      }
      assertFalse(queued);
      assertAccounted(logs.stats());
    }
  }

  @Test
  void aNullEvent_isRefusedBeforeItIsCounted() {
    server.otherwise(Reply.of(202, null, ""));
    try (BetterStackLogs logs = logs().build()) {
      try {
        logs.send((LogEvent) null);
      } catch (RuntimeException expected) {
        // refusing is fine; counting it accepted and nothing else is not
      }
      assertAccounted(logs.stats());
    }
  }

  // ---- log sender: memory bound ----

  @Test
  void linesAreMeasuredByTheirExactEncodedSize_soTheByteBoundsHold() {
    server.otherwise(Reply.hang());
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) items.add("item-" + i);       // ~50 KB encoded, estimated as 16 bytes
    String controls = "\u0001".repeat(10_000);                      // 60 KB encoded (\\u0001), estimated 10 KB
    String euros = "\u20ac".repeat(10_000);                         // 30 KB of UTF-8, estimated 10 KB
    try (BetterStackLogs logs = logs().batchBytes(16 * 1024).maxQueue(1000, 64 * 1024)
        .closeTimeout(Duration.ofMillis(50)).build()) {
      assertFalse(logs.send(LogEvent.builder(T, "info", "list").field("items", items).build()),
          "a 50 KB line is larger than a 16 KiB batch");
      assertFalse(logs.send(LogEvent.of(T, "info", controls)), "a 60 KB line is larger than a 16 KiB batch");
      assertFalse(logs.send(LogEvent.of(T, "info", euros)), "a 30 KB line is larger than a 16 KiB batch");
      LogStats s = logs.stats();
      assertEquals(3, s.droppedTooLarge(), s.toString());
      assertAccounted(s);
    }
  }

  // ---- log sender: hostile ingest ----

  @Test
  void aGarbageOrResettingIngest_isRetriedThenDroppedAndCounted() {
    server.then(Reply.garbage("NOT HTTP\r\n\r\n"), Reply.reset(), Reply.garbage("\0\0\0"), Reply.reset())
        .otherwise(Reply.of(202, null, ""));
    try (BetterStackLogs logs = logs().batchLines(5).build()) {
      for (int i = 0; i < 20; i++) logs.send(LINE);
      assertTrue(logs.flush(Duration.ofSeconds(10)));
      LogStats s = logs.stats();
      assertEquals(0, s.pending());
      assertEquals(20, s.sent() + s.droppedRetriesExhausted() + s.droppedRejected(), s.toString());
      assertAccounted(s);
    }
  }

  @Test
  void closeWhileTheIngestHangs_returnsAndCountsEveryLine() {
    server.otherwise(Reply.hang());
    BetterStackLogs logs = logs().batchLines(10).build();
    for (int i = 0; i < 35; i++) logs.send(LINE);
    long start = System.nanoTime();
    logs.close(Duration.ofMillis(200));
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(6).toNanos());
    LogStats s = logs.stats();
    assertEquals(0, s.pending(), s.toString());
    assertEquals(35, s.sent() + s.droppedClosed(), s.toString());
    assertAccounted(s);
  }

  // ---- appender ----

  @Test
  void theAppenderSkipsTheSendersOwnTransportAndOkHttpLogs_soOneLineIsOneRequest() throws Exception {
    server.otherwise(Reply.of(202, null, ""));
    LoggerContext ctx = new LoggerContext();
    ctx.setMDCAdapter(new LogbackMDCAdapter());
    BetterStackAppender appender = new BetterStackAppender();
    appender.setContext(ctx);
    appender.setName("BS");
    appender.setSourceToken(SOURCE);
    appender.setIngestUrl(server.url());
    appender.setFlushIntervalMillis(20);
    appender.start();
    ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.DEBUG);
    root.addAppender(appender);
    // an application routes the SDK's SLF4J logging into Logback; here JUL stands in for that binding
    List<String> origins = new java.util.concurrent.CopyOnWriteArrayList<>();
    Handler bridge = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (origins.size() < 12) origins.add(Thread.currentThread().getName() + " " + r.getLoggerName());
        ctx.getLogger(r.getLoggerName() == null ? "jul" : r.getLoggerName()).debug(r.getMessage(), r.getParameters());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    try (LogCapture everything = LogCapture.everything()) {
      java.util.logging.Logger.getLogger("").addHandler(bridge);
      ctx.getLogger("com.example.App").info("one line from the application");
      // a feedback loop needs time to show (it sent 64 requests in 1.5 s before the fix): let it, then count
      com.wekruit.valet.testing.Stall.of(java.time.Duration.ofMillis(1_500));
      java.util.logging.Logger.getLogger("").removeHandler(bridge);
      ctx.stop();
      assertEquals(1, server.received().size(),
          "one application line, one request; the sender's own logs came back as: " + appender.stats() + " from "
              + origins);
    } finally {
      java.util.logging.Logger.getLogger("").removeHandler(bridge);
      ctx.stop();
    }
  }

  // ---- pagination ----

  @Test
  void aNextLinkThatDiffersOnlyInItsFragment_isCaughtAsARepeatedPage() {
    String page2 = server.url() + "/api/v2/monitors?page=2&per_page=250";
    server.then(Reply.json(200, BetterStackPayloads.page(List.of(monitor("1")), null, null, null, page2 + "#0")));
    for (int i = 1; i <= 60; i++) {
      server.then(Reply.json(200, BetterStackPayloads.page(List.of(monitor("2")), null, null, null, page2 + "#" + i)));
    }
    List<Monitor> seen = new ArrayList<>();
    ValetClientException e = assertThrows(ValetClientException.class,
        () -> client().monitors().list().maxPages(50).forEach(seen::add));
    assertEquals(ValetClientException.Kind.PROTOCOL, e.kind());
    assertTrue(server.received().size() <= 3, "the same page was fetched " + server.received().size() + " times");
  }

  @Test
  void aNextLinkToAnotherOrigin_isRefusedWithoutSendingTheToken() {
    String evil = "http://127.0.0.2:" + server.url().substring(server.url().lastIndexOf(':') + 1);
    server.then(Reply.json(200, BetterStackPayloads.page(List.of(monitor("1")), null, null, null,
        evil + "/api/v2/monitors?page=2")));
    ValetClientException e = assertThrows(ValetClientException.class,
        () -> client().monitors().list().forEach(m -> { }));
    assertEquals(ValetClientException.Kind.REFUSED, e.kind());
    assertEquals(1, server.received().size());
  }

  // ---- heartbeat secrets ----

  @Test
  void aPingUrlEchoedInAnErrorBody_isHiddenFromMessageDetailsExcerptAndLogs() {
    String pingUrl = "https://uptime.betterstack.com/api/v1/heartbeat/" + PING_TOKEN;
    server.then(Reply.json(422, "{\"errors\":{\"url\":[\"" + pingUrl + " is read-only\"]}}"),
        Reply.html(500, "<html><body>Internal error rendering " + pingUrl + "</body></html>"));
    BetterStackClient c = client();
    try (LogCapture logs = LogCapture.everything()) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> c.heartbeats().update("7", HeartbeatRequest.builder().name("nightly backup").build()));
      ValetApiException e2 = assertThrows(ValetApiException.class, () -> c.heartbeats().get("7"));
      for (String text : List.of(everything(e), everything(e2), logs.all())) {
        assertFalse(text.contains(PING_TOKEN), "the ping token leaked: " + text);
      }
    }
  }

  @Test
  void aPingUrlOverPlainHttpToARemoteHost_isRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> HeartbeatPinger.builder("http://uptime.example.com/api/v1/heartbeat/" + PING_TOKEN).build());
  }

  @Test
  void aPingFailureEchoingTheUrl_isRedactedInMessageAndLogs() {
    String pingUrl = server.url() + "/api/v1/heartbeat/" + PING_TOKEN;
    server.otherwise(Reply.json(404, "{\"errors\":\"no heartbeat at " + pingUrl + "/3\"}"));
    HeartbeatPinger pinger = HeartbeatPinger.builder(pingUrl).sleeper(time).ticker(time).build();
    try (LogCapture logs = LogCapture.everything()) {
      ValetException e = assertThrows(ValetException.class, () -> pinger.exitCode(3));
      assertFalse(everything(e).contains(PING_TOKEN), everything(e));
      assertFalse(logs.all().contains(PING_TOKEN), logs.all());
      assertFalse(pinger.toString().contains(PING_TOKEN));
    }
    Heartbeat hb = new Heartbeat("7", "heartbeat", new Heartbeat.Attributes("backup", pingUrl, 60, 10, null, null,
        null, null, null, null, null, null, null, null, null, null, List.of(), false, null, null, null, null, null,
        null));
    assertFalse(hb.toString().contains(PING_TOKEN));
  }

  // ---- PATCH, acknowledge, 422 ----

  @Test
  void patchSendsOnlyWhatWasSetAndNullForWhatWasCleared() {
    Map<String, Object> hb = BetterStackPayloads.resource("7", "heartbeat",
        BetterStackPayloads.heartbeatAttributes("backup", "https://x/api/v1/heartbeat/" + PING_TOKEN, 60, 10), null);
    server.otherwise(Reply.json(200, BetterStackPayloads.single(hb)));
    client().heartbeats().update("7", HeartbeatRequest.builder().clearServerTimezone().clearPolicyId().grace(5)
        .build());
    String body = server.received().get(0).body();
    assertEquals("PATCH", server.received().get(0).method());
    assertTrue(body.contains("\"server_timezone\":null") && body.contains("\"policy_id\":null")
        && body.contains("\"grace\":5"), body);
    assertFalse(body.contains("name") || body.contains("period") || body.contains("paused"), body);
  }

  @Test
  void aRepeatedAcknowledge_returnsTheIncident() {
    Map<String, Object> inc = BetterStackPayloads.resource("9", "incident",
        BetterStackPayloads.incidentAttributes("api down", "Status 500", "2026-11-26T02:00:00Z"), null);
    server.then(Reply.json(502, "{}"), Reply.json(409, BetterStackPayloads.error("Incident was already acknowledged")),
        Reply.json(200, BetterStackPayloads.single(inc)));
    Incident i = client().incidents().acknowledge("9", "ada@example.com");
    assertEquals("9", i.id());
    assertEquals(3, server.received().size());
  }

  @Test
  void validation422BodiesBecomeTypedFieldDetails() {
    server.then(Reply.json(422, "{\"errors\":{\"name\":[\"Can't be blank.\"],\"period\":\"must be >= 30\"},"
        + "\"required_attributes\":[\"grace\"],\"invalid_attributes\":[\"colour\"]}"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> client().heartbeats().create(HeartbeatRequest.builder().name("x").period(30).grace(0).build()));
    var d = e.error().details();
    assertTrue(d.stream().anyMatch(x -> "name".equals(x.field()) && x.message().contains("blank")), d.toString());
    assertTrue(d.stream().anyMatch(x -> "period".equals(x.field())), d.toString());
    assertTrue(d.stream().anyMatch(x -> "grace".equals(x.field())), d.toString());
    assertTrue(d.stream().anyMatch(x -> "colour".equals(x.field())), d.toString());
    assertEquals(1, server.received().size(), "a create is sent once");
  }
}
