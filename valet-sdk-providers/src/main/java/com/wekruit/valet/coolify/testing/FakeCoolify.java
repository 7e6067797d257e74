package com.wekruit.valet.coolify.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.coolify.CoolifyClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A small, stateful stand-in for a Coolify instance on the JDK's HTTP server, answering like the real API (not the
 * places where its OpenAPI document is wrong): applications with tags, deploy by uuid or tag, deployments that go
 * {@code queued → in_progress → finished} (or {@code failed}) over a set number of reads, duplicate triggers that
 * return the queued deployment, a deployment queue limit (429 with {@code Retry-After: 60} on {@code /deploy}, 400 on
 * rollback), rollback images and rollbacks, cancel, env vars with Coolify's 409/404/422 answers, the local server and
 * its resources, text {@code /version} and {@code /health}, and 405 for GETs of state-changing endpoints. Any bearer
 * token is accepted; a request without one gets 401.
 *
 * <p>For demos and tests of code built on the SDK; it is no substitute for contract tests against the spec. Start with
 * {@link #start()}, take a client with {@link #client()} (or point your own at {@link #instanceUrl()}),
 * {@link #close()} when done. Thread-safe.
 */
public final class FakeCoolify implements AutoCloseable {
  private final HttpServer http;
  private final FakeCoolifyState state;
  private final FakeCoolifyRoutes routes;
  private final String serverUuid;

  private FakeCoolify(HttpServer http, FakeCoolifyState state) {
    this.http = http;
    this.state = state;
    this.serverUuid = state.id("srv");
    this.routes = new FakeCoolifyRoutes(state, serverUuid);
  }

  /** Starts on 127.0.0.1 with a deployment queue of 10. */
  public static FakeCoolify start(int port, int pollsToFinish) throws IOException {
    return start(port, pollsToFinish, 10);
  }

  /**
   * Starts on 127.0.0.1.
   *
   * @param port 0 for any free port
   * @param pollsToFinish how many reads of a deployment it takes until it ends
   * @param queueLimit how many deployments may be queued or running at once
   */
  public static FakeCoolify start(int port, int pollsToFinish, int queueLimit) throws IOException {
    if (pollsToFinish < 1 || queueLimit < 1) throw new IllegalArgumentException("pollsToFinish and queueLimit >= 1");
    if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    FakeCoolify fake = new FakeCoolify(http, new FakeCoolifyState(pollsToFinish, queueLimit));
    http.createContext("/api/", fake::handle);
    http.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "fake-coolify");
      t.setDaemon(true);
      return t;
    }));
    http.start();
    return fake;
  }

  /** The instance root, e.g. {@code http://127.0.0.1:40123} (for {@code COOLIFY_URL} / {@code instanceUrl}). */
  public String instanceUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  /** The API root, {@link #instanceUrl()} + {@code /api/v1}. */
  public String baseUrl() {
    return instanceUrl() + "/api/v1";
  }

  /** Starts on a free port of 127.0.0.1; a deployment finishes on its second read; a queue of 10. */
  public static FakeCoolify start() throws IOException {
    return start(0, 2);
  }

  /**
   * A client builder pointed at this fake, with a token it accepts and deployment polls every 10 ms; set more, then
   * {@code build()}.
   */
  public CoolifyClient.Builder clientBuilder() {
    return CoolifyClient.builder().token("fake-coolify-token").instanceUrl(instanceUrl())
        .pollInterval(Duration.ofMillis(10), Duration.ofMillis(50));
  }

  /** A client of this fake: {@code clientBuilder().build()}. */
  public CoolifyClient client() {
    return clientBuilder().build();
  }

  /** The uuid of the instance's own server ("localhost"). */
  public String serverUuid() {
    return serverUuid;
  }

  /** Adds a running application at {@code commit} with tags; returns its uuid. */
  public String addApplication(String name, String commit, String... tags) {
    return state.add(name, commit, List.of(tags)).uuid;
  }

  /** The next deployment of the application builds {@code commit} (a push to its branch). */
  public void pushCommit(String applicationUuid, String commit) {
    synchronized (state) {
      app(applicationUuid).nextCommit = commit;
    }
  }

  /** The application's next (non-rollback) deployment ends {@code failed}, as when a health check never passes. */
  public void failNextDeployment(String applicationUuid) {
    synchronized (state) {
      app(applicationUuid).failNext = true;
    }
  }

  /** The commit the application runs now. */
  public String runningCommit(String applicationUuid) {
    synchronized (state) {
      return app(applicationUuid).commit;
    }
  }

  private FakeCoolifyState.App app(String uuid) {
    FakeCoolifyState.App a = state.apps.get(uuid);
    if (a == null) throw new IllegalArgumentException("no application " + uuid);
    return a;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath().replaceFirst("^/api/v1", "").replaceFirst("^/api(?=/health$)", "");
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      FakeCoolifyState.Reply r;
      if (!path.equals("/health") && (auth == null || !auth.startsWith("Bearer ") || auth.length() < 8)) {
        r = FakeCoolifyRoutes.error(401, "Unauthenticated.");
      } else {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        r = routes.route(ex.getRequestMethod(), path, query(ex.getRequestURI().getRawQuery()), body);
      }
      send(ex, r);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw == null) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      q.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  private static void send(HttpExchange ex, FakeCoolifyState.Reply r) throws IOException {
    byte[] bytes = r.json().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    for (int i = 0; i + 1 < r.headers().length; i += 2) ex.getResponseHeaders().set(r.headers()[i], r.headers()[i + 1]);
    ex.getResponseHeaders().set("X-RateLimit-Limit", "200");
    ex.getResponseHeaders().set("X-RateLimit-Remaining", "199");
    ex.sendResponseHeaders(r.status(), bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
