package com.wekruit.valet.neon;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake, driven by the real client through a WireMock proxy so every exchange is checked against the spec. */
class FakeNeonTest extends ProxiedFakeNeon {
  @Test
  void pointInTimeBranch_busyProject_restoreAndDelete_behaveLikeTheApi() {
    assertEquals(project, neon.projects().list().stream().findFirst().orElseThrow().id());
    String main = fake.defaultBranch(project);
    Instant hourAgo = time.instant().minus(Duration.ofHours(1));
    Pending<CreatedBranch> pending = neon.branches(project).create(CreateBranchRequest.builder().name("pitr")
        .parent(main).atTimestamp(hourAgo)
        .endpoint(EndpointType.READ_WRITE, ComputeSettings.builder().autoscaling(0.25, 2).build()).build());

    // the project is busy with the create: the update waits for those operations, then goes through
    String mainEndpoint = neon.branches(project).endpoints(main).get(0).id();
    Endpoint scaled = neon.endpoints(project).update(mainEndpoint, UpdateEndpointRequest.builder().autoscaling(0.5, 4)
        .suspendTimeoutSeconds(-1).build()).await(Duration.ofMinutes(1));
    assertEquals(4, scaled.autoscalingLimitMaxCu());
    assertEquals(-1, scaled.suspendTimeoutSeconds());
    wm.verify(moreThanOrExactly(2), patchRequestedFor(urlEqualTo("/api/v2/projects/" + project + "/endpoints/"
        + mainEndpoint)));

    CreatedBranch ready = pending.await(Duration.ofMinutes(1));
    assertEquals("ready", ready.branch().currentState());
    assertEquals(hourAgo, ready.branch().parentTimestamp());
    assertTrue(ready.endpoints().get(0).currentState().is(EndpointState.ACTIVE));
    assertFalse(ready.toString().contains("npg_"), ready.toString());

    ConnectionUri uri = neon.projects().connectionUri(project, ConnectionUriRequest.of("neondb", "neondb_owner")
        .branch(ready.branch().id()).pooled(true));
    assertTrue(uri.pooled(), uri.toString());

    Branch restored = neon.branches(project).restore(main, RestoreBranchRequest.from(main).atTimestamp(hourAgo)
        .preserveUnderName("main_before_restore").build()).await(Duration.ofMinutes(1));
    assertEquals("ready", restored.currentState());
    assertTrue(neon.branches(project).list().stream().anyMatch(b -> b.name().equals("main_before_restore")));

    assertThrows(IllegalArgumentException.class, () -> neon.branches(project).create(CreateBranchRequest.builder()
        .atTimestamp(time.instant().minus(Duration.ofDays(3))).build()), "outside the history window: refused first");

    Endpoint stopped = neon.endpoints(project).suspend(ready.endpoints().get(0).id()).await(Duration.ofMinutes(1));
    assertTrue(stopped.currentState().is(EndpointState.IDLE));
    neon.branches(project).delete(ready.branch().id()).await(Duration.ofMinutes(1));
    assertThrows(NotFoundException.class, () -> neon.branches(project).get(ready.branch().id()));
  }

  @Test
  void awaitAsync_pollsWithoutHoldingTheCaller_andRereadsTheEndpoint() throws Exception {
    String ep = neon.branches(project).endpoints(fake.defaultBranch(project)).get(0).id();
    Pending<Endpoint> started = neon.endpoints(project).start(ep);
    assertTrue(started.value().currentState().is(EndpointState.IDLE), "as returned while starting");
    Endpoint active = started.awaitAsync(Duration.ofMinutes(1)).get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertTrue(active.currentState().is(EndpointState.ACTIVE));
  }

  @Test
  void orgIdRequiredByTheAccount_isAClearErrorUntilGiven() {
    fake.requireOrgId("org-acme");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> neon.projects().list().stream().toList());
    assertTrue(e.getMessage().contains("NEON_ORG_ID"), e.getMessage());
    assertEquals(1, builder().orgId("org-acme").build().projects().list().stream().count());
  }
}
