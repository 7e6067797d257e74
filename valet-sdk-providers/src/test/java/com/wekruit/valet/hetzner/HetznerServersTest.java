package com.wekruit.valet.hetzner;

import com.wekruit.valet.hetzner.testing.HetznerPayloads;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.LockedException;
import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.error.OperationFailedException;
import com.wekruit.valet.error.WaitTimeoutException;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HetznerServersTest extends WireMockHetzner {

  @Test
  void list_followsNextPageAcrossThreePages_andSendsFilters() {
    for (int page = 1; page <= 3; page++) {
      Long next = page < 3 ? (long) page + 1 : null;
      wm.stubFor(get(urlPathEqualTo("/v1/servers")).withQueryParam("page", equalTo(String.valueOf(page)))
          .withQueryParam("label_selector", equalTo("env=prod"))
          .withQueryParam("sort", equalTo("created:desc"))
          .withQueryParam("status", equalTo("running"))
          .willReturn(okJson(HetznerPayloads.serversPage(page, next, 3, List.of(page * 10L, page * 10L + 1)))));
    }
    var servers = hetzner.servers().list(ServerQuery.all().labelSelector("env=prod").sort("created:desc")
        .status(ServerStatus.RUNNING));
    assertEquals(0, wm.getAllServeEvents().size(), "nothing is fetched before iteration");
    var it = servers.iterator();
    assertEquals(10L, it.next().id());
    assertEquals(1, wm.getAllServeEvents().size(), "only the first page so far");
    List<Long> ids = servers.stream().map(Server::id).toList();
    assertEquals(List.of(10L, 11L, 20L, 21L, 30L, 31L), ids);
    wm.verify(4, getRequestedFor(urlPathEqualTo("/v1/servers")).withQueryParam("per_page", equalTo("50")));
  }

  @Test
  void get_ignoresFieldsNewerThanTheSpec() {
    validateSpec = false; // the spec forbids extra properties; the API adds fields over time
    String body = "{\"server\":" + HetznerPayloads.server(42, "api-1", "running").replaceFirst("\\{", "{\"brand_new\":{\"x\":[1]},") + "}";
    wm.stubFor(get("/v1/servers/42").willReturn(okJson(body)));
    assertEquals("api-1", hetzner.servers().get(42).name());
  }

  @Test
  void get_decodesTypedFields() {
    String body = "{\"server\":" + HetznerPayloads.server(42, "api-1", "running") + "}";
    wm.stubFor(get("/v1/servers/42").willReturn(okJson(body).withHeader("X-Correlation-Id", "c-1")));
    Server s = hetzner.servers().get(42);
    assertEquals(42L, s.id());
    assertTrue(s.status().is(ServerStatus.RUNNING));
    assertEquals(Instant.parse("2026-11-20T10:00:00Z"), s.created());
    assertEquals("203.0.113.42", s.ipv4());
    assertEquals(new BigDecimal("7.4900"), s.serverType().monthlyNet("fsn1"));
    assertEquals(Map.of("env", "prod"), s.labels());
    assertEquals("fsn1", s.location().name());
  }

  @Test
  void get_unknownStatus_mapsToUnknownKeepingRaw() {
    wm.stubFor(get("/v1/servers/42").willReturn(okJson("{\"server\":"
        + HetznerPayloads.server(42, "api-1", "running").replace("\"status\":\"running\"", "\"status\":\"hibernating\"") + "}")));
    validateSpec = false; // the spec's enum does not know the value: that is the point
    Server s = hetzner.servers().get(42);
    assertTrue(s.status().isUnknown());
    assertEquals(ServerStatus.UNKNOWN, s.status().value());
    assertEquals("hibernating", s.status().raw());
  }

  @Test
  void get_missing_throwsNotFoundWithCodeAndRequestId() {
    wm.stubFor(get("/v1/servers/9").willReturn(jsonResponse(HetznerPayloads.error("not_found", "server with ID '9' not found"), 404)
        .withHeader("X-Correlation-Id", "corr-9")));
    NotFoundException e = assertThrows(NotFoundException.class, () -> hetzner.servers().get(9));
    assertEquals("not_found", e.providerCode());
    assertEquals("corr-9", e.requestId());
    assertEquals(1, e.attempts());
    assertFalse(e.retryable());
    assertTrue(e.getMessage().contains("request-id: corr-9"), e.getMessage());
  }

  @Test
  void create_returnsPasswordActionAndNextActions_thenAwaitsThemInOneBatch() {
    wm.stubFor(post("/v1/servers").willReturn(jsonResponse("{\"server\":" + HetznerPayloads.server(42, "api-1", "initializing")
        + ",\"action\":" + HetznerPayloads.action(1, "create_server", "running", 0)
        + ",\"next_actions\":[" + HetznerPayloads.action(2, "start_server", "running", 0) + "]"
        + ",\"root_password\":\"YItygq1v3GYjjMomLaKc\"}", 201)));
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).inScenario("poll").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(HetznerPayloads.actions(HetznerPayloads.action(1, "create_server", "running", 50),
            HetznerPayloads.action(2, "start_server", "running", 0)))).willSetStateTo("done"));
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).inScenario("poll").whenScenarioStateIs("done")
        .willReturn(okJson(HetznerPayloads.actions(HetznerPayloads.action(1, "create_server", "success", 100),
            HetznerPayloads.action(2, "start_server", "success", 100)))));
    wm.stubFor(get("/v1/servers/42").willReturn(okJson("{\"server\":" + HetznerPayloads.server(42, "api-1", "running") + "}")));

    CreatedServer created = hetzner.servers().create(CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04")
        .location("fsn1").labels(Map.of("env", "prod")).publicNet(true, false).build());
    assertEquals("YItygq1v3GYjjMomLaKc", created.rootPassword());
    assertFalse(created.toString().contains("YItygq1v3GYjjMomLaKc"));
    assertEquals(List.of(2L), created.nextActions().stream().map(ActionHandle::id).toList());

    Server ready = created.awaitReady(hetzner.servers(), Duration.ofMinutes(5));
    assertTrue(ready.status().is(ServerStatus.RUNNING));
    wm.verify(2, getRequestedFor(urlPathEqualTo("/v1/actions")).withQueryParam("id", equalTo("1"))
        .withQueryParam("id", equalTo("2")));
    wm.verify(postRequestedFor(urlEqualTo("/v1/servers")).withRequestBody(equalToJson(
        "{\"name\":\"api-1\",\"location\":\"fsn1\",\"server_type\":\"cpx22\",\"image\":\"ubuntu-24.04\","
            + "\"labels\":{\"env\":\"prod\"},\"public_net\":{\"enable_ipv4\":true,\"enable_ipv6\":false}}")));
    assertFalse(time.sleeps().isEmpty(), "polling waited through the injected sleeper");
  }

  @Test
  void awaitAll_batchesMoreThan25IdsPerRequest() {
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).willReturn(okJson(HetznerPayloads.actions())));
    List<Long> ids = new java.util.ArrayList<>();
    for (long i = 1; i <= 30; i++) ids.add(i);
    hetzner.actions().get(ids);
    var requests = wm.findAll(getRequestedFor(urlPathEqualTo("/v1/actions")));
    assertEquals(2, requests.size());
    assertEquals(25, requests.get(0).getQueryParams().get("id").values().size());
    assertEquals(5, requests.get(1).getQueryParams().get("id").values().size());
  }

  @Test
  void actionEndingInError_throwsOperationFailedWithCode() {
    wm.stubFor(post("/v1/servers/42/actions/poweron").willReturn(jsonResponse(HetznerPayloads.actionEnvelope(7, "start_server", "running"), 201)));
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).willReturn(okJson(HetznerPayloads.actions(HetznerPayloads.action(7, "start_server", "error", 100)))));
    ActionHandle h = hetzner.servers().powerOn(42);
    OperationFailedException e = assertThrows(OperationFailedException.class, () -> h.await(Duration.ofMinutes(1)));
    assertEquals("action_failed", e.code());
    assertTrue(e.getMessage().contains("start_server"));
  }

  @Test
  void actionOutlivingTheWait_throwsWaitTimeoutNamingIt() {
    wm.stubFor(post("/v1/servers/42/actions/reboot").willReturn(jsonResponse(HetznerPayloads.actionEnvelope(8, "reboot_server", "running"), 201)));
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).willReturn(okJson(HetznerPayloads.actions(HetznerPayloads.action(8, "reboot_server", "running", 30)))));
    ActionHandle h = hetzner.servers().reboot(42);
    Instant start = time.instant();
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class, () -> h.await(Duration.ofSeconds(30)));
    assertEquals(List.of("action 8 (reboot_server, 30 %)"), e.stillRunning());
    assertEquals(Duration.ofSeconds(30), Duration.between(start, time.instant()), "waited exactly the timeout");
  }

  @Test
  void powerActions_changeType_backups_andDelete_hitTheirEndpoints() {
    for (String a : List.of("poweron", "poweroff", "shutdown", "reboot", "change_type", "enable_backup", "disable_backup")) {
      wm.stubFor(post("/v1/servers/42/actions/" + a).willReturn(jsonResponse(HetznerPayloads.actionEnvelope(1, a, "running"), 201)));
    }
    wm.stubFor(delete("/v1/servers/42").willReturn(okJson(HetznerPayloads.actionEnvelope(9, "delete_server", "running"))));
    var s = hetzner.servers();
    assertEquals(1, s.powerOn(42).id());
    s.powerOff(42);
    s.shutdown(42);
    s.reboot(42);
    s.enableBackup(42);
    s.disableBackup(42);
    assertEquals("change_type", s.changeType(42, "cpx32", false).action().command());
    assertEquals(9, s.delete(42).id());
    wm.verify(postRequestedFor(urlEqualTo("/v1/servers/42/actions/change_type"))
        .withRequestBody(equalToJson("{\"server_type\":\"cpx32\",\"upgrade_disk\":false}")));
  }

  @Test
  void locked_isTypedUnlessWaitingForLocks_thenRunningActionsAreAwaitedAndTheCallRepeated() {
    wm.stubFor(post("/v1/servers/42/actions/change_type").inScenario("lock").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(jsonResponse(HetznerPayloads.error("locked", "server is locked"), 423)).willSetStateTo("locked-once"));
    assertThrows(LockedException.class, () -> hetzner.servers().changeType(42, "cpx32", true));

    wm.stubFor(post("/v1/servers/42/actions/change_type").inScenario("lock").whenScenarioStateIs("locked-once")
        .willReturn(jsonResponse(HetznerPayloads.error("locked", "server is locked"), 423)).willSetStateTo("free"));
    wm.stubFor(post("/v1/servers/42/actions/change_type").inScenario("lock").whenScenarioStateIs("free")
        .willReturn(jsonResponse(HetznerPayloads.actionEnvelope(5, "change_server_type", "running"), 201)));
    wm.stubFor(get(urlPathEqualTo("/v1/servers/42/actions")).willReturn(okJson(HetznerPayloads.actionsPage(
        HetznerPayloads.action(4, "shutdown_server", "running", 50)))));
    wm.stubFor(get(urlPathEqualTo("/v1/actions")).willReturn(okJson(HetznerPayloads.actions(
        HetznerPayloads.action(4, "shutdown_server", "success", 100)))));
    ActionHandle h = hetzner.servers().waitingForLocks(Duration.ofMinutes(2)).changeType(42, "cpx32", true);
    assertEquals(5, h.id());
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/servers/42/actions")).withQueryParam("status", equalTo("running")));
  }

  @Test
  void createImage_metrics_andUpdate() {
    wm.stubFor(post("/v1/servers/42/actions/create_image").willReturn(jsonResponse("{\"image\":"
        + HetznerPayloads.image(77, "snapshot", "creating") + ",\"action\":" + HetznerPayloads.action(3, "create_image", "running", 0) + "}", 201)));
    CreatedImage img = hetzner.servers().createImage(42, "weekly", ImageType.SNAPSHOT, Map.of("kind", "weekly"));
    assertEquals(77, img.image().id());
    assertTrue(img.image().status().is(ImageStatus.CREATING));
    assertEquals(3, img.action().id());

    wm.stubFor(get(urlPathEqualTo("/v1/servers/42/metrics")).willReturn(okJson("""
        {"metrics":{"start":"2026-11-26T02:00:00Z","end":"2026-11-26T03:00:00Z","step":60,
         "time_series":{"cpu":{"values":[[1764122400.0,"42.5"],[1764122460.0,"43"]]}}}}""")));
    Metrics m = hetzner.servers().metrics(42, EnumSet.of(MetricType.CPU, MetricType.DISK),
        Instant.parse("2026-11-26T02:00:00Z"), Instant.parse("2026-11-26T03:00:00Z"), Duration.ofSeconds(60));
    assertEquals(List.of(42.5, 43.0), m.samples("cpu").stream().map(Metrics.Sample::value).toList());
    assertEquals(Instant.ofEpochSecond(1764122400L), m.samples("cpu").get(0).at());
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/servers/42/metrics")).withQueryParam("type", equalTo("cpu"))
        .withQueryParam("type", equalTo("disk")).withQueryParam("step", equalTo("60")));

    wm.stubFor(put("/v1/servers/42").willReturn(okJson("{\"server\":" + HetznerPayloads.server(42, "api-2", "running") + "}")));
    assertEquals("api-2", hetzner.servers().update(42, "api-2", null).name());
    wm.verify(putRequestedFor(urlEqualTo("/v1/servers/42")).withRequestBody(equalToJson("{\"name\":\"api-2\"}")));
  }

  @Test
  void badInput_isRejectedBeforeAnyRequest() {
    assertThrows(IllegalArgumentException.class, () -> CreateServerRequest.builder(" ", "cpx22", "ubuntu").build());
    assertThrows(IllegalArgumentException.class, () -> hetzner.servers().metrics(1, EnumSet.noneOf(MetricType.class),
        Instant.EPOCH, Instant.now(), null));
    assertThrows(IllegalArgumentException.class, () -> hetzner.servers().createImage(1, "x", ImageType.SYSTEM, null));
    assertEquals(0, wm.getAllServeEvents().size());
  }
}
