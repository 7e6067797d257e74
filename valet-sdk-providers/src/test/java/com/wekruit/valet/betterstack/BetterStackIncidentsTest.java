package com.wekruit.valet.betterstack;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.betterstack.testing.BetterStackPayloads;
import com.wekruit.valet.error.ConflictException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Incidents (v3): filters, report once, acknowledge/resolve that tolerate a repeat, relationships. */
class BetterStackIncidentsTest extends WireMockBetterStack {

  private static String incident(String id, String status) {
    Map<String, Object> a = BetterStackPayloads.incidentAttributes("api down", "Status 503", "2026-11-26T02:59:00Z");
    a.put("status", status);
    a.put("metadata", Map.of("Region", List.of(Map.of("type", "String", "value", "eu"))));
    return BetterStackPayloads.single(BetterStackPayloads.resource(id, "incident", a, Map.of("monitor",
        Map.of("data", Map.of("id", "238", "type", "monitor")))));
  }

  @Test
  void list_sendsFiltersAnd50PerPage() {
    wm.stubFor(get(urlPathEqualTo("/api/v3/incidents")).willReturn(okJson(BetterStackPayloads.page(List.of(),
        wm.baseUrl() + "/api/v3/incidents?page=1", wm.baseUrl() + "/api/v3/incidents?page=1", null, null))));
    uptime.incidents().list(IncidentQuery.open().monitorId("238").between(LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 26))).stream().toList();
    wm.verify(getRequestedFor(urlEqualTo("/api/v3/incidents?from=2026-11-01&to=2026-11-26&monitor_id=238"
        + "&resolved=false&per_page=50")));
  }

  @Test
  void get_decodesStatusRelationshipsAndV3Metadata() {
    wm.stubFor(get("/api/v3/incidents/77").willReturn(okJson(incident("77", "Started"))));
    Incident i = uptime.incidents().get("77");
    assertTrue(i.status().is(IncidentStatus.STARTED));
    assertEquals("238", i.monitorId());
    assertNull(i.heartbeatId());
    assertEquals("eu", i.attributes().metadata().get("Region").get(0).value());
  }

  @Test
  void create_isSentOnce_withTheDocumentedBody() {
    wm.stubFor(post("/api/v3/incidents").willReturn(jsonResponse(incident("78", "Started"), 201)));
    Incident i = uptime.incidents().create(IncidentRequest.builder("oncall@example.com", "Backups failing")
        .name("backup").alerts(false, false, true, true).build());
    assertEquals("78", i.id());
    wm.verify(1, postRequestedFor(urlEqualTo("/api/v3/incidents")).withRequestBody(equalToJson(
        "{\"requester_email\":\"oncall@example.com\",\"name\":\"backup\",\"summary\":\"Backups failing\","
            + "\"call\":false,\"sms\":false,\"email\":true,\"push\":true}")));
  }

  @Test
  void acknowledgeTwice_isNotAnError_theIncidentIsReturned() {
    wm.stubFor(post("/api/v3/incidents/77/acknowledge").willReturn(jsonResponse(BetterStackPayloads.error(
        "Incident was already acknowledged"), 409)));
    wm.stubFor(get("/api/v3/incidents/77").willReturn(okJson(incident("77", "Acknowledged"))));
    Incident i = uptime.incidents().acknowledge("77", "ada@example.com");
    assertTrue(i.status().is(IncidentStatus.ACKNOWLEDGED));
    wm.verify(postRequestedFor(urlEqualTo("/api/v3/incidents/77/acknowledge")).withRequestBody(equalToJson(
        "{\"acknowledged_by\":\"ada@example.com\"}")));
  }

  @Test
  void resolve_isRetriedAfterALostAnswer_andTheRepeatsConflictMeansDone() {
    wm.stubFor(post("/api/v3/incidents/77/resolve").inScenario("r").whenScenarioStateIs("Started")
        .willReturn(jsonResponse(BetterStackPayloads.error("bad gateway"), 502)).willSetStateTo("done"));
    wm.stubFor(post("/api/v3/incidents/77/resolve").inScenario("r").whenScenarioStateIs("done")
        .willReturn(jsonResponse(BetterStackPayloads.error("Incident was already resolved"), 409)));
    wm.stubFor(get("/api/v3/incidents/77").willReturn(okJson(incident("77", "Resolved"))));
    assertTrue(uptime.incidents().resolve("77", "ada@example.com").status().is(IncidentStatus.RESOLVED));
    wm.verify(2, postRequestedFor(urlEqualTo("/api/v3/incidents/77/resolve")));
  }

  @Test
  void otherConflicts_stayErrors() {
    wm.stubFor(post("/api/v3/incidents/77/acknowledge").willReturn(jsonResponse(BetterStackPayloads.error(
        "Incident was already resolved"), 409)));
    assertThrows(ConflictException.class, () -> uptime.incidents().acknowledge("77", "ada@example.com"));
  }
}
