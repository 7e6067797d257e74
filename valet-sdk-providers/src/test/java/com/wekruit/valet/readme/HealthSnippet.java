package com.wekruit.valet.readme;

import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.health.HealthHttpHandler;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthReport;
import com.wekruit.valet.health.RunbookHealth;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/** README "Health checks": the runbook's checks, the first report, a readiness endpoint. */
final class HealthSnippet {
  record Result(HealthMonitor health, HealthReport report, HttpServer server) {}

  private HealthSnippet() {}

  static Result run(String appUrl, String jdbcUrl, String dbPassword, int redisPort)
      throws IOException, InterruptedException {
    // readme:begin
    HealthMonitor health = RunbookHealth.builder()
        .api(appUrl).web(appUrl)                                      // GET /api/v1/health, GET /  -> 200
        .postgres(jdbcUrl, "postgres", dbPassword)                    // needs org.postgresql:postgresql
        .redis("127.0.0.1", redisPort, null)                          // RESP PING + INFO
        .build().start();                                             // every 60 s, 10 s deadline each
    HealthReport report = health.awaitFirstReport(Duration.ofSeconds(12));   // the first runs start at once
    HttpServer server = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", 0), "/readyz",
        new HealthHttpHandler(health, "readiness", exchange -> false));      // 200 or 503, no details
    // readme:end
    return new Result(health, report, server);
  }
}
