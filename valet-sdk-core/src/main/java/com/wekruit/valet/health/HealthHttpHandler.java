package com.wekruit.valet.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Serves a monitor's report for {@code GET /api/v1/health} on the JDK's {@link HttpServer}: 200 when UP or DEGRADED,
 * 503 otherwise; statuses only unless {@code showDetails} accepts the exchange (e.g. an internal network or a token).
 * Needs no web framework.
 */
public final class HealthHttpHandler implements HttpHandler {
  private final HealthMonitor monitor;
  private final String group;
  private final Predicate<HttpExchange> showDetails;

  /**
   * @param group a group name, or {@code null} for every check
   * @param showDetails decides per request whether reasons, latencies and details are shown
   */
  public HealthHttpHandler(HealthMonitor monitor, String group, Predicate<HttpExchange> showDetails) {
    this.monitor = Objects.requireNonNull(monitor, "monitor");
    this.group = group;
    this.showDetails = Objects.requireNonNull(showDetails, "showDetails");
  }

  /** Statuses only, over every check. */
  public HealthHttpHandler(HealthMonitor monitor) {
    this(monitor, null, e -> false);
  }

  /**
   * Starts an {@link HttpServer} with this handler at {@code path}. Sets {@code sun.net.httpserver.nodelay=true}
   * unless the host set it: the JDK's default (Nagle on) adds about 40 ms to every keep-alive response.
   */
  public static HttpServer serve(InetSocketAddress address, String path, HealthHttpHandler handler) throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(address, 0);
    server.createContext(path, handler);
    server.start();
    return server;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
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
