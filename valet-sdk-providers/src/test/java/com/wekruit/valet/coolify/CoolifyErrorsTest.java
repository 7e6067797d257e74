package com.wekruit.valet.coolify;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.coolify.testing.CoolifyPayloads;
import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.error.ConflictException;
import com.wekruit.valet.error.ForbiddenException;
import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.RateLimitedException;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.UnauthorizedException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coolify's error answers: derived codes, field details, which 403 it is, what is repeated and what is not. */
class CoolifyErrorsTest extends WireMockCoolify {

  private ForbiddenException forbidden(String message) {
    wm.resetAll();
    wm.stubFor(post(API + "/applications/app-1/restart").willReturn(jsonResponse(
        "{\"success\":true,\"message\":\"" + message + "\"}", 403)));
    ForbiddenException e = assertThrows(ForbiddenException.class, () -> coolify.applications().restart("app-1"));
    wm.verify(1, postRequestedFor(urlEqualTo(API + "/applications/app-1/restart")));
    assertFalse(e.retryable(), "a 403 is never repeated (failed requests lock tokens out)");
    return e;
  }

  @Test
  void forbidden_saysWhich_apiOff_ipNotAllowed_orMissingPermission() {
    assertEquals(ForbiddenReason.API_DISABLED, ForbiddenReason.of(forbidden("API is disabled.")).orElseThrow());
    ForbiddenException ip = forbidden("You are not allowed to access the API.");
    assertEquals(ForbiddenReason.IP_NOT_ALLOWED, ForbiddenReason.of(ip).orElseThrow());
    assertEquals("ip_not_allowed", ip.providerCode());
    ForbiddenException perm = forbidden("Missing required permissions: deploy");
    assertEquals(ForbiddenReason.MISSING_PERMISSION, ForbiddenReason.of(perm).orElseThrow());
    assertTrue(perm.getMessage().contains("deploy"), perm.getMessage());
    assertEquals(ForbiddenReason.MISSING_PERMISSION,
        ForbiddenReason.of(forbidden("You are not allowed to perform this action.")).orElseThrow());
    assertEquals(ForbiddenReason.OTHER, ForbiddenReason.of(forbidden("Nope.")).orElseThrow());
  }

  @Test
  void unauthenticated_andInvalidToken_areTyped_andNotRepeated() {
    wm.stubFor(get(API + "/applications/a").willReturn(jsonResponse(CoolifyPayloads.error("Unauthenticated."), 401)));
    wm.stubFor(get(API + "/applications/b").willReturn(jsonResponse(
        "{\"message\":\"Invalid token.\",\"docs\":\"https://coolify.io/docs/api-reference/authorization\"}", 400)));
    assertEquals("unauthenticated", assertThrows(UnauthorizedException.class,
        () -> coolify.applications().get("a")).providerCode());
    assertEquals("invalid_token", assertThrows(InvalidInputException.class,
        () -> coolify.applications().get("b")).providerCode());
    assertEquals(2, wm.getAllServeEvents().size());
  }

