package com.wekruit.valet.betterstack;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.http.Fault;
import com.wekruit.valet.betterstack.testing.BetterStackPayloads;
import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.RetryPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Monitors against spec-shaped stubs: bodies, tri-state PATCH, at-most-once create, typed 422, quirks. */
class BetterStackMonitorsTest extends WireMockBetterStack {

  @Test
  void create_sendsOnlyWhatWasSet_andDecodesThe201() {
    wm.stubFor(post("/api/v2/monitors").willReturn(jsonResponse(monitorJson("238", "https://api.example.com",
        "pending"), 201)));
    Monitor m = uptime.monitors().create(MonitorRequest.builder().url("https://api.example.com")
        .monitorType(MonitorType.STATUS).checkFrequency(60).httpMethod("HEAD").regions(List.of("eu", "us")).build());
    assertEquals("238", m.id());
    assertTrue(m.status().is(MonitorStatus.PENDING));
    assertTrue(m.attributes().monitorType().is(MonitorType.STATUS));
    wm.verify(postRequestedFor(urlEqualTo("/api/v2/monitors"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withRequestBody(equalToJson("{\"url\":\"https://api.example.com\",\"monitor_type\":\"status\","
            + "\"check_frequency\":60,\"http_method\":\"head\",\"regions\":[\"eu\",\"us\"]}")));
  }

  @Test
  void create_isNotRepeatedAfterA5xx_andSaysItMayHaveTakenEffect() {
    wm.stubFor(post("/api/v2/monitors").willReturn(jsonResponse(BetterStackPayloads.error("oops"), 500)));
    ServerErrorException e = assertThrows(ServerErrorException.class, () -> uptime.monitors().create(
        MonitorRequest.builder().url("https://a.example").monitorType(MonitorType.STATUS).build()));
    assertTrue(e.mayHaveTakenEffect());
    wm.verify(1, postRequestedFor(urlEqualTo("/api/v2/monitors")));
  }

  @Test
  void create_withoutUrlOrType_isRefusedBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> uptime.monitors().create(MonitorRequest.builder()
        .url("https://a.example").build()));
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void update_distinguishesUnsetClearAndSet() {
    wm.stubFor(patch(urlEqualTo("/api/v2/monitors/238")).willReturn(okJson(monitorJson("238", "https://a", "up"))));
    uptime.monitors().update("238", MonitorRequest.builder().clearPolicyId().clearSslExpiration().checkFrequency(30)
        .build());
    wm.verify(patchRequestedFor(urlEqualTo("/api/v2/monitors/238")).withRequestBody(equalToJson(
        "{\"policy_id\":null,\"ssl_expiration\":null,\"check_frequency\":30}")));
  }

  @Test
  void pauseAndResume_patchPaused_andAreRetriedLikeAPut() {
    wm.stubFor(patch(urlEqualTo("/api/v2/monitors/238")).inScenario("p").whenScenarioStateIs("Started")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    wm.stubFor(patch(urlEqualTo("/api/v2/monitors/238")).inScenario("p").whenScenarioStateIs("ok")
        .willReturn(okJson(monitorJson("238", "https://a", "paused"))));
    assertTrue(uptime.monitors().pause("238").status().is(MonitorStatus.PAUSED));
    wm.verify(2, patchRequestedFor(urlEqualTo("/api/v2/monitors/238")).withRequestBody(equalToJson(
        "{\"paused\":true}")));
    uptime.monitors().resume("238");
    wm.verify(patchRequestedFor(urlEqualTo("/api/v2/monitors/238")).withRequestBody(equalToJson(
        "{\"paused\":false}")));
  }

  @Test
  void delete_204_andAGoneAfterARetryIsSuccess() {
    wm.stubFor(delete("/api/v2/monitors/1").willReturn(aResponse().withStatus(204)));
    uptime.monitors().delete("1");
    wm.stubFor(delete("/api/v2/monitors/2").inScenario("d").whenScenarioStateIs("Started")
        .willReturn(jsonResponse(BetterStackPayloads.error("gateway"), 502)).willSetStateTo("gone"));
    wm.stubFor(delete("/api/v2/monitors/2").inScenario("d").whenScenarioStateIs("gone")
        .willReturn(jsonResponse(BetterStackPayloads.error("Resource with provided ID was not found"), 404)));
    uptime.monitors().delete("2");
    wm.verify(2, deleteRequestedFor(urlEqualTo("/api/v2/monitors/2")));
  }

  @Test
  void get_missing_isNotFoundWithTheApisMessage() {
    wm.stubFor(get("/api/v2/monitors/9").willReturn(jsonResponse(BetterStackPayloads.error(
        "Resource type monitor with id = 9 was not found"), 404)));
    NotFoundException e = assertThrows(NotFoundException.class, () -> uptime.monitors().get("9"));
    assertTrue(e.getMessage().contains("id = 9 was not found"), e.getMessage());
  }

  @Test
  void validation422_fieldMessagesBecomeTypedDetails() {
    wm.stubFor(post("/api/v2/monitors").willReturn(jsonResponse(BetterStackPayloads.json(Map.of("errors",
        Map.of("url", List.of("Can't be blank.", "is not a URL")))), 422)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> uptime.monitors().create(
        MonitorRequest.builder().url(" ").monitorType(MonitorType.STATUS).build()));
    assertEquals(List.of("url", "url"), e.error().details().stream().map(d -> d.field()).toList());
    assertEquals("Can't be blank.", e.error().details().get(0).message());
    assertFalse(e.retryable());
    wm.verify(1, postRequestedFor(urlEqualTo("/api/v2/monitors")));
  }

  @Test
  void validation422_requiredAndInvalidAttributesBecomeDetails() {
    wm.stubFor(patch(urlEqualTo("/api/v2/monitors/5")).willReturn(jsonResponse(BetterStackPayloads.json(Map.of(
        "errors", "Your request is missing some required attributes", "required_attributes", List.of("url"),
        "invalid_attributes", List.of("urll"))), 422)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> uptime.monitors().update("5",
        MonitorRequest.builder().checkFrequency(30).build()));
    assertEquals("Your request is missing some required attributes", e.error().message());
    assertEquals(List.of("url", "urll"), e.error().details().stream().map(d -> d.field()).toList());
  }

  @Test
  void quirks_idsAsNumbersOrStrings_upperCaseMethod_unknownTypeAndFields() {
    validateSpec = false; // the stub carries a field newer than the list on purpose
    Map<String, Object> a = BetterStackPayloads.monitorAttributes("https://a", "websocket");
    a.put("monitor_group_id", "12345");
    a.put("expiration_policy_id", 77);
    a.put("http_method", "GET");
    a.put("status", "rebooting");
    a.put("brand_new_field", Map.of("x", 1));
    a.put("request_headers", List.of(Map.of("id", 5, "name", "Authorization", "value", "Bearer s3cr3t-header")));
    wm.stubFor(get("/api/v2/monitors/3").willReturn(okJson(BetterStackPayloads.single(BetterStackPayloads.resource(
        "3", "endpoint", a, null)))));
    Monitor m = uptime.monitors().get("3");
    assertEquals(12345L, m.attributes().monitorGroupId());
    assertEquals(77L, m.attributes().expirationPolicyId());
    assertEquals("get", m.attributes().httpMethod());
    assertTrue(m.attributes().monitorType().isUnknown());
    assertEquals("websocket", m.attributes().monitorType().raw());
    assertEquals("rebooting", m.status().raw());
    assertEquals("5", m.attributes().requestHeaders().get(0).id());
    assertFalse(m.toString().contains("s3cr3t-header"), m.toString());
  }

  @Test
  void availabilityAndResponseTimes_documentedShapes() {
    wm.stubFor(get(urlPathEqualTo("/api/v2/monitors/4/sla")).willReturn(okJson(BetterStackPayloads.single(
        BetterStackPayloads.resource("4", "monitor_sla", Map.of("availability", 99.98, "total_downtime", 600,
            "number_of_incidents", 3, "longest_incident", 300, "average_incident", 200), null)))));
    Availability sla = uptime.monitors().availability("4", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 25));
    assertEquals(99.98, sla.availability());
    assertEquals(600, sla.totalDowntime());
    wm.verify(getRequestedFor(urlEqualTo("/api/v2/monitors/4/sla?from=2026-11-01&to=2026-11-25")));
    wm.stubFor(get("/api/v2/monitors/4/response-times").willReturn(okJson("""
        {"data":{"id":"4","type":"monitor_response_times","attributes":{"regions":[{"region":"us","response_times":
        [{"at":"2025-04-03T11:00:57.000Z","response_time":0.47273,"name_lookup_time":0.00002,"connection_time":0.14187,
        "tls_handshake_time":0.19929,"data_transfer_time":0.13154}]}]}}}""")));
    ResponseTimes rt = uptime.monitors().responseTimes("4");
    assertEquals("us", rt.regions().get(0).region());
    assertEquals(0.47273, rt.regions().get(0).responseTimes().get(0).responseTime());
  }

  @Test
  void aReadIsRetriedAfter503_butBadInputIsNot() {
    BetterStackClient c = client(RetryPolicy.builder().maxAttempts(3).build());
    wm.stubFor(get("/api/v2/monitors/8").willReturn(jsonResponse(BetterStackPayloads.error("maintenance"), 503)));
    ValetException e = assertThrows(ValetException.class, () -> c.monitors().get("8"));
    assertEquals(3, e.attempts());
    wm.verify(3, getRequestedFor(urlEqualTo("/api/v2/monitors/8")));
  }
}
