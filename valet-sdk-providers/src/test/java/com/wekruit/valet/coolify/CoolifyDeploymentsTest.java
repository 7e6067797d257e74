package com.wekruit.valet.coolify;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.wekruit.valet.coolify.testing.CoolifyPayloads;
import com.wekruit.valet.error.OperationFailedException;
import com.wekruit.valet.error.WaitTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Deploy, await, roll back and cancel against spec-shaped answers. */
class CoolifyDeploymentsTest extends WireMockCoolify {
  static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** GET /deployments/{uuid} answers each status in turn, then stays at the last. */
  static void progress(String uuid, String commit, boolean rollback, String... statuses) {
    String state = Scenario.STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = i + 1 < statuses.length ? uuid + "-" + (i + 1) : state;
      wm.stubFor(get(API + "/deployments/" + uuid).inScenario(uuid).whenScenarioStateIs(state)
          .willReturn(okJson(CoolifyPayloads.deployment(uuid, "api", statuses[i], commit, rollback)))
          .willSetStateTo(next));
      state = next;
    }
  }

  @Test
  void deployAndAwait_postsStart_andPollsUntilFinished() {
    wm.stubFor(post(API + "/applications/app-1/start").willReturn(okJson(
        CoolifyPayloads.queued("Deployment request queued.", "dep-1"))));
    progress("dep-1", "a1b2c3d", false, "queued", "in_progress", "in_progress", "finished");
    Deployment done = coolify.applications().deployAndAwait("app-1", TEN_MINUTES);
    assertTrue(done.status().is(DeploymentStatus.FINISHED));
    assertEquals("a1b2c3d", done.commit());
    wm.verify(4, getRequestedFor(urlEqualTo(API + "/deployments/dep-1")));
    wm.verify(postRequestedFor(urlEqualTo(API + "/applications/app-1/start"))
        .withHeader("Content-Type", containing("application/json")).withRequestBody(equalTo("{}")));
    assertEquals(List.of(2000L, 3000L, 4500L, 6750L), time.sleeps().stream().map(Duration::toMillis).toList(),
        "polls back off 1.5x from the first interval");
  }

  @Test
  void failedDeployment_failsTheWait_withItsStatus() {
    wm.stubFor(post(API + "/applications/app-1/start?force=true").willReturn(okJson(
        CoolifyPayloads.queued("Deployment request queued.", "dep-2"))));
    progress("dep-2", "bad0001", false, "in_progress", "failed");
    OperationFailedException e = assertThrows(OperationFailedException.class,
        () -> coolify.applications().deploy("app-1", true).await(TEN_MINUTES));
    assertEquals("failed", e.code());
    assertTrue(e.getMessage().contains("dep-2") && e.getMessage().contains("bad0001"), e.getMessage());
  }

  @Test
  void cancelledDeployment_failsTheWait_asCancelled() {
    progress("dep-3", "c0ffee1", false, "queued", "cancelled-by-user");
    OperationFailedException e = assertThrows(OperationFailedException.class,
        () -> coolify.deployments().handle("dep-3").await(TEN_MINUTES));
    assertEquals("cancelled-by-user", e.code());
  }

  @Test
  void stuckDeployment_timesOut_namingIt() {
    progress("dep-4", "a1b2c3d", false, "queued");
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> coolify.deployments().handle("dep-4").await(Duration.ofSeconds(30)));
    assertEquals(List.of("deployment dep-4 (api, queued)"), e.stillRunning());
    assertEquals(30, time.sleeps().stream().mapToLong(Duration::toMillis).sum() / 1000, "waited exactly the timeout");
  }

  @Test
  void awaitAsync_completesWithTheFinalState() throws Exception {
    progress("dep-5", "a1b2c3d", false, "in_progress", "finished");
    Deployment d = coolify.deployments().handle("dep-5").awaitAsync(TEN_MINUTES).get(5, TimeUnit.SECONDS);
    assertTrue(d.terminal());
  }

  @Test
  void deployByTag_returnsOneHandlePerApplication_andServicesWithout() {
    wm.stubFor(post(urlPathEqualTo(API + "/deploy")).withQueryParam("tag", equalTo("prod,workers"))
        .willReturn(okJson("""
            {"deployments":[
              {"message":"Application api deployment queued.","resource_uuid":"app-1","deployment_uuid":"dep-a"},
              {"message":"Application worker deployment queued.","resource_uuid":"app-2","deployment_uuid":"dep-b"},
              {"message":"Service plausible started. It could take a while, be patient.","resource_uuid":"svc-1"}]}""")));
    wm.stubFor(get(API + "/deployments").willReturn(okJson("[" + CoolifyPayloads.deployment("dep-b", "worker",
        "in_progress", "a1b2c3d", false) + "]")));
    progress("dep-a", "a1b2c3d", false, "finished");
    progress("dep-b", "a1b2c3d", false, "finished");
    DeployResult r = coolify.deployments().deploy(DeployRequest.byTag("prod", "workers").build());
    assertEquals(List.of("dep-a", "dep-b"), r.deploymentUuids());
    assertEquals(3, r.triggered().size());
    assertNull(r.triggered().get(2).deploymentUuid());
    List<Deployment> done = r.awaitAll(TEN_MINUTES);
    assertEquals(List.of("dep-a", "dep-b"), done.stream().map(Deployment::deploymentUuid).toList());
    wm.verify(1, getRequestedFor(urlEqualTo(API + "/deployments")));
    wm.verify(1, getRequestedFor(urlEqualTo(API + "/deployments/dep-a")));
    wm.verify(1, getRequestedFor(urlEqualTo(API + "/deployments/dep-b")));
  }

  @Test
  void deployRequest_refusesUuidsAndTagsTogether_byConstruction_andCommas() {
    assertThrows(IllegalArgumentException.class, () -> DeployRequest.byUuid("a,b"));
    assertThrows(IllegalArgumentException.class, () -> DeployRequest.byTag());
    assertEquals(List.of(), DeployRequest.byUuid("a").build().tags());
  }

  @Test
  void rollbackAndAwait_postsTheImageTag_andWaitsForTheRollbackDeployment() {
    wm.stubFor(get(API + "/applications/app-1/rollback-images").willReturn(okJson(
        CoolifyPayloads.rollbackImages("a1b2c3d", "9f8e7d6", "5a4b3c2", "a1b2c3d"))));
    wm.stubFor(post(API + "/applications/app-1/rollback").withRequestBody(equalToJson("{\"commit\":\"5a4b3c2\"}"))
        .willReturn(okJson(CoolifyPayloads.queued("Rollback deployment queued.", "dep-r"))));
    progress("dep-r", "5a4b3c2", true, "queued", "finished");
    RollbackImages images = coolify.applications().rollbackImages("app-1");
    assertEquals("5a4b3c2", images.previous().orElseThrow().tag(), "newest image that is not current");
    Deployment back = coolify.applications().rollbackAndAwait("app-1", images.previous().get().tag(), TEN_MINUTES);
    assertTrue(back.rollback());
    assertEquals("5a4b3c2", back.commit());
  }

  @Test
  void applicationDeployments_arePagedWithSkipAndTake_overTheRealCountEnvelope() {
    String page1 = deployments(0, 50);
    wm.stubFor(get(API + "/deployments/applications/app-1?skip=0&take=50").willReturn(okJson(
        "{\"count\":53,\"deployments\":[" + page1 + "]}")));
    wm.stubFor(get(API + "/deployments/applications/app-1?skip=50&take=50").willReturn(okJson(
        "{\"count\":53,\"deployments\":[" + deployments(50, 3) + "]}")));
    var all = coolify.applications().deployments("app-1");
    assertEquals("dep-0", all.stream().findFirst().orElseThrow().deploymentUuid());
    wm.verify(1, getRequestedFor(urlPathEqualTo(API + "/deployments/applications/app-1")));
    assertEquals(53, all.stream().count());
    wm.verify(3, getRequestedFor(urlPathEqualTo(API + "/deployments/applications/app-1")));
  }

  private static String deployments(int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      b.append(i == from ? "" : ",").append(CoolifyPayloads.deployment("dep-" + i, "api", "finished", "c" + i, false));
    }
    return b.toString();
  }
}
