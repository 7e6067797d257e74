package com.wekruit.valet.betterstack;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.http.Fault;
import com.wekruit.valet.betterstack.testing.BetterStackPayloads;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Heartbeats: CRUD bodies, the policy un-assignment quirk, and pings whose URL token never shows anywhere. */
class BetterStackHeartbeatsTest extends WireMockBetterStack {
  private static final String PING_TOKEN = "hbTok3nS3cretXyZ123";

  private Heartbeat heartbeat(String pingUrl) {
    wm.stubFor(get("/api/v2/heartbeats/12").willReturn(okJson(BetterStackPayloads.single(BetterStackPayloads.resource(
        "12", "heartbeat", BetterStackPayloads.heartbeatAttributes("backup", pingUrl, 86400, 3600), null)))));
    return uptime.heartbeats().get("12");
  }

  @Test
  void create_andUpdate_sendTriStateFields() {
    wm.stubFor(post("/api/v2/heartbeats").willReturn(jsonResponse(BetterStackPayloads.single(BetterStackPayloads
        .resource("12", "heartbeat", BetterStackPayloads.heartbeatAttributes("backup", wm.baseUrl()
            + "/api/v1/heartbeat/" + PING_TOKEN, 86400, 3600), null)), 201)));
    Heartbeat hb = uptime.heartbeats().create(HeartbeatRequest.builder().name("backup").period(86400).grace(3600)
        .build());
    assertTrue(hb.status().is(MonitorStatus.PENDING));
    wm.verify(postRequestedFor(urlEqualTo("/api/v2/heartbeats")).withRequestBody(equalToJson(
        "{\"name\":\"backup\",\"period\":86400,\"grace\":3600}")));
    wm.stubFor(patch(urlEqualTo("/api/v2/heartbeats/12")).willReturn(okJson(BetterStackPayloads.single(
        BetterStackPayloads.resource("12", "heartbeat", BetterStackPayloads.heartbeatAttributes("nightly", null, 60, 0),
            null)))));
    uptime.heartbeats().update("12", HeartbeatRequest.builder().name("nightly").build());
    uptime.heartbeats().update("12", HeartbeatRequest.builder().clearPolicyId().build());
    List<String> bodies = wm.findAll(patchRequestedFor(urlEqualTo("/api/v2/heartbeats/12"))).stream()
        .map(r -> r.getBodyAsString()).toList();
    assertEquals(List.of("{\"name\":\"nightly\"}", "{\"policy_id\":null}"), bodies,
        "a rename leaves the policy alone; only an explicit clear sends null");
    assertThrows(IllegalArgumentException.class, () -> HeartbeatRequest.builder().period(29));
  }

  @Test
  void ping_success_failure_exitCode_withoutTheApiToken() {
    wm.stubFor(get(urlPathMatching("/api/v1/heartbeat/.*")).willReturn(ok("OK")));
    Heartbeat hb = heartbeat(wm.baseUrl() + "/api/v1/heartbeat/" + PING_TOKEN);
    uptime.heartbeats().ping(hb);
    uptime.heartbeats().pingFailure(hb);
    uptime.heartbeats().pingExitCode(hb, 3);
    for (String suffix : List.of("", "/fail", "/3")) {
      wm.verify(getRequestedFor(urlEqualTo("/api/v1/heartbeat/" + PING_TOKEN + suffix)).withoutHeader("Authorization"));
    }
  }

  @Test
  void pingToken_isRedactedFromErrorsLogsAndToString() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/heartbeat/" + PING_TOKEN)).willReturn(jsonResponse(
        BetterStackPayloads.error("heartbeat " + PING_TOKEN + " not found"), 404)));
    wm.stubFor(get(urlPathEqualTo("/api/v1/heartbeat/" + PING_TOKEN + "/fail")).willReturn(aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER)));
    Heartbeat hb = heartbeat(wm.baseUrl() + "/api/v1/heartbeat/" + PING_TOKEN);
    List<String> seen = new ArrayList<>();
    try (LogCapture logs = LogCapture.everything()) {
      ValetException notFound = assertThrows(ValetException.class, () -> uptime.heartbeats().ping(hb));
      ValetException reset = assertThrows(ValetException.class, () -> uptime.heartbeats().pingFailure(hb));
      HeartbeatPinger pinger = HeartbeatPinger.builder(hb.pingUrl()).sleeper(time).build();
      ValetException direct = assertThrows(ValetException.class, pinger::success);
      for (ValetException e : List.of(notFound, reset, direct)) {
        seen.add(e.getMessage());
        seen.add(String.valueOf(e.getCause()));
      }
      seen.add(hb.toString());
      seen.add(pinger.toString());
      assertFalse(logs.lines().isEmpty(), "the transport logged");
      seen.add(logs.all());
    }
    for (String s : seen) assertFalse(s.contains(PING_TOKEN), "ping token leaked in: " + s);
    assertTrue(seen.get(0).contains("****"), seen.get(0));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> HeartbeatPinger.builder("https://uptime.betterstack.com/api/v1/monitors/" + PING_TOKEN));
    assertFalse(bad.getMessage().contains(PING_TOKEN));
  }

  @Test
  void aPingUrlOnAnotherHost_isNotSentByTheApiClient() {
    Heartbeat hb = heartbeat("https://elsewhere.example/api/v1/heartbeat/" + PING_TOKEN);
    ValetClientException e = assertThrows(ValetClientException.class, () -> uptime.heartbeats().ping(hb));
    assertEquals(ValetClientException.Kind.REFUSED, e.kind());
    assertFalse(e.getMessage().contains(PING_TOKEN), e.getMessage());
  }

  @Test
  void statusPagesAndOnCall_decode() {
    wm.stubFor(get("/api/v2/status-pages/5").willReturn(okJson(BetterStackPayloads.single(BetterStackPayloads.resource(
        "5", "status_page", BetterStackPayloads.statusPageAttributes("Example", "example", "degraded"), null)))));
    assertTrue(uptime.statusPages().get("5").aggregateState().is(AggregateState.DEGRADED));
    wm.stubFor(get("/api/v2/on-calls/default").willReturn(okJson(BetterStackPayloads.onCall("1001", "2345",
        "ada@example.com", "Ada", "Lovelace"))));
    OnCall now = uptime.onCall().current();
    assertTrue(now.defaultCalendar());
    assertEquals(List.of(new OnCall.OnCallUser("2345", "ada@example.com", "Ada", "Lovelace", List.of("+15550100"))),
        now.users());
  }

  @Test
  void fromEnv_readsBetteruptimeApiToken() {
    assertNotNull(BetterStackClient.fromEnv(Map.of("BETTERUPTIME_API_TOKEN", TOKEN)::get));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BetterStackClient.fromEnv(Map.of("BETTER_UPTIME_API_TOKEN", TOKEN)::get));
    assertTrue(e.getMessage().contains("BETTERUPTIME_API_TOKEN"));
  }
}
