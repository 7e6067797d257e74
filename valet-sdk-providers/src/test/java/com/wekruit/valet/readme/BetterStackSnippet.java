package com.wekruit.valet.readme;

import com.wekruit.valet.betterstack.BetterStackClient;
import com.wekruit.valet.betterstack.Incident;
import com.wekruit.valet.betterstack.IncidentRequest;
import com.wekruit.valet.betterstack.Monitor;
import com.wekruit.valet.betterstack.MonitorRequest;
import com.wekruit.valet.betterstack.MonitorType;
import com.wekruit.valet.betterstack.logs.BetterStackLogs;
import com.wekruit.valet.betterstack.logs.LogEvent;
import com.wekruit.valet.betterstack.logs.LogStats;
import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import java.time.Duration;
import java.time.Instant;

/** README "Better Stack": a monitor, an incident acknowledged and resolved, log lines shipped. */
final class BetterStackSnippet {
  record Result(Monitor monitor, Incident incident, LogStats logs) {}

  private BetterStackSnippet() {}

  static Result run(FakeBetterStack fake) {
    // readme:begin
    BetterStackClient uptime = fake.client();    // production: BetterStackClient.fromEnv() reads BETTERUPTIME_API_TOKEN
    Monitor api = uptime.monitors().create(MonitorRequest.builder()
        .url("https://api.example.com/api/v1/health").monitorType(MonitorType.STATUS).checkFrequency(60).build());
    Incident incident = uptime.incidents().create(IncidentRequest.builder("ada@example.com", "API down").build());
    uptime.incidents().acknowledge(incident.id(), "ada@example.com");
    Incident resolved = uptime.incidents().resolve(incident.id(), "ada@example.com");

    LogStats stats;
    try (BetterStackLogs logs = fake.logsBuilder().build()) {   // production: BetterStackLogs.builder(sourceToken)
      logs.send(LogEvent.builder(Instant.now(), "info", "deployed").field("version", "1.4.2").build());
      logs.flush(Duration.ofSeconds(5));
      stats = logs.stats();                      // accepted == sent + dropped + pending, always
    }
    // readme:end
    return new Result(api, resolved, stats);
  }
}
