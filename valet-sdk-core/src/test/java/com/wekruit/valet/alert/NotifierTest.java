package com.wekruit.valet.alert;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifierTest {
  final FakeTime time = new FakeTime();
  final Samples samples = new Samples();
  final Metric up = samples.metric("api.up");
  final Metric lat = samples.metric("api.latency");
  final RecordingSink sink = new RecordingSink("pager");
  final List<DeliveryEvent> deliveries = new ArrayList<>();

  AlertService service(NotificationPolicy policy) {
    AlertEvaluator e = AlertEvaluator.builder(samples).clock(time).ticker(time)
        .rule(Rule.consecutiveFailures(up, 2).name("api_down").severity(Severity.CRITICAL).target("api")
            .channel("oncall").build())
        .rule(Rule.above(lat, 500).name("api_slow").severity(Severity.HIGH).target("api").channel("oncall").build())
        .build();
    return AlertService.builder(e).policy(policy).sink("oncall", sink).sleeper(time).onDelivery(deliveries::add)
        .build();
  }

  void minute(AlertService s, double upValue, double latency) {
    time.advance(Duration.ofMinutes(1));
    samples.record(up, upValue, time.nanos());
    samples.record(lat, latency, time.nanos());
    s.tick();
  }

  @Test
  void groupWaitThenRepeatIntervalThenResolved() {
    AlertService s = service(NotificationPolicy.defaults().withIntervals(Duration.ofMinutes(5), Duration.ofMinutes(30)));
    minute(s, 0, 100);
    minute(s, 0, 100);
    assertEquals(List.of(), sink.summary(), "fired this tick: waits group_wait (30 s)");
    time.advance(Duration.ofSeconds(30));
    s.tick();
    assertEquals(List.of("firing:[api_down]/[]"), sink.summary());
    for (int i = 0; i < 29; i++) minute(s, 0, 100);
    assertEquals(1, sink.sent.size(), "nothing changed: no repeat before 30 min");
    minute(s, 0, 100);
    assertEquals(2, sink.sent.size(), "repeated at the 30 min flush");
    minute(s, 1, 100);
    for (int i = 0; i < 5; i++) minute(s, 1, 100);
    assertEquals("resolved:[]/[api_down]", sink.summary().get(2));
    for (int i = 0; i < 60; i++) minute(s, 1, 100);
    assertEquals(3, sink.sent.size(), "a resolved group stays quiet");
  }

  @Test
  void anAlertResolvedWithinGroupWaitIsNeverNotified() {
    AlertService s = service(NotificationPolicy.defaults().withGroupWait(Duration.ofMinutes(3)));
    minute(s, 1, 900);
    minute(s, 1, 100);
    for (int i = 0; i < 10; i++) minute(s, 1, 100);
    assertEquals(List.of(), sink.summary());
  }

  @Test
  void inhibitionMutesTheSlowAlertWhileTheApiIsDown() {
    AlertService s = service(NotificationPolicy.defaults().withGroupBy("target"));
    minute(s, 1, 900);
    time.advance(Duration.ofSeconds(30));
    s.tick();
    assertEquals(List.of("firing:[api_slow]/[]"), sink.summary());
    minute(s, 0, 900);
    minute(s, 0, 900);
    for (int i = 0; i < 5; i++) minute(s, 0, 900);
    assertEquals("firing:[api_down]/[]", sink.summary().get(1), "api_slow is muted by the CRITICAL api_down");
  }

  @Test
  void aSilenceMutesUntilItEndsAndNeedsAuthorAndComment() {
    AlertService s = service(NotificationPolicy.defaults());
    s.silences().add(Silence.of(Map.of("alertname", "api_slow"), "ada", "known slow deploy", time.instant(),
        time.instant().plus(Duration.ofMinutes(20))));
    for (int i = 0; i < 15; i++) minute(s, 1, 900);
    assertEquals(List.of(), sink.summary());
    for (int i = 0; i < 10; i++) minute(s, 1, 900);
    assertEquals(List.of("firing:[api_slow]/[]"), sink.summary(), "sent at the first flush after the silence ended");
    assertThrows(IllegalArgumentException.class, () -> Silence.of(Map.of("alertname", "x"), " ", "c",
        time.instant(), time.instant().plusSeconds(60)));
    assertThrows(IllegalArgumentException.class, () -> Silence.of(Map.of("alertname", "x"), "ada", "",
        time.instant(), time.instant().plusSeconds(60)));
    assertThrows(IllegalArgumentException.class, () -> Silence.of(Map.of("alertname", "x"), "ada", "c",
        time.instant(), time.instant()));
  }

  @Test
  void aFailingSinkIsRetriedThenDeadLetteredAndTheNextFlushDeliversOnce() {
    AlertService s = service(NotificationPolicy.defaults());
    sink.failures = 3;
    minute(s, 1, 900);
    time.advance(Duration.ofSeconds(30));
    s.tick();
    assertEquals(List.of(), sink.summary());
    assertEquals(Map.of("pager", 1L), s.deadLettered());
    assertEquals(DeliveryEvent.Outcome.DEAD_LETTERED, deliveries.get(0).outcome());
    assertEquals("IllegalStateException", deliveries.get(0).error());
    for (int i = 0; i < 5; i++) minute(s, 1, 900);
    assertEquals(List.of("firing:[api_slow]/[]"), sink.summary(), "the next group flush delivers");
    sink.failures = 2;
    for (int i = 0; i < 60 * 4; i++) minute(s, 1, 900);
    assertEquals(2, sink.sent.size(), "the 4 h repeat went through on its third attempt");
    assertEquals(3, deliveries.get(2).attempts());
    assertEquals(Map.of("pager", 2L), s.delivered());
  }

  @Test
  void policyRejectsInvalidCombinationsInsteadOfRounding() {
    NotificationPolicy d = NotificationPolicy.defaults();
    assertEquals(Duration.ofSeconds(30), d.groupWait());
    assertEquals(Duration.ofMinutes(5), d.groupInterval());
    assertEquals(Duration.ofHours(4), d.repeatInterval());
    assertThrows(IllegalArgumentException.class, () -> d.withIntervals(Duration.ZERO, Duration.ofHours(4)));
    assertThrows(IllegalArgumentException.class, () -> d.withIntervals(Duration.ofMinutes(5), Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> d.withIntervals(Duration.ofMinutes(10), Duration.ofMinutes(5)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> d.withIntervals(Duration.ofMinutes(5), Duration.ofMinutes(12)));
    assertTrue(e.getMessage().contains("PT15M"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> d.withGroupWait(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> d.withGroupBy("alertname", "alertname"));
    assertThrows(IllegalArgumentException.class, () -> d.withGroupBy("instance"));
    assertEquals(Duration.ofMinutes(10), d.withGroupWait(Duration.ofMinutes(10)).groupWait(),
        "a group wait longer than the group interval is allowed, as in Alertmanager");
  }
}
