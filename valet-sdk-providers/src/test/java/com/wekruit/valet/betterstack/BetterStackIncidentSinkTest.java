package com.wekruit.valet.betterstack;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertService;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.alert.Severity;
import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Incidents opened on firing and resolved on resolve, against the Better Stack simulator. */
class BetterStackIncidentSinkTest {
  final FakeTime time = new FakeTime();
  final Samples samples = new Samples();
  final Metric up = samples.metric("api.up");

  AlertService service(BetterStackClient client) {
    AlertEvaluator e = AlertEvaluator.builder(samples).clock(time).ticker(time)
        .rule(Rule.consecutiveFailures(up, 2).name("api_down").severity(Severity.CRITICAL).target("api")
            .summary("API down").build()).build();
    return AlertService.builder(e).sink("default", new BetterStackIncidentSink(client, "oncall@example.com"))
        .sleeper(time).build();
  }

  void minutes(int n, double value, AlertService... services) {
    for (int i = 0; i < n; i++) {
      time.advance(Duration.ofMinutes(1));
      samples.record(up, value, time.nanos());
      for (AlertService s : services) s.tick();
    }
  }

  @Test
  void oneIncidentPerEpisodeEvenAcrossRepeatsAndANewSinkInstance() throws Exception {
    try (FakeBetterStack fake = FakeBetterStack.start()) {
      BetterStackClient client = BetterStackClient.builder().token("fake-token-123456").baseUrl(fake.baseUrl()).build();
      AlertService first = service(client);
      minutes(3, 0, first);
      List<Incident> open = client.incidents().list(IncidentQuery.open()).stream().toList();
      assertEquals(1, open.size());
      assertEquals("valet: api_down", open.get(0).attributes().name());
      minutes(4 * 60 + 5, 0, first);
      assertEquals(1, client.incidents().list(IncidentQuery.open()).stream().count(), "the 4 h repeat opened none");

      AlertService successor = service(client);
      minutes(3, 0, successor);
      assertEquals(1, client.incidents().list(IncidentQuery.open()).stream().count(), "a new instance found it");
      minutes(6, 1, successor);
      assertEquals(0, client.incidents().list(IncidentQuery.open()).stream().count(), "resolved with the alert");
      Incident resolved = client.incidents().list(IncidentQuery.all()).stream().findFirst().orElseThrow();
      assertEquals("oncall@example.com", resolved.attributes().resolvedBy());
    }
  }
}