  @Test
  void validationErrors_becomeFieldDetails() {
    wm.stubFor(post(API + "/applications/app-1/envs").willReturn(jsonResponse("""
        {"message":"Validation failed.","errors":{"is_build_time":["This field is not allowed."],
         "key":["The key field is required.","The key must be a string."]}}""", 422)));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> coolify.applications().envs("app-1").create(EnvVarRequest.of("A", "b")));
    assertEquals("validation_failed", e.providerCode());
    assertEquals(List.of(new ApiError.Detail("is_build_time", "This field is not allowed."),
        new ApiError.Detail("key", "The key field is required."), new ApiError.Detail("key", "The key must be a string.")),
        e.error().details());
  }

  @Test
  void domainConflicts_becomeDetailsPerDomain() {
    wm.stubFor(post(API + "/applications/app-1/start").willReturn(jsonResponse("""
        {"message":"Domain conflicts detected. Use force_domain_override=true to proceed.","warning":"routing",
         "conflicts":[{"domain":"api.example.com","resource_name":"Old API","resource_uuid":"x",
          "resource_type":"application","message":"Domain api.example.com is already in use by application 'Old API'"}]}""",
        409)));
    ConflictException e = assertThrows(ConflictException.class, () -> coolify.applications().deploy("app-1", false));
    assertEquals("api.example.com", e.error().details().get(0).field());
    assertFalse(e.retryable());
  }

  @Test
  void contentTypeComplaint_keepsTheReason() {
    wm.stubFor(post(API + "/servers/s-1/validate").willReturn(jsonResponse(
        "{\"message\":\"Invalid request.\",\"error\":\"Content-Type must be application/json.\"}", 400)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> coolify.servers().validate("s-1", false));
    assertTrue(e.getMessage().contains("Content-Type must be application/json."), e.getMessage());
  }

  @Test
  void rateLimit_closesTheClientGate_butAFullDeployQueueDoesNot() {
    CoolifyClient c = client(RetryPolicy.builder().maxServerWait(Duration.ofSeconds(30)).build());
    wm.stubFor(post(urlPathEqualTo(API + "/deploy")).willReturn(jsonResponse(CoolifyPayloads.error(
        "Deployment queue is full. Please try again later."), 429).withHeader("Retry-After", "60")));
    wm.stubFor(get(API + "/applications/app-1").willReturn(okJson(CoolifyPayloads.application("app-1", "api",
        "running:healthy"))));
    RateLimitedException full = assertThrows(RateLimitedException.class,
        () -> c.deployments().deploy(DeployRequest.byUuid("app-1").build()));
    assertEquals(CoolifyErrors.QUEUE_FULL, full.providerCode());
    assertEquals(Duration.ofSeconds(60), full.retryAfter().orElseThrow());
    assertTrue(full.retryable() && !full.mayHaveTakenEffect(), "nothing was queued: " + full.getMessage());
    assertEquals("api", c.applications().get("app-1").name(), "other calls still go out");

    wm.stubFor(get(API + "/applications/app-2").willReturn(jsonResponse(CoolifyPayloads.error("Too Many Attempts."), 429)
        .withHeader("Retry-After", "45").withHeader("X-RateLimit-Limit", "200").withHeader("X-RateLimit-Remaining", "0")));
    RateLimitedException limited = assertThrows(RateLimitedException.class, () -> c.applications().get("app-2"));
    assertEquals("rate_limited", limited.providerCode());
    assertThrows(com.wekruit.valet.error.BudgetSpentException.class, () -> c.applications().get("app-1"),
        "the throttle closes the gate for every call of the client");
    assertEquals(200, c.rateLimit().limit());
  }

  @Test
  void fullDeployQueue_isWaitedOut_whenRetryAfterIsWithinTheBudget() {
    wm.stubFor(post(urlPathEqualTo(API + "/deploy")).inScenario("queue").whenScenarioStateIs("Started")
        .willReturn(jsonResponse(CoolifyPayloads.error("Deployment queue is full."), 429).withHeader("Retry-After", "60"))
        .willSetStateTo("free"));
    wm.stubFor(post(urlPathEqualTo(API + "/deploy")).inScenario("queue").whenScenarioStateIs("free")
        .willReturn(okJson("{\"deployments\":[{\"message\":\"Application api deployment queued.\","
            + "\"resource_uuid\":\"app-1\",\"deployment_uuid\":\"dep-9\"}]}")));
    DeployResult r = coolify.deployments().deploy(DeployRequest.byUuid("app-1").build());
    assertEquals(List.of("dep-9"), r.deploymentUuids());
    assertEquals(List.of(Duration.ofSeconds(60)), time.sleeps());
  }

  @Test
  void fullQueueOnRollback_is400_typedAsQueueFull_andNotRepeated() {
    wm.stubFor(post(API + "/applications/app-1/rollback").willReturn(jsonResponse(
        CoolifyPayloads.error("Deployment queue is full for this server."), 400)));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> coolify.applications().rollback("app-1", "5a4b3c2"));
    assertEquals(CoolifyErrors.QUEUE_FULL, e.providerCode());
    wm.verify(1, postRequestedFor(urlEqualTo(API + "/applications/app-1/rollback")));
  }

  @Test
  void serverError_repeatsReads_butNotTriggers() {
    wm.stubFor(get(API + "/applications/app-1").willReturn(jsonResponse(CoolifyPayloads.error("Server Error"), 500)));
    wm.stubFor(post(API + "/applications/app-1/restart").willReturn(jsonResponse(
        CoolifyPayloads.error("Server Error"), 500)));
    CoolifyClient c = client(RetryPolicy.builder().maxAttempts(3).build());
    assertThrows(ServerErrorException.class, () -> c.applications().get("app-1"));
    wm.verify(3, getRequestedFor(urlEqualTo(API + "/applications/app-1")));
    ValetApiException e = assertThrows(ServerErrorException.class, () -> c.applications().restart("app-1"));
    assertTrue(e.mayHaveTakenEffect(), e.getMessage());
    wm.verify(1, postRequestedFor(urlEqualTo(API + "/applications/app-1/restart")));
  }

  @Test
  void getToAStateChangingEndpoint_isNeverSent_andThe405IsTyped() {
    wm.stubFor(any(urlPathEqualTo(API + "/deploy")).willReturn(jsonResponse(
        CoolifyPayloads.error("This endpoint has changed to a POST request."), 405).withHeader("Allow", "POST")));
    ValetApiException e = assertThrows(ValetApiException.class,
        () -> coolify.deployments().deploy(DeployRequest.byUuid("app-1").build()));
    assertEquals("method_not_allowed", e.providerCode());
    wm.verify(0, getRequestedFor(urlPathEqualTo(API + "/deploy")));
    wm.verify(1, postRequestedFor(urlEqualTo(API + "/deploy?uuid=app-1"))
        .withHeader("Content-Type", containing("application/json")).withRequestBody(equalTo("{}")));
  }
}
