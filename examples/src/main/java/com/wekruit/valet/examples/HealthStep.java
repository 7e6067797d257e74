package com.wekruit.valet.examples;

import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.health.HealthHistory;
import com.wekruit.valet.health.HealthHttpHandler;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthReport;
import com.wekruit.valet.health.HealthStatusPage;
import com.wekruit.valet.health.RunbookHealth;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The runbook's five health checks over the local stack, with their JSON endpoint ({@code /api/v1/health}, details
 * for loopback callers asking {@code ?details=true}) and status page ({@code /status}) on one loopback port.
 */
final class HealthStep implements AutoCloseable {
  final HealthMonitor monitor;
  final HealthHistory history;
  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  HealthStep(LocalStack stack, int port, PrintStream out) throws IOException {
    monitor = RunbookHealth.builder().api(stack.appUrl()).web(stack.appUrl())
        .postgres(stack.jdbcUrl(), "postgres", null).redis("127.0.0.1", stack.redisPort(), null)
        .workflowEngine(stack.engineUrl())
        .onStatusChange(e -> out.println("  event: " + e.current().name() + " "
            + (e.previous() == null ? "first result" : e.previous().status()) + " -> " + e.current().status()
            + " (" + e.current().reason() + ")"))
        .build();
    history = HealthHistory.attach(monitor, 10);
    server = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", port), "/api/v1/health",
        new HealthHttpHandler(monitor, null, ex -> "details=true".equals(ex.getRequestURI().getQuery())));
    server.createContext("/status", HealthStatusPage.builder(monitor).history(history).title("Valet runbook (demo)")
        .refresh(Duration.ofSeconds(5)).showDetails(ex -> true).build());
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** One sweep of every check, printed as a table; returns the aggregate. */
  String sweep(PrintStream out) throws InterruptedException {
    HealthReport report = monitor.runNow();
    report.checks().forEach(c -> out.printf("  %-16s %-8s %-14s %7.2f ms%n", c.name(), c.status(), c.reason(),
        c.latencyNanos() / 1e6));
    return "aggregate " + report.status() + ", HTTP " + report.httpStatus();
  }

  /** GET on this step's server; returns status and body. */
  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.body();
  }

  @Override
  public void close() {
    server.stop(0);
    monitor.close();
  }
}
