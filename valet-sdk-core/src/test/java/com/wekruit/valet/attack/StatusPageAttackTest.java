package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.FakeTicker;
import com.wekruit.valet.health.HealthHistory;
import com.wekruit.valet.health.HealthHttpHandler;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthStatusPage;
import com.wekruit.valet.health.Reason;
import com.wekruit.valet.testing.FakeTime;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The status page and the JSON endpoint as a hostile check, a careless deployment and a hostile client meet them. */
class StatusPageAttackTest {
  private static final String SECRET = "s3cr3t-token-XYZ";
  private static final String NAME = "q\"><img src=x onerror=alert(1)>'<!--";
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final FakeTime time = new FakeTime();
  private final AtomicReference<CheckResult> hostile = new AtomicReference<>(CheckResult.up());
  private HealthMonitor monitor;
  private HttpServer server;
  private String base;

  private void start(HealthHistory history) throws Exception {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("k\"<script>", "</div><script>alert(2)</script>");
    details.put("n", null);
    monitor = HealthMonitor.builder().clock(time).ticker(new FakeTicker())
        .add("api", d -> hostile.get())
        .add(NAME, d -> CheckResult.degraded(Reason.SLOW, "<style>*{display:none}</style>&", details),
            o -> o.critical(false))
        .add("boom", d -> {
          throw new IllegalStateException("jdbc:postgresql://db/app?password=" + SECRET);
        }, o -> o.critical(false))
        .onStatusChange(history).build();
    server = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", 0), "/api/v1/health",
        new HealthHttpHandler(monitor, null, e -> true));
    server.createContext("/status", HealthStatusPage.builder(monitor).history(history)
        .title("</title><script>alert(3)</script>").clock(time).showDetails(e -> true).build());
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    if (server != null) server.stop(0);
    if (monitor != null) monitor.close();
  }

  private HttpResponse<String> send(String path, String method) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void markupInTitleNamesMessagesAndDetailKeysAndValues_isEscapedEverywhere() throws Exception {
    start(HealthHistory.create(5, time));
    monitor.runNow();
    String page = send("/status", "GET").body();
    assertFalse(page.contains("<script"), page);
    assertFalse(page.contains("<img"), page);
    assertFalse(page.contains("<style>*"), page);
    assertTrue(page.contains("data-check=\"q&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&lt;!--\""), page);
    assertFalse(page.contains("'<!--"), page);
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;&#39;&lt;!--"), page);
    assertEquals(2, page.split("<title>", -1).length, page);
  }

  @Test
  void anExceptionsMessageWithASecret_isNeitherOnThePageNorInTheJson_evenWithDetails() throws Exception {
    start(HealthHistory.create(5, time));
    monitor.runNow();
    String page = send("/status", "GET").body();
    String json = send("/api/v1/health", "GET").body();
    assertFalse(page.contains(SECRET), page);
    assertFalse(json.contains(SECRET), json);
    assertTrue(page.contains("IllegalStateException"), page);
  }

  @Test
  void headHasNoBody_otherMethods405_longerPaths404_queryIgnored() throws Exception {
    start(HealthHistory.create(5, time));
    monitor.runNow();
    HttpResponse<String> head = send("/status", "HEAD");
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        head.headers().firstValue("Content-Security-Policy").orElse(""));
    for (String m : new String[] {"POST", "PUT", "DELETE", "OPTIONS", "get"}) {
      HttpResponse<String> r = send("/status", m);
      assertEquals(405, r.statusCode(), m);
      assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), m);
    }
    for (String p : new String[] {"/status/", "/status/x", "/status%2Fx", "/statusx", "/status/..", "/api/v1/health/x"}) {
      assertEquals(404, send(p, "GET").statusCode(), p);
    }
    assertEquals(200, send("/status?x=%3Cscript%3E", "GET").statusCode());
    assertFalse(send("/status?x=%3Cscript%3E", "GET").body().contains("<script"));
  }

  @Test
  void aHugeRequestBodyIsNotRead_andTheAnswerStillComes() throws Exception {
    start(HealthHistory.create(5, time));
    monitor.runNow();
    try (Socket s = new Socket("127.0.0.1", server.getAddress().getPort())) {
      s.setSoTimeout(3000);
      OutputStream out = s.getOutputStream();
      out.write(("GET /status HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[64 * 1024]);
      out.flush();
      InputStream in = s.getInputStream();
      String head = new String(in.readNBytes(15), StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 200 OK", head);
    }
  }

  @Test
  void thePageAndTheJsonAgreeOnEveryChecksStatus() throws Exception {
    start(HealthHistory.create(5, time));
    hostile.set(CheckResult.down(Reason.BAD_STATUS, "503"));
    monitor.runNow();
    String page = send("/status", "GET").body();
    HttpResponse<String> json = send("/api/v1/health", "GET");
    assertEquals(503, json.statusCode());
    assertTrue(json.body().startsWith("{\"status\":\"DOWN\""), json.body());
    assertTrue(page.contains("data-status=\"DOWN\"><h1>"), page);
    assertTrue(page.contains("data-check=\"api\" data-status=\"DOWN\""), page);
    assertTrue(json.body().contains("\"api\":{\"status\":\"DOWN\""), json.body());
    assertTrue(page.contains("data-check=\"boom\" data-status=\"DOWN\""), page);
    assertTrue(json.body().contains("\"boom\":{\"status\":\"DOWN\""), json.body());
  }

  @Test
  void flappingForThousandsOfRuns_keepsOnlyPerCheckTransitions_andThePageStaysSmall() throws Exception {
    HealthHistory history = HealthHistory.create(3, time);
    start(history);
    for (int i = 0; i < 2_000; i++) {
      hostile.set(i % 2 == 0 ? CheckResult.up() : CheckResult.down(Reason.BAD_STATUS, "503"));
      monitor.runNow();
      time.advance(Duration.ofSeconds(1));
    }
    assertEquals(3, history.of("api").size());
    assertTrue(send("/status", "GET").body().length() < 10_000);
  }

  @Test
  void aHistoryWithAHugePerCheck_recordsFromTheFirstResult_allocatingAsItGrows() throws Exception {
    HealthHistory history = HealthHistory.create(Integer.MAX_VALUE, time);
    start(history);
    monitor.runNow();
    assertEquals(1, history.of("api").size(), "the first result of api is a transition");
    assertTrue(send("/status", "GET").body().contains("first result → UP"));
  }
}
