package com.wekruit.valet.betterstack.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.betterstack.BetterStackClient;
import com.wekruit.valet.betterstack.logs.BetterStackLogs;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small, stateful stand-in for Better Stack on the JDK's HTTP server (127.0.0.1): the Uptime API (monitors,
 * heartbeats with working ping URLs, incidents with acknowledge/resolve, a status page, who is on call) with
 * spec-shaped JSON:API payloads and absolute pagination links, and a log ingest endpoint ({@link #logsUrl()}) that
 * fails on demand. For demos and tests of code built on the SDK; exchanges are checked against the field list in this
 * repo's tests.
 *
 * <p>Start with {@link #start()}, take clients with {@link #client()} and {@link #logsBuilder()} (or point your own
 * at {@link #baseUrl()} and {@link #logsUrl()}), {@link #close()} when done. Thread-safe.
 */
public final class FakeBetterStack implements AutoCloseable {
  /** The log source token the ingest endpoint accepts. */
  public static final String SOURCE_TOKEN = "fake-source-token-5Gq2";
  private final HttpServer http;
  private final ExecutorService pool;
  private final FakeUptimeState state;
  private final FakeUptimeRoutes routes;
  private final FakeLogIngest ingest;

  private FakeBetterStack(HttpServer http, ExecutorService pool, Clock clock) {
    this.http = http;
    this.pool = pool;
    this.state = new FakeUptimeState(clock);
    this.routes = new FakeUptimeRoutes(state);
    this.ingest = new FakeLogIngest(SOURCE_TOKEN, 10 * 1024 * 1024);
    Map<String, Object> page = BetterStackPayloads.statusPageAttributes("Example Inc.", "example", "operational");
    state.statusPages.put(state.nextId(), page);
  }

  /** Starts on a free port of 127.0.0.1. */
  public static FakeBetterStack start() throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "fake-betterstack");
      t.setDaemon(true);
      return t;
    });
    FakeBetterStack fake = new FakeBetterStack(http, pool, Clock.systemUTC());
    http.createContext("/api/", fake::api);
    http.createContext("/", fake::logs);
    http.setExecutor(pool);
    http.start();
    return fake;
  }

  /** The Uptime API base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  /** The log ingest URL (accepts {@link #SOURCE_TOKEN}). */
  public String logsUrl() {
    return baseUrl() + "/";
  }

  /** An Uptime API client builder pointed at this fake, with a token it accepts; set more, then {@code build()}. */
  public BetterStackClient.Builder clientBuilder() {
    return BetterStackClient.builder().token("fake-betterstack-token").baseUrl(baseUrl());
  }

  /** An Uptime API client of this fake: {@code clientBuilder().build()}. */
  public BetterStackClient client() {
    return clientBuilder().build();
  }

  /** A log sender builder pointed at this fake's ingest, with {@link #SOURCE_TOKEN}; set more, then {@code build()}. */
  public BetterStackLogs.Builder logsBuilder() {
    return BetterStackLogs.builder(SOURCE_TOKEN).ingestUrl(logsUrl());
  }

  /** The next {@code times} ingest requests fail with {@code status}. */
  public void failIngest(int times, int status) {
    ingest.failNext(times, status);
  }

  /** Every ingest request fails with {@code status} until {@link #failIngest(int, int) failIngest(0, …)}. */
  public void failIngestAlways(int status) {
    ingest.failAlways(status);
  }

  /** Answers 413 to ingest bodies larger than {@code bytes} as sent (default 10 MiB). */
  public void ingestLimit(int bytes) {
    ingest.limit(bytes);
  }

  /** Waits until at least {@code lines} log lines arrived; {@code false} when {@code timeout} ran out first. */
  public boolean awaitIngested(int lines, java.time.Duration timeout) throws InterruptedException {
    return ingest.awaitLines(lines, timeout.toMillis());
  }

  /** The log lines accepted so far, decoded. */
  public List<Map<String, Object>> ingestedLines() {
    return ingest.lines();
  }

  /** Ingest requests received (accepted or not) and their bytes as sent. */
  public long ingestRequests() {
    return ingest.requests();
  }

  public long ingestWireBytes() {
    return ingest.wireBytes();
  }

  /** The status of a heartbeat: {@code pending} until pinged, then {@code up} or {@code down}. */
  public String heartbeatStatus(String id) {
    synchronized (routes) {
      Map<String, Object> a = state.heartbeats.get(id);
      return a == null ? null : String.valueOf(a.get("status"));
    }
  }

  private void api(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      byte[] raw = ex.getRequestBody().readAllBytes();
      boolean ping = path.startsWith("/api/v1/heartbeat/");
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      if (!ping && (auth == null || !auth.startsWith("Bearer ") || auth.length() < 12)) {
        send(ex, 401, BetterStackPayloads.error("Invalid Team API token."));
        return;
      }
      Map<String, Object> body = Map.of();
      if (!ping && raw.length > 0) {
        try {
          body = BetterStackPayloads.BODY.fromJson(new String(raw, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
          send(ex, 400, BetterStackPayloads.error("invalid JSON"));
          return;
        }
      }
      String host = ex.getRequestHeaders().getFirst("Host");
      String origin = host == null ? baseUrl() : "http://" + host;
      FakeUptimeState.Reply r = routes.route(origin, ex.getRequestMethod(), path, query(ex.getRequestURI().getRawQuery()),
          body == null ? Map.of() : body);
      send(ex, r.status(), r.json());
    }
  }

  private void logs(HttpExchange ex) throws IOException {
    try (ex) {
      if (!ex.getRequestMethod().equals("POST") || !ex.getRequestURI().getPath().equals("/")) {
        send(ex, 404, "not found");
        return;
      }
      byte[] raw = ex.getRequestBody().readAllBytes();
      FakeUptimeState.Reply r = ingest.ingest(ex.getRequestHeaders().getFirst("Authorization"),
          ex.getRequestHeaders().getFirst("Content-Encoding"), raw);
      send(ex, r.status(), r.json());
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw == null) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  private static void send(HttpExchange ex, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    boolean json = text.startsWith("{");
    ex.getResponseHeaders().set("Content-Type", json ? "application/json; charset=utf-8" : "text/plain");
    boolean empty = status == 204 || bytes.length == 0;
    ex.sendResponseHeaders(status, empty ? -1 : bytes.length);
    if (!empty) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
  }
}
