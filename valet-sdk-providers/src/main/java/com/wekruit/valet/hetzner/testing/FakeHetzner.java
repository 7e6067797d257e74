package com.wekruit.valet.hetzner.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, stateful stand-in for the Hetzner Cloud API on the JDK's HTTP server, answering with spec-shaped payloads:
 * create, get, list (paged, by name or {@code key=value} label), delete and power/resize actions on servers, and
 * actions that finish after a set number of polls. For demos, examples and tests of code built on the SDK; it is no
 * substitute for contract tests against the spec.
 *
 * <p>Start with {@link #start(int, int)}, point a client at {@link #baseUrl()}, {@link #close()} when done.
 */
public final class FakeHetzner implements AutoCloseable {
  private static final Pattern SERVER = Pattern.compile("/v1/servers/(\\d+)");
  private static final Pattern SERVER_ACTION = Pattern.compile("/v1/servers/(\\d+)/actions/([a-z_]+)");
  private static final Pattern ACTION = Pattern.compile("/v1/actions/(\\d+)");
  private final HttpServer http;
  private final FakeHetznerState state;

  private FakeHetzner(HttpServer http, FakeHetznerState state) {
    this.http = http;
    this.state = state;
  }

  /**
   * Starts on 127.0.0.1.
   *
   * @param port 0 for any free port
   * @param pollsToFinish how many reads of an action it takes until the action succeeds
   */
  public static FakeHetzner start(int port, int pollsToFinish) throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    FakeHetzner fake = new FakeHetzner(http, new FakeHetznerState(pollsToFinish));
    http.createContext("/v1/", fake::handle);
    http.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "fake-hetzner");
      t.setDaemon(true);
      return t;
    }));
    http.start();
    return fake;
  }

  /** The API base URL, e.g. {@code http://127.0.0.1:40123/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/v1";
  }

  /** Adds a running server directly, without an action. */
  public long addServer(String name, String type, Map<String, String> labels) {
    return state.addServer(name, type, labels);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!"Bearer".equals(authScheme(ex))) {
        send(ex, 401, HetznerPayloads.error("unauthorized", "unable to authenticate"));
        return;
      }
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      FakeHetznerState.Reply r = route(ex.getRequestMethod(), ex.getRequestURI(), body);
      send(ex, r.status(), r.json());
    }
  }

  private FakeHetznerState.Reply route(String method, URI uri, String body) {
    String path = uri.getPath();
    Map<String, List<String>> q = query(uri.getRawQuery());
    Matcher m;
    if (path.equals("/v1/servers") && method.equals("POST")) return state.create(body);
    if (path.equals("/v1/servers") && method.equals("GET")) return state.list(q);
    if (path.equals("/v1/actions") && method.equals("GET")) return state.actions(q.getOrDefault("id", List.of()));
    if ((m = ACTION.matcher(path)).matches() && method.equals("GET")) return state.action(Long.parseLong(m.group(1)));
    if ((m = SERVER_ACTION.matcher(path)).matches() && method.equals("POST")) {
      return state.serverAction(Long.parseLong(m.group(1)), m.group(2), body);
    }
    if ((m = SERVER.matcher(path)).matches()) {
      long id = Long.parseLong(m.group(1));
      if (method.equals("GET")) return state.get(id);
      if (method.equals("DELETE")) return state.delete(id);
    }
    return new FakeHetznerState.Reply(404, HetznerPayloads.error("not_found", "no route " + method + " " + path));
  }

  private static String authScheme(HttpExchange ex) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    return auth == null ? null : auth.split(" ", 2)[0];
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> q = new java.util.HashMap<>();
    if (raw == null) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return q;
  }

  private static void send(HttpExchange ex, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.getResponseHeaders().set("X-Correlation-Id", "fake-" + System.nanoTime());
    ex.getResponseHeaders().set("RateLimit-Limit", "3600");
    ex.getResponseHeaders().set("RateLimit-Remaining", "3599");
    ex.getResponseHeaders().set("RateLimit-Reset", String.valueOf(System.currentTimeMillis() / 1000 + 1));
    ex.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
