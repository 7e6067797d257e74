package com.wekruit.valet.hetzner.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.hetzner.HetznerClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small, stateful stand-in for the Hetzner Cloud API on the JDK's HTTP server, answering with payloads shaped like
 * the OpenAPI document. For demos, examples and tests of code built on the SDK; no substitute for contract tests.
 *
 * <p>It serves every operation of {@code HetznerClient} (see {@link #operations()}):
 * <ul>
 *   <li>{@code /servers}: list (paged; {@code name}, {@code label_selector}, {@code status}, {@code sort}), get,
 *       create, update (name, labels), delete (a second delete is 404; the server's backups go too), metrics
 *       (made-up cpu/disk/network series), the server's actions (paged, {@code status} filter);
 *   <li>{@code /servers/{id}/actions/}{@code poweron}, {@code poweroff}, {@code shutdown}, {@code reboot},
 *       {@code change_type} (server must be off), {@code create_image} (the image is {@code creating}, then
 *       {@code available}), {@code enable_backup} / {@code disable_backup} (sets / clears {@code backup_window});
 *   <li>{@code /actions?id=...} and {@code /actions/{id}}: each action succeeds after {@code pollsToFinish} reads
 *       there, and only then does its effect show;
 *   <li>{@code /images}: list (paged; {@code type}, {@code status}, {@code bound_to}, {@code name},
 *       {@code label_selector}, {@code architecture}, {@code sort}), get, update, delete; three system images;
 *   <li>{@code /server_types} (list, by name, by id), {@code /locations} (fsn1, nbg1, hel1), {@code /pricing}.
 * </ul>
 * Anything else is {@code 404 not_found} with a message starting {@code "no route"}. Locks ({@code 423}) are not
 * simulated.
 *
 * <p>Start with {@link #start()}, take a client of it with {@link #client()} (or point your own at
 * {@link #baseUrl()}), {@link #close()} when done.
 */
public final class FakeHetzner implements AutoCloseable {
  private final HttpServer http;
  private final ExecutorService executor;
  private final FakeHetznerState state;
  private final FakeHetznerRoutes routes;

  private FakeHetzner(HttpServer http, ExecutorService executor, FakeHetznerState state) {
    this.http = http;
    this.executor = executor;
    this.state = state;
    this.routes = new FakeHetznerRoutes(state);
  }

  /**
   * Starts on 127.0.0.1.
   *
   * @param port 0 for any free port
   * @param pollsToFinish how many reads of an action it takes until the action succeeds (0: at once)
   */
  public static FakeHetzner start(int port, int pollsToFinish) throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "fake-hetzner");
      t.setDaemon(true);
      return t;
    });
    FakeHetzner fake = new FakeHetzner(http, executor, new FakeHetznerState(pollsToFinish));
    http.createContext("/v1/", fake::handle);
    http.setExecutor(executor);
    http.start();
    return fake;
  }

  /** The API base URL, e.g. {@code http://127.0.0.1:40123/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/v1";
  }

  /** Starts on a free port of 127.0.0.1; each action succeeds on its first read. */
  public static FakeHetzner start() throws IOException {
    return start(0, 1);
  }

  /**
   * A client builder pointed at this fake, with a token it accepts and action polls every 10 ms; set more, then
   * {@code build()}.
   */
  public HetznerClient.Builder clientBuilder() {
    return HetznerClient.builder().token("fake-hcloud-token").baseUrl(baseUrl())
        .pollInterval(Duration.ofMillis(10), Duration.ofMillis(50));
  }

  /** A client of this fake: {@code clientBuilder().build()}. */
  public HetznerClient client() {
    return clientBuilder().build();
  }

  /**
   * Adds a running server in fsn1 directly, without an action. Any type name is accepted; one outside the fake's
   * catalog (cpx22, cpx32, cpx42, cx22, cax11) shows with id 99.
   */
  public long addServer(String name, String type, Map<String, String> labels) {
    synchronized (state) {
      return state.server(new FakeServer(state.nextId(), name, "running", type, "fsn1", labels)).id();
    }
  }

  /** Every operation served, as {@code METHOD /path} relative to {@link #baseUrl()}, e.g. {@code GET /servers/{id}}. */
  public List<String> operations() {
    return routes.operations();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!"Bearer".equals(authScheme(ex))) {
        send(ex, 401, HetznerPayloads.error("unauthorized", "unable to authenticate"));
        return;
      }
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      FakeHetznerState.Reply r = routes.route(ex.getRequestMethod(), ex.getRequestURI().getPath(),
          ex.getRequestURI().getRawQuery(), body);
      send(ex, r.status(), r.json());
    }
  }

  private static String authScheme(HttpExchange ex) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    return auth == null ? null : auth.split(" ", 2)[0];
  }

  private static void send(HttpExchange ex, int status, String json) throws IOException {
    ex.getResponseHeaders().set("X-Correlation-Id", "fake-" + System.nanoTime());
    ex.getResponseHeaders().set("RateLimit-Limit", "3600");
    ex.getResponseHeaders().set("RateLimit-Remaining", "3599");
    ex.getResponseHeaders().set("RateLimit-Reset", String.valueOf(System.currentTimeMillis() / 1000 + 1));
    if (json == null) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
  }
}
