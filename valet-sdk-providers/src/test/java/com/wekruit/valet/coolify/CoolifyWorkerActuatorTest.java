package com.wekruit.valet.coolify;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.coolify.testing.FakeCoolify;
import com.wekruit.valet.scaling.Actuation;
import com.wekruit.valet.scaling.ScaleAction;
import com.wekruit.valet.scaling.ScalingDecision;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker actuator end to end against the Coolify simulator: a pool of tagged worker applications. */
class CoolifyWorkerActuatorTest {
  final FakeTime time = new FakeTime();
  FakeCoolify fake;
  CoolifyClient coolify;
  String w1;
  String w2;
  String w3;

  @BeforeEach
  void start() throws Exception {
    fake = FakeCoolify.start(0, 2);
    coolify = CoolifyClient.builder().token("test-token").instanceUrl(fake.instanceUrl()).clock(time).ticker(time)
        .sleeper(time).build();
    w1 = fake.addApplication("worker-1", "aaaaaaa", "workers");
    w2 = fake.addApplication("worker-2", "aaaaaaa", "workers");
    w3 = fake.addApplication("worker-3", "aaaaaaa", "workers");
    fake.addApplication("api", "aaaaaaa", "prod");
    coolify.applications().stop(w2, false);
    coolify.applications().stop(w3, false);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static ScalingDecision decision(ScaleAction action, int current, int desired) {
    return new ScalingDecision("worker_queue", Instant.EPOCH, current, 450, 100, 4.5, 0.1, false, desired, desired,
        desired, desired, desired, desired, action, "test", 0, false);
  }

  List<String> running() {
    return coolify.applications().listByTag("workers").stream().filter(a -> a.state().equals("running"))
        .map(Application::name).sorted().toList();
  }

  @Test
  void addsOneWorkerPerDecisionAndWaitsForItsDeployment() {
    Actuation plan = CoolifyWorkerActuator.of(coolify, "workers").act(decision(ScaleAction.SCALE_UP, 1, 5));
    assertEquals(Actuation.Outcome.PLANNED, plan.outcome());
    assertEquals(List.of("deploy and await worker-2 (" + w2 + ")"), plan.steps());
    assertEquals(List.of("worker-1"), running(), "dry run");

    CoolifyWorkerActuator live = CoolifyWorkerActuator.of(coolify, "workers").live(1, Duration.ofMinutes(5));
    Actuation added = live.act(decision(ScaleAction.SCALE_UP, 1, 5));
    assertEquals(Actuation.Outcome.APPLIED, added.outcome(), added.detail());
    assertEquals(List.of("worker-1", "worker-2"), running(), "deployed and awaited");
    live.act(decision(ScaleAction.SCALE_UP, 2, 5));
    Actuation full = live.act(decision(ScaleAction.SCALE_UP, 3, 5));
    assertEquals(Actuation.Outcome.REFUSED, full.outcome(), "the pool has no stopped worker left");

    Actuation down = live.act(decision(ScaleAction.SCALE_DOWN, 3, 2));
    assertEquals(Actuation.Outcome.APPLIED, down.outcome());
    assertEquals(2, running().size());
  }

  @Test
  void aFailedDeploymentIsATypedError() {
    fake.failNextDeployment(w2);
    CoolifyWorkerActuator live = CoolifyWorkerActuator.of(coolify, "workers").live(1, Duration.ofMinutes(5));
    assertThrows(com.wekruit.valet.error.OperationFailedException.class,
        () -> live.act(decision(ScaleAction.SCALE_UP, 1, 2)));
  }
}
