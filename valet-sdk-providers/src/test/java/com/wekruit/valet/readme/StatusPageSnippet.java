package com.wekruit.valet.readme;

import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.health.HealthHistory;
import com.wekruit.valet.health.HealthHttpHandler;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthStatusPage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/** README "Status page": the health JSON and the HTML status page on one server. */
final class StatusPageSnippet {
  private StatusPageSnippet() {}

  static HttpServer run(HealthMonitor health) throws IOException {
    // readme:begin
    HttpServer server = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", 0),    // 0: any free port
        "/api/v1/health", new HealthHttpHandler(health));
    server.createContext("/status", HealthStatusPage.builder(health).history(HealthHistory.attach(health))
        .title("Production").refresh(Duration.ofSeconds(10)).build());
    // readme:end
    return server;
  }
}
