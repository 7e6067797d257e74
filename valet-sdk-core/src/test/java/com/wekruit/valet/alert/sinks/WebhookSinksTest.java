package com.wekruit.valet.alert.sinks;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertService;
import com.wekruit.valet.alert.AlertSink;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.alert.Severity;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LogCapture;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sinks against a real loopback server that fails and recovers. */
class WebhookSinksTest {
  static final String SECRET = "T000/B000/XyzSecret123";
  final FakeTime time = new FakeTime();
  final Samples samples = new Samples();
  final Metric up = samples.metric("api.up");

  AlertService service(AlertSink sink) {
    AlertEvaluator e = AlertEvaluator.builder(samples).clock(time).ticker(time)
        .rule(Rule.consecutiveFailures(up, 1).name("api_down").severity(Severity.CRITICAL).target("api")
            .summary("API health check failing").runbook("https://runbook.example/api-down").build())
        .build();
    return AlertService.builder(e).sink("default", sink).sleeper(time).delivery(3, Duration.ofSeconds(2)).build();
  }

  void fire(AlertService s) {
    samples.record(up, 0, time.nanos());
    s.tick();
    time.advance(Duration.ofSeconds(30));
    samples.record(up, 0, time.nanos());
    s.tick();
  }

  @Test
  void jsonWebhookIsRetriedThroughAResetAndA500AndDeliversOnce() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.then(Reply.reset(), Reply.json(500, "{}")).otherwise(Reply.json(200, "{}"));
      AlertService s = service(JsonWebhookSink.of(server.url() + "/hooks/alerts?team=ops"));
      fire(s);
      assertEquals(3, server.received().size());
      FaultServer.Received last = server.received().get(2);
      assertEquals("POST", last.method());
      assertEquals("/hooks/alerts", last.path());
      assertEquals("team=ops", last.query());
      assertTrue(last.body().contains("\"status\":\"firing\""), last.body());
      assertTrue(last.body().contains("\"alertname\":\"api_down\""), last.body());
      assertTrue(last.body().contains("https://runbook.example/api-down"), last.body());
      assertEquals(Map.of("webhook", 1L), s.delivered());
      assertEquals(Map.of("webhook", 0L), s.deadLettered());
      assertTrue(time.sleeps().contains(Duration.ofSeconds(2)) && time.sleeps().contains(Duration.ofSeconds(4)),
          "backoff doubles: " + time.sleeps());
    }
  }

  @Test
  void slackWebhookDeadLettersWithoutLeakingItsUrlAndRecovers() throws Exception {
    try (FaultServer server = new FaultServer(); LogCapture logs = LogCapture.everything()) {
      server.otherwise(Reply.json(503, "{\"error\":\"bad token XyzSecret123\"}"));
      SlackWebhookSink slack = SlackWebhookSink.of(server.url() + "/services/" + SECRET);
      AlertService s = service(slack);
      fire(s);
      assertEquals(3, server.received().size());
      assertEquals(Map.of("slack", 1L), s.deadLettered());
      ValetException direct = assertThrows(ValetException.class,
          () -> slack.send(new com.wekruit.valet.alert.Notification("g", "default", java.util.List.of(
              s.evaluator().alert("api_down").orElseThrow()), java.util.List.of(), time.instant())));
      assertFalse(String.valueOf(direct).contains("XyzSecret123"), direct.toString());
      assertFalse(slack.toString().contains("XyzSecret123"));
      IllegalArgumentException userInfo = assertThrows(IllegalArgumentException.class,
          () -> JsonWebhookSink.of("http://ops:pa55word-x@127.0.0.1:1/hook"));
      assertFalse(userInfo.getMessage().contains("pa55word"), userInfo.getMessage());

      server.otherwise(Reply.json(200, "ok"));
      for (int i = 0; i < 5; i++) {
        time.advance(Duration.ofMinutes(1));
        samples.record(up, 0, time.nanos());
        s.tick();
      }
      assertEquals(Map.of("slack", 1L), s.delivered(), "the next group flush delivered");
      String body = server.received().get(server.received().size() - 1).body();
      assertTrue(body.startsWith("{\"text\":\"*[FIRING:1] api_down (CRITICAL)*"), body);
      assertFalse(logs.all().contains("XyzSecret123"), "no secret in logs");
    }
  }
}
