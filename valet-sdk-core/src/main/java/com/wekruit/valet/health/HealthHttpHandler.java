package com.wekruit.valet.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Serves a monitor's report on the JDK's {@link HttpServer}: {@code GET} or {@code HEAD} on exactly the context's path
 * (anything longer is 404), 200 when UP or DEGRADED, 503 otherwise; statuses only unless {@code showDetails} accepts the
 * exchange (e.g. an internal network or a token). Reads a cached report, so it never waits on a check. Thread-safe.
 *
 * <pre>{@code
 * HttpServer server = HealthHttpHandler.serve(new InetSocketAddress(8081), "/readyz",
 *     new HealthHttpHandler(health, "readiness", e -> false));
 * server.createContext("/livez", new HealthHttpHandler(health, "liveness", e -> false));
 * }</pre>
 */
public final class HealthHttpHandler implements HttpHandler {
  /** How long {@link #serve} lets one client take to send its request and receive the answer. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(2);
  /** Threads {@link #serve} gives the endpoint. */
  public static final int DEFAULT_THREADS = 4;
  private final HealthMonitor monitor;
  private final String group;
  private final Predicate<HttpExchange> showDetails;

  /**
   * @param group a group the monitor knows (see {@link HealthMonitor#groups()}), or {@code null} for every check
   * @param showDetails decides per request whether reasons, latencies and details are shown
   * @throws IllegalArgumentException for a group the monitor does not know (a misspelt group would otherwise be UP)
   */
  public HealthHttpHandler(HealthMonitor monitor, String group, Predicate<HttpExchange> showDetails) {
    this.monitor = Objects.requireNonNull(monitor, "monitor");
    if (group != null && !monitor.groups().contains(group)) monitor.report(group); // throws, naming the known groups
    this.group = group;
    this.showDetails = Objects.requireNonNull(showDetails, "showDetails");
  }

  /** Statuses only, over every check. */
  public HealthHttpHandler(HealthMonitor monitor) {
    this(monitor, null, e -> false);
  }

  /** {@link #serve(InetSocketAddress, String, HealthHttpHandler, int, Duration)} with 4 threads and a 2 s timeout. */
  public static HttpServer serve(InetSocketAddress address, String path, HealthHttpHandler handler) throws IOException {
    return serve(address, path, handler, DEFAULT_THREADS, DEFAULT_READ_TIMEOUT);
  }

  /**
   * Starts an {@link HttpServer} with this handler at {@code path}, on its own bounded executor: each exchange runs on
   * one of {@code threads} daemon threads and is cut off after {@code readTimeout}, so a client that sends half a
   * request or never reads cannot delay the others. Sets {@code sun.net.httpserver.nodelay=true} unless the host set
   * it: the JDK's default (Nagle on) adds about 40 ms to every keep-alive response.
   */
  public static HttpServer serve(InetSocketAddress address, String path, HealthHttpHandler handler, int threads,
      Duration readTimeout) throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(address, 0);
    server.setExecutor(new EndpointExecutor(threads, readTimeout));
    server.createContext(path, handler);
    server.start();
    return server;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (ExchangeGate.refused(exchange)) return;
      String method = exchange.getRequestMethod();
      HealthReport report = group == null ? monitor.report() : monitor.report(group);
      byte[] body = report.toJson(showDetails.test(exchange)).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      if (method.equals("HEAD")) {
        exchange.sendResponseHeaders(report.httpStatus(), -1);
        return;
      }
      exchange.sendResponseHeaders(report.httpStatus(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
