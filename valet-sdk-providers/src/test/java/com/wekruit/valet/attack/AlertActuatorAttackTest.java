package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

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
}
