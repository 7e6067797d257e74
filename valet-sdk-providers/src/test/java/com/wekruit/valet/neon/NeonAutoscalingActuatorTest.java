package com.wekruit.valet.neon;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.neon.testing.FakeNeon;
import com.wekruit.valet.scaling.Actuation;
import com.wekruit.valet.scaling.ScaleAction;
import com.wekruit.valet.scaling.ScalingDecision;
import com.wekruit.valet.testing.FakeTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The autoscaling actuator end to end against the Neon simulator. */
class NeonAutoscalingActuatorTest {
  final FakeTime time = new FakeTime();

  static ScalingDecision step() {
    return new ScalingDecision("db_connections", Instant.EPOCH, 0, 85, 80, 1.06, 0, false, 1, 1, 1, 1, 1, 1,
        ScaleAction.STEP_UP, "test", 0, false);
  }

  @Test
  void raisesTheMaximumUpToTheCeilingThenRefuses() throws Exception {
    try (FakeNeon fake = FakeNeon.start(0, 1, time)) {
      NeonClient neon = NeonClient.builder().apiKey("test-key").baseUrl(fake.baseUrl()).clock(time).ticker(time)
          .sleeper(time).build();
      String project = fake.addProject("app", 86400);
      String endpoint = neon.branches(project).endpoints(fake.defaultBranch(project)).get(0).id();
      double before = neon.endpoints(project).get(endpoint).autoscalingLimitMaxCu();
      NeonAutoscalingActuator dry = NeonAutoscalingActuator.of(neon, project, endpoint).limits(2, 2 * before);
      assertEquals(Actuation.Outcome.PLANNED, dry.act(step()).outcome());
      assertEquals(before, neon.endpoints(project).get(endpoint).autoscalingLimitMaxCu(), "dry run");
      Actuation done = dry.live().act(step());
      assertEquals(Actuation.Outcome.APPLIED, done.outcome(), done.detail());
      assertEquals(2 * before, neon.endpoints(project).get(endpoint).autoscalingLimitMaxCu());
      Actuation refused = dry.live().act(step());
      assertEquals(Actuation.Outcome.REFUSED, refused.outcome());
      assertTrue(refused.detail().contains("pgBouncer"), refused.detail());
    }
  }
}
