package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertService;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.alert.Severity;
import com.wekruit.valet.betterstack.BetterStackClient;
import com.wekruit.valet.betterstack.BetterStackIncidentSink;
import com.wekruit.valet.betterstack.IncidentQuery;
import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import com.wekruit.valet.coolify.CoolifyClient;
import com.wekruit.valet.coolify.CoolifyWorkerActuator;
import com.wekruit.valet.coolify.testing.FakeCoolify;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.HetznerResizeActuator;
import com.wekruit.valet.hetzner.ServerStatus;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import com.wekruit.valet.scaling.Actuation;
import com.wekruit.valet.scaling.ScaleAction;
import com.wekruit.valet.scaling.ScalingDecision;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Probes of the scaling actuators of the providers module (README "Alerting and scaling"). */
class AlertActuatorAttackTest {
  FakeHetzner fake;
  HetznerClient hetzner;
  final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws Exception {
    fake = FakeHetzner.start();
    hetzner = fake.client();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static ScalingDecision step() {
    return new ScalingDecision("api_latency", Instant.EPOCH, 0, 700, 500, 1.4, 0, false, 1, 1, 1, 1, 1, 1,
        ScaleAction.STEP_UP, "test", 0, false);
  }

  @Test
  void aFailedChangeTypePowersTheServerBackOn() {
    // the next type of the ladder does not exist (or is sold out in the location): change_type answers 422
    long id = fake.addServer("api", "cx22", Map.of());
    HetznerResizeActuator resize = HetznerResizeActuator.builder(hetzner, id, List.of("cx22", "cx99")).dryRun(false)
        .healthy(() -> true, Duration.ofMinutes(1)).polling(Duration.ofSeconds(5), time, time).build();
    assertThrows(ValetException.class, () -> resize.act(step()));
    assertTrue(hetzner.servers().get(id).status().is(ServerStatus.RUNNING),
        "the resize failed, but the server must be powered on again, not left off: "
            + hetzner.servers().get(id).status());
    assertEquals("cx22", hetzner.servers().get(id).serverType().name());
  }

  @Test
  void resizeIsADryRunByDefaultAndNeverUpgradesTheDisk() {
    long id = fake.addServer("api", "cx22", Map.of());
    Actuation plan = HetznerResizeActuator.builder(hetzner, id, List.of("cx22", "cpx22")).build().act(step());
    assertEquals(Actuation.Outcome.PLANNED, plan.outcome());
    assertTrue(plan.steps().toString().contains("upgrade_disk=false"), plan.steps().toString());
    assertTrue(hetzner.servers().get(id).status().is(ServerStatus.RUNNING));
    assertEquals(List.of(), hetzner.servers().actions(id, null).stream().toList(), "a dry run takes no action");
  }

  @Test
  void anIncidentResolvedByAPersonIsResolvedQuietlyAndANewEpisodeOpensANewOne() throws Exception {
    Samples samples = new Samples();
    Metric up = samples.metric("api.up");
    try (FakeBetterStack bs = FakeBetterStack.start()) {
      BetterStackClient client = BetterStackClient.builder().token("fake-token-123456").baseUrl(bs.baseUrl()).build();
      AlertEvaluator e = AlertEvaluator.builder(samples).clock(time).ticker(time)
          .rule(Rule.consecutiveFailures(up, 2).name("api_down").severity(Severity.CRITICAL).target("api").build())
          .build();
      AlertService s = AlertService.builder(e).sink("default", new BetterStackIncidentSink(client, "oncall@example.com"))
          .sleeper(time).build();
      Runnable minute0 = () -> {
        time.advance(Duration.ofMinutes(1));
        samples.record(up, 0, time.nanos());
        s.tick();
      };
      Runnable minute1 = () -> {
        time.advance(Duration.ofMinutes(1));
        samples.record(up, 1, time.nanos());
        s.tick();
      };
      for (int i = 0; i < 3; i++) minute0.run();
      String id = client.incidents().list(IncidentQuery.open()).stream().findFirst().orElseThrow().id();
      client.incidents().resolve(id, "ada@example.com"); // the on-call person resolves it in Better Stack
      for (int i = 0; i < 30; i++) minute1.run();
      assertEquals(0L, s.deadLettered().values().stream().mapToLong(Long::longValue).sum(),
          "resolving an incident someone already resolved is done, not a failure: " + s.deadLettered());
      for (int i = 0; i < 3; i++) minute0.run();
      assertEquals(1, client.incidents().list(IncidentQuery.open()).stream().count(),
          "a new episode of api_down opens a new incident");
    }
  }

  static ScalingDecision workers(ScaleAction action, int current, int desired) {
    return new ScalingDecision("worker_queue", Instant.EPOCH, current, 450, 100, 4.5, 0.1, false, desired, desired,
        desired, desired, desired, desired, action, "test", 0, false);
  }

  @Test
  void aScaleDownCountsThePoolWhenActingAndNeverStopsBelowDesired() throws Exception {
    try (FakeCoolify fc = FakeCoolify.start(0, 2)) {
      CoolifyClient coolify = CoolifyClient.builder().token("test-token").instanceUrl(fc.instanceUrl()).clock(time)
          .ticker(time).sleeper(time).build();
      fc.addApplication("worker-1", "aaaaaaa", "workers");
      String w2 = fc.addApplication("worker-2", "aaaaaaa", "workers");
      String w3 = fc.addApplication("worker-3", "aaaaaaa", "workers");
      coolify.applications().stop(w2, false);
      coolify.applications().stop(w3, false);
      // decided on 3 running, want 2; meanwhile two workers stopped (crash, another replica): only 1 runs
      Actuation a = CoolifyWorkerActuator.of(coolify, "workers").live(1, Duration.ofMinutes(5))
          .act(workers(ScaleAction.SCALE_DOWN, 3, 2));
      long running = coolify.applications().listByTag("workers").stream().filter(x -> x.state().equals("running"))
          .count();
      assertEquals(1, running, "1 worker runs and 2 are wanted: a scale-down must stop none: " + a);
      assertNotEquals(Actuation.Outcome.APPLIED, a.outcome(), a.toString());
    }
  }
}
