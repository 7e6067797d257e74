package com.wekruit.valet.neon;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.LockedException;
import com.wekruit.valet.error.RateLimitedException;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.neon.testing.NeonPayloads;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** 423 while operations run is waited out and repeated; any other 423 is the caller's; the request budget holds. */
class NeonLocksAndLimitsTest extends WireMockNeon {
  static final String P = "/api/v2/projects/proj-1";
  static final String OP = "d8ac46eb-a757-42b1-9907-f78322ee394e";
  static final String EP = NeonPayloads.endpoint("ep-1", "proj-1", "br-main", "read_write", "idle", 0.25, 1, 0);

  @Test
  void lockedByRunningOperations_waitsForThemAndRepeatsTheCall() {
    wm.stubFor(post(P + "/endpoints/ep-1/start").inScenario("lock").willReturn(jsonResponse(NeonPayloads.error("",
        "project already has running operations, scheduling of new ones is prohibited"), 423)).willSetStateTo("free"));
    wm.stubFor(post(P + "/endpoints/ep-1/start").inScenario("lock").whenScenarioStateIs("free").willReturn(
        jsonResponse("{\"endpoint\":" + EP + ",\"operations\":[]}", 200)));
    wm.stubFor(get(urlPathEqualTo(P + "/operations")).willReturn(jsonResponse("{\"operations\":[" + NeonPayloads
        .operation(OP, "proj-1", "br-main", null, "check_availability", "running") + "]}", 200)));
    wm.stubFor(get(P + "/operations/" + OP).willReturn(jsonResponse("{\"operation\":" + NeonPayloads.operation(OP,
        "proj-1", "br-main", null, "check_availability", "finished") + "}", 200)));

    Pending<Endpoint> started = neon.endpoints("proj-1").start("ep-1");
    assertEquals("ep-1", started.value().id());
    wm.verify(2, postRequestedFor(urlEqualTo(P + "/endpoints/ep-1/start")));
    wm.verify(1, getRequestedFor(urlEqualTo(P + "/operations/" + OP)));
  }

  @Test
  void lockedForAnotherReason_isATypedErrorAndNotRepeated() {
    wm.stubFor(post(P + "/endpoints/ep-1/start").willReturn(jsonResponse(NeonPayloads.error("",
        "Your project has exceeded the logical size quota. Upgrade your plan to increase limits."), 423)));
    LockedException e = assertThrows(LockedException.class, () -> neon.endpoints("proj-1").start("ep-1"));
    assertFalse(e.retryable());
    assertTrue(e.getMessage().contains("logical size quota"), e.getMessage());
    wm.verify(1, postRequestedFor(urlEqualTo(P + "/endpoints/ep-1/start")));
    wm.verify(0, getRequestedFor(urlPathEqualTo(P + "/operations")));
  }

  @Test
  void lockThatNeverClears_failsAfterTheLockWait() {
    neon = builder().lockWait(Duration.ofSeconds(30)).build();
    wm.stubFor(post(P + "/endpoints/ep-1/restart").willReturn(jsonResponse(NeonPayloads.error("",
        "project already has running operations, scheduling of new ones is prohibited"), 423)));
    wm.stubFor(get(urlPathEqualTo(P + "/operations")).willReturn(jsonResponse("{\"operations\":[]}", 200)));
    assertThrows(com.wekruit.valet.error.WaitTimeoutException.class, () -> neon.endpoints("proj-1").restart("ep-1"));
    int attempts = wm.findAll(postRequestedFor(urlEqualTo(P + "/endpoints/ep-1/restart"))).size();
    assertTrue(attempts > 5 && attempts <= 32, "rechecked about once a second for 30 s: " + attempts);
  }

  @Test
  void rateLimitedCreate_isRepeatedBecauseNeonRejectedIt() {
    validateSpec = false; // the spec declares no 429 for this route, only "default"
    wm.stubFor(post(P + "/endpoints").inScenario("429").willReturn(jsonResponse(NeonPayloads.error("",
        "rate limit exceeded"), 429)).willSetStateTo("ok"));
    wm.stubFor(post(P + "/endpoints").inScenario("429").whenScenarioStateIs("ok").willReturn(jsonResponse(
        "{\"endpoint\":" + EP + ",\"operations\":[]}", 201)));
    Endpoint e = neon.endpoints("proj-1").create(CreateEndpointRequest.of("br-main", EndpointType.READ_ONLY,
        ComputeSettings.builder().autoscaling(0.5, 4).build())).value();
    assertEquals("ep-1", e.id());
    wm.verify(2, postRequestedFor(urlEqualTo(P + "/endpoints")));
    assertTrue(time.sleeps().stream().anyMatch(d -> d.compareTo(Duration.ofSeconds(2)) >= 0),
        "a 429 without Retry-After closes the gate for 2 s: " + time.sleeps());
  }

  @Test
  void perSecondBudget_holdsTheNextCallUntilTheWindowMoves() {
    neon = builder().requestBudget(700, 3).retryPolicy(RetryPolicy.none()).build();
    wm.stubFor(get(P + "/endpoints/ep-1").willReturn(jsonResponse("{\"endpoint\":" + EP + "}", 200)));
    for (int i = 0; i < 3; i++) neon.endpoints("proj-1").get("ep-1");
    assertTrue(time.sleeps().isEmpty(), "three within the budget: " + time.sleeps());
    neon.endpoints("proj-1").get("ep-1");
    assertEquals(1, time.sleeps().size());
    assertEquals(Duration.ofSeconds(1), time.sleeps().get(0), "waited for the oldest to leave the 1 s window");
    wm.verify(4, getRequestedFor(urlEqualTo(P + "/endpoints/ep-1")));
  }

  @Test
  void perMinuteBudget_isVisibleAndSpentBudgetWaits() {
    neon = builder().requestBudget(5, 40).retryPolicy(RetryPolicy.builder().maxServerWait(Duration.ofMinutes(2))
        .build()).build();
    wm.stubFor(get(P + "/endpoints/ep-1").willReturn(jsonResponse("{\"endpoint\":" + EP + "}", 200)));
    for (int i = 0; i < 5; i++) {
      neon.endpoints("proj-1").get("ep-1");
      time.advance(Duration.ofSeconds(1));
    }
    assertEquals(0, neon.rateLimit().remaining());
    assertEquals(5, neon.rateLimit().limit());
    neon.endpoints("proj-1").get("ep-1");
    assertEquals(Duration.ofSeconds(55), time.sleeps().get(0), "until the first of the five is a minute old");
  }

  @Test
  void rateLimitedRead_onSpecAnswer() {
    neon = builder().retryPolicy(RetryPolicy.none()).build();
    validateSpec = false;
    wm.stubFor(get(P + "/endpoints/ep-1").willReturn(jsonResponse(NeonPayloads.error("", "too many requests"), 429)));
    RateLimitedException e = assertThrows(RateLimitedException.class, () -> neon.endpoints("proj-1").get("ep-1"));
    assertTrue(e.retryable());
  }
}
