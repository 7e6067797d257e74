package com.wekruit.valet.readme;

import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertEvent;
import com.wekruit.valet.alert.AlertService;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.alert.Severity;
import com.wekruit.valet.alert.Silence;
import com.wekruit.valet.alert.sinks.JsonWebhookSink;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.metrics.HealthMetrics;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** README "Alerting": the API-down rule on the health monitor's results, a webhook sink, a silence. */
final class AlertSnippet {
  private AlertSnippet() {}

  static AlertService run(HealthMonitor health, String webhookUrl, List<AlertEvent> events, FakeTime time) {
    // readme:begin
    Samples samples = new Samples();                          // latest sample per metric, primitive arrays
    HealthMetrics metrics = new HealthMetrics(health, samples, "api");   // reads the reports, never runs a check
    AlertEvaluator evaluator = AlertEvaluator.builder(samples)
        .clock(time).ticker(time)                             // production: omit both (system clock and ticker)
        .rule(Rule.consecutiveFailures(metrics.up("api"), 2).name("api_down").severity(Severity.CRITICAL)
            .target("api").channel("oncall").summary("API health check failed twice in a row").build())
        .onEvent(events::add)                                // one AlertEvent per transition
        .build();
    AlertService alerts = AlertService.builder(evaluator).source(metrics).sleeper(time)   // production: no sleeper
        .sink("oncall", JsonWebhookSink.of(webhookUrl))      // or SlackWebhookSink, BetterStackIncidentSink
        .build();                                             // .start(): ticks every 60 s on one daemon thread
    Instant now = time.instant();
    alerts.silences().add(Silence.of(Map.of("alertname", "disk_high"), "ada", "migrating volumes",
        now, now.plus(Duration.ofHours(2))));
    // readme:end
    return alerts;
  }
}
