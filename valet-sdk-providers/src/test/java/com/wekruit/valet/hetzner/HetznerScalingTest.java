package com.wekruit.valet.hetzner;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.scaling.Actuation;
import com.wekruit.valet.scaling.ScaleAction;
import com.wekruit.valet.scaling.ScalingDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The resize actuator and the metrics source end to end against the Hetzner simulator, behind WireMock so every
 * exchange is checked against Hetzner's OpenAPI document and the change_type body can be verified.
 */
class HetznerScalingTest extends ProxiedFakeHetzner {
  static final List<String> LADDER = List.of("cx22", "cpx22", "cpx32");

  static ScalingDecision step() {
    return new ScalingDecision("api_latency", Instant.EPOCH, 0, 700, 500, 1.4, 0, false, 1, 1, 1, 1, 1, 1,
        ScaleAction.STEP_UP, "test", 0, false);
  }

  @Test
  void dryRunPlansThenResizeShutsDownChangesTypePowersOnAndWaitsUntilHealthy() {
    long id = fake.addServer("api", "cx22", Map.of());
    Actuation plan = HetznerResizeActuator.builder(hetzner, id, LADDER).build().act(step());
    assertEquals(Actuation.Outcome.PLANNED, plan.outcome());
    assertEquals("change_type cx22 -> cpx22 (upgrade_disk=false)", plan.steps().get(2));
    assertEquals("cx22", hetzner.servers().get(id).serverType().name(), "a dry run changes nothing");
    assertEquals(List.of(), commands(id), "a dry run takes no action");

    AtomicInteger healthPolls = new AtomicInteger();
    Actuation done = HetznerResizeActuator.builder(hetzner, id, LADDER).dryRun(false)
        .healthy(() -> healthPolls.incrementAndGet() >= 3, Duration.ofMinutes(5))
        .polling(Duration.ofSeconds(5), time, time).build().act(step());
    assertEquals(Actuation.Outcome.APPLIED, done.outcome(), done.detail());
    Server after = hetzner.servers().get(id);
    assertEquals("cpx22", after.serverType().name());
    assertTrue(after.status().is(ServerStatus.RUNNING));
    assertEquals(3, healthPolls.get(), "waited until the health check passed");
    assertEquals(List.of("change_server_type", "shutdown_server"), commands(id));
    wm.verify(1, postRequestedFor(urlMatching("/v1/servers/" + id + "/actions/change_type"))
        .withRequestBody(equalToJson("{\"server_type\":\"cpx22\",\"upgrade_disk\":false}")));
  }

  List<String> commands(long id) {
    return hetzner.servers().actions(id, null).stream().map(Action::command).sorted().toList();
  }

  @Test
  void theTopOfTheLadderAndUnknownTypesAreRefusedAndAnUnhealthyServerTimesOut() {
    long top = fake.addServer("big", "cpx32", Map.of());
    assertEquals(Actuation.Outcome.REFUSED,
        HetznerResizeActuator.builder(hetzner, top, LADDER).dryRun(false).build().act(step()).outcome());
    long odd = fake.addServer("odd", "cax11", Map.of());
    assertEquals(Actuation.Outcome.REFUSED, HetznerResizeActuator.builder(hetzner, odd, LADDER).build().act(step()).outcome());
    long sick = fake.addServer("sick", "cx22", Map.of());
    HetznerResizeActuator never = HetznerResizeActuator.builder(hetzner, sick, LADDER).dryRun(false)
        .healthy(() -> false, Duration.ofMinutes(1)).polling(Duration.ofSeconds(5), time, time).build();
    assertThrows(com.wekruit.valet.error.WaitTimeoutException.class, () -> never.act(step()));
    assertEquals(ScaleAction.NONE, ScaleAction.valueOf("NONE"));
  }

  @Test
  void serverMetricsFeedSamples() {
    long id = fake.addServer("api", "cx22", Map.of());
    Samples samples = new Samples();
    HetznerServerMetrics source = new HetznerServerMetrics(hetzner, id, samples, time);
    source.collect(samples, time.nanos());
    assertTrue(samples.fresh(source.cpu(), time.nanos(), 1));
    assertTrue(samples.value(source.cpu()) >= 0);
    assertTrue(samples.value(source.diskIops()) > 0);
    assertTrue(samples.value(source.diskBandwidth()) > 0);
  }
}
