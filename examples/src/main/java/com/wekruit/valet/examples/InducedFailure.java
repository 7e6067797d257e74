package com.wekruit.valet.examples;

import com.wekruit.valet.health.CheckState;
import com.wekruit.valet.health.HealthReport;
import java.io.PrintStream;

/** The demo's induced failure: the API's health endpoint answers 503 for two sweeps, then recovers. */
final class InducedFailure {
  private InducedFailure() {}

  static String run(LocalStack stack, HealthStep health, PrintStream out) throws Exception {
    stack.failApi(true);
    try {
      health.monitor.runNow();
      HealthReport down = health.monitor.runNow();
      CheckState api = down.check("api");
      out.println("  api " + api.status() + " (" + api.reason() + "), " + api.consecutiveFailures()
          + " consecutive failures: the 'API down' alert's condition (2 in a row) holds");
      out.println("  GET /api/v1/health -> " + health.get("/api/v1/health"));
    } finally {
      stack.failApi(false);
    }
    HealthReport up = health.monitor.runNow();
    out.println("  recovered: GET /api/v1/health -> " + health.get("/api/v1/health"));
    return "api DOWN twice, then " + up.check("api").status() + "; history: " + health.history.of("api").size()
        + " transitions";
  }
}
