package com.wekruit.valet.hetzner;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.wekruit.valet.error.LockedException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.error.WaitTimeoutException;
import com.wekruit.valet.hetzner.testing.HetznerPayloads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Hetzner observations of the hostile-input review, each pinned. */
class HetznerRegressionTest extends WireMockHetzner {
  private static final String SERVER = HetznerPayloads.server(42, "api-1", "running");

  @Test
  void limitReached_isAQuota_notRetried() {
    wm.stubFor(post("/v1/servers").willReturn(jsonResponse(HetznerPayloads.error("limit_reached", "server limit"), 403)));
    ValetApiException e = assertThrows(ValetApiException.class,
        () -> hetzner.servers().create(CreateServerRequest.builder("a", "cpx22", "ubuntu-24.04").build()));
    assertEquals("limit_reached", e.providerCode());
    assertFalse(e.retryable());
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/servers")));
  }

  @Test
  void nullOrMissingServer_isUndecodable_notANullServer() {
    validateSpec = false;
    for (String body : List.of("{}", "{\"server\":null}", "{\"server\":{\"name\":\"no-id\"}}")) {
      wm.stubFor(get("/v1/servers/42").willReturn(okJson(body)));
      ValetClientException e = assertThrows(ValetClientException.class, () -> hetzner.servers().get(42));
      assertEquals(Kind.UNDECODABLE_BODY, e.kind(), body);
    }
    wm.stubFor(post("/v1/servers").willReturn(jsonResponse("{\"server\":null,\"action\":null}", 201)));
    ValetClientException e = assertThrows(ValetClientException.class,
        () -> hetzner.servers().create(CreateServerRequest.builder("a", "cpx22", "ubuntu-24.04").build()));
    assertTrue(e.mayHaveTakenEffect(), "the create answered 201: it happened, the answer is unreadable");
  }

  @Test
  void locationFallsBackToTheDatacenter_andNullDeprecatedDecodes() {
    validateSpec = false;
    String olderShape = SERVER.replace("\"location\":" + HetznerPayloads.LOCATION + ",\"image\"", "\"image\"")
        .replace("\"deprecated\":false", "\"deprecated\":null");
    assertEquals(2, olderShape.split("\"location\":\\{").length, "only the datacenter names the location");
    wm.stubFor(get("/v1/servers/42").willReturn(okJson("{\"server\":" + olderShape + "}")));
    Server s = hetzner.servers().get(42);
    assertEquals("fsn1", s.location().name());
    assertNull(s.serverType().deprecated());
  }

  @Test
  void batchPollThatLacksAnId_isTyped_andKeepsPollingUntilTheDeadline() {
    validateSpec = false;
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).willReturn(okJson("{\"actions\":[]}")));
    Action running = hetznerAction(7, "running");
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> hetzner.actions().handle(running).await(Duration.ofSeconds(5)));
    assertTrue(e.stillRunning().get(0).contains("action 7"), e.stillRunning().toString());
  }

  @Test
  void lockedCall_waitsForTheRunningAction_andItsFailureIsNotThisCallsFailure() {
    wm.stubFor(post("/v1/servers/42/actions/poweron").inScenario("lock").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(jsonResponse(HetznerPayloads.error("locked", "server is locked"), 423)).willSetStateTo("free"));
    wm.stubFor(post("/v1/servers/42/actions/poweron").inScenario("lock").whenScenarioStateIs("free")
        .willReturn(jsonResponse(HetznerPayloads.actionEnvelope(9, "start_server", "running"), 201)));
    wm.stubFor(get(urlPathEqualTo("/v1/servers/42/actions")).willReturn(okJson(
        HetznerPayloads.actionsPage(HetznerPayloads.action(5, "create_image", "running", 10)))));
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).willReturn(okJson(HetznerPayloads.actions(
        HetznerPayloads.action(5, "create_image", "error", 100).replace("\"error\":null",
            "\"error\":{\"code\":\"image_failed\",\"message\":\"disk full\"}")))));
    assertThrows(LockedException.class, () -> hetzner.servers().powerOn(42));
    wm.resetScenarios();
    ActionHandle h = hetzner.servers().waitingForLocks(Duration.ofMinutes(1)).powerOn(42);
    assertEquals(9, h.id(), "the other action failed; this call was repeated and started its own");
  }

  @Test
  void retriedDeleteThatFindsTheServerGone_isSuccess() {
    validateSpec = false;
    wm.stubFor(delete("/v1/servers/42").inScenario("d").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(504)).willSetStateTo("gone"));
    wm.stubFor(delete("/v1/servers/42").inScenario("d").whenScenarioStateIs("gone")
        .willReturn(jsonResponse(HetznerPayloads.error("not_found", "server not found"), 404)));
    ActionHandle h = hetzner.servers().delete(42);
    assertNull(h.action());
    assertNull(h.await(Duration.ofSeconds(1)));
    wm.verify(2, deleteRequestedFor(urlEqualTo("/v1/servers/42")));
  }

  @Test
  void awaitAsync_pollsWithoutHoldingTheCaller() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).inScenario("a").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(HetznerPayloads.actions(HetznerPayloads.action(3, "start_server", "running", 50))))
        .willSetStateTo("done"));
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).inScenario("a").whenScenarioStateIs("done")
        .willReturn(okJson(HetznerPayloads.actions(HetznerPayloads.action(3, "start_server", "success", 100)))));
    Action done = hetzner.actions().handle(hetznerAction(3, "running")).awaitAsync(Duration.ofMinutes(1))
        .get(10, TimeUnit.SECONDS);
    assertTrue(done.status().is(ActionStatus.SUCCESS));
    wm.verify(2, getRequestedFor(urlPathEqualTo("/v1/actions")));
  }

  private Action hetznerAction(long id, String status) {
    wm.stubFor(get("/v1/actions/" + id).willReturn(okJson(HetznerPayloads.actionEnvelope(id, "start_server", status))));
    Action a = hetzner.actions().get(id);
    wm.removeStub(get("/v1/actions/" + id));
    return a;
  }
}
