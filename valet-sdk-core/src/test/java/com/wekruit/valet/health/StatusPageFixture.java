package com.wekruit.valet.health;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.testing.FakeTime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A monitor with a switchable critical check {@code api}, a non-critical one whose name and message carry markup and
 * a host name, its history, and the JSON endpoint and status page served on loopback. Test code; not thread-safe.
 */
final class StatusPageFixture implements AutoCloseable {
  static final String HOSTILE_NAME = "queue <script>alert(1)</script>";
  static final String HOST_IN_MESSAGE = "db-7.internal.example:5432";
  final FakeTime time = new FakeTime();
  final AtomicReference<CheckResult> api = new AtomicReference<>(CheckResult.up(Map.of("status", 200)));
  final HealthMonitor monitor;
  final HealthHistory history = HealthHistory.create(5, time);
  final HttpServer server;
  final HttpContext page;
  final String base;

  StatusPageFixture(Duration refresh) throws IOException {
    monitor = HealthMonitor.builder().clock(time).ticker(new FakeTicker())
        .add("api", d -> api.get())
        .add(HOSTILE_NAME, d -> CheckResult.degraded(Reason.SLOW, "<b>slow</b> at " + HOST_IN_MESSAGE, Map.of()),
            o -> o.critical(false))
        .onStatusChange(history).build();
    server = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", 0), "/api/v1/health",
        new HealthHttpHandler(monitor));
    page = server.createContext("/status", HealthStatusPage.builder(monitor).history(history).title("Demo & runbook")
        .refresh(refresh).clock(time).showDetails(e -> "details=true".equals(e.getRequestURI().getQuery())).build());
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Runs every check once with {@code api} answering {@code result}. */
  void run(CheckResult result) throws InterruptedException {
    api.set(result);
    monitor.runNow();
  }

  @Override
  public void close() {
    server.stop(0);
    monitor.close();
  }
}
