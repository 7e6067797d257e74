package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.coolify.CoolifyClient;
import com.wekruit.valet.coolify.CreateDatabaseRequest;
import com.wekruit.valet.coolify.DeployRequest;
import com.wekruit.valet.coolify.Deployment;
import com.wekruit.valet.coolify.DeploymentHandle;
import com.wekruit.valet.coolify.EnvVarRequest;
import com.wekruit.valet.coolify.ForbiddenReason;
import com.wekruit.valet.coolify.testing.CoolifyPayloads;
import com.wekruit.valet.error.ForbiddenException;
import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.error.WaitTimeoutException;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Coolify client against a hostile or broken instance: partial deploys, deployments that change under the
 * waiter, paging that ignores skip, garbage on the text endpoints, a careless reverse proxy, echoed secrets.
 */
class CoolifyAttackTest {
  private static final String TOKEN = "12|coolifyAttackToken7d1e9a";
  private static final String API = "/api/v1";
  private final FakeTime time = new FakeTime();
  private final FaultServer server = newServer();

  private static FaultServer newServer() {
    try {
      return new FaultServer();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  private CoolifyClient.Builder builder() {
    return CoolifyClient.builder().token(TOKEN).instanceUrl(server.url()).clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2), Duration.ofSeconds(10));
  }

  private CoolifyClient client() {
    return builder().build();
  }

  private static Reply queued(String uuid) {
    return Reply.json(200, CoolifyPayloads.queued("Deployment request queued.", uuid));
  }

  private static Reply deployment(String uuid, String status) {
    return Reply.json(200, CoolifyPayloads.deployment(uuid, "api", status, "a1b2c3d", false));
  }

  private static Reply queueFull() {
    return Reply.json(429, CoolifyPayloads.error("Deployment queue is full. Please try again later."),
        "Retry-After", "60");
  }

  private long elapsedSeconds() {
    return time.sleeps().stream().mapToLong(Duration::toMillis).sum() / 1000;
  }

  // ---- at most once -------------------------------------------------------------------------------------------

  @Test
  void multiTargetDeploy_isNotRepeatedAfterAQueueFull_andSaysItMayHaveTakenEffect() {
    // Coolify's /deploy queues uuid after uuid (tag after tag); when the queue fills on the second, the first is
    // already queued and the answer is 429. Repeating the whole request queues the first one again.
    for (DeployRequest request : List.of(DeployRequest.byUuid("app-a", "app-b").force(true).build(),
        DeployRequest.byTag("prod").force(true).build())) {
      server.reset();
      server.then(queueFull()).otherwise(Reply.json(200, "{\"deployments\":[{\"message\":\"queued\","
          + "\"resource_uuid\":\"app-a\",\"deployment_uuid\":\"dep-9\"}]}"));
      ValetException e = assertThrows(ValetException.class, () -> client().deployments().deploy(request),
          request + " must not be repeated after a 429 that does not prove nothing was queued");
      assertEquals(1, server.count("POST", API + "/deploy"), request + ": " + server);
      assertTrue(e.mayHaveTakenEffect(), e.getMessage());
    }
  }

  @Test
  void singleTargetDeploy_isRepeatedAfterAQueueFull_afterRetryAfter() {
    server.then(queueFull()).otherwise(Reply.json(200, "{\"deployments\":[{\"message\":\"queued\","
        + "\"resource_uuid\":\"app-a\",\"deployment_uuid\":\"dep-9\"}]}"));
    assertEquals(List.of("dep-9"), client().deployments().deploy(DeployRequest.byUuid("app-a").build())
        .deploymentUuids());
    assertEquals(2, server.count("POST", API + "/deploy"));
    assertTrue(time.sleeps().stream().anyMatch(d -> d.getSeconds() >= 60), "waited Retry-After: " + time.sleeps());
  }

  @Test
  void deployAnsweredWithARedirectToTheLoginPage_isTyped_andSentOnce() {
    server.otherwise(Reply.of(302, "text/html", "<html>Redirecting to /login</html>", "Location", "/login"));
    ValetApiException e = assertThrows(ValetApiException.class, () -> client().applications().deploy("app-a", false));
    assertEquals(302, e.error().status());
    assertEquals(1, server.count("POST", API + "/applications/app-a/start"));
    assertEquals(0, server.count("GET", "/login"));
  }

  @Test
  void htmlLoginPageOn200_isUndecodable_forReads_andTriggersAreSentOnce() {
    server.otherwise(Reply.html(200, "<!DOCTYPE html><html><title>Coolify</title><form action=/login></html>"));
    ValetClientException read = assertThrows(ValetClientException.class, () -> client().applications().list());
    assertEquals(ValetClientException.Kind.UNDECODABLE_BODY, read.kind());
    ValetClientException deploy = assertThrows(ValetClientException.class,
        () -> client().applications().restart("app-a"));
    assertEquals(ValetClientException.Kind.UNDECODABLE_BODY, deploy.kind());
    assertEquals(1, server.count("POST", API + "/applications/app-a/restart"));
  }

  // ---- deployment polling -------------------------------------------------------------------------------------

  @Test
  void pollAnsweringAnotherDeployment_isAProtocolError() {
    server.then(queued("dep-1")).otherwise(deployment("dep-OTHER", "finished"));
    try {
      Deployment d = client().applications().deployAndAwait("app-a", Duration.ofMinutes(5));
      fail("the wait for dep-1 returned " + d + ", another deployment");
    } catch (ValetClientException e) {
      assertEquals(ValetClientException.Kind.PROTOCOL, e.kind(), e.getMessage());
    }
  }

  @Test
  void deploymentThatVanishes_endsTypedAtOnce() {
    for (Reply gone : List.of(Reply.json(404, CoolifyPayloads.error("Deployment not found.")),
        Reply.html(404, "<html><h1>404 Not Found</h1>nginx</html>"))) {
      server.reset();
      server.then(queued("dep-1"), deployment("dep-1", "in_progress")).otherwise(gone);
      assertThrows(NotFoundException.class, () -> client().applications().deployAndAwait("app-a",
          Duration.ofMinutes(10)));
      assertEquals(2, server.count("GET", API + "/deployments/dep-1"), server.toString());
    }
  }

  @Test
  void deploymentGoingBackToQueued_timesOutAtTheDeadline() {
    List<Reply> flapping = new ArrayList<>();
    for (int i = 0; i < 200; i++) flapping.add(deployment("dep-1", i % 2 == 0 ? "in_progress" : "queued"));
    server.then(queued("dep-1")).then(flapping.toArray(Reply[]::new));
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> client().applications().deployAndAwait("app-a", Duration.ofSeconds(90)));
    assertTrue(elapsedSeconds() <= 91, "waited " + elapsedSeconds() + " s");
    assertTrue(server.count("GET", API + "/deployments/dep-1") < 20, server.toString());
    assertEquals(1, e.stillRunning().size());
  }

  @Test
  void unknownStatus_timesOutAtTheDeadline_namingTheCleanedRawStatus() {
    server.then(queued("dep-1")).otherwise(deployment("dep-1", "paused-by-admin\\u001b[2J"));
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> client().applications().deployAndAwait("app-a", Duration.ofSeconds(60)));
    assertTrue(elapsedSeconds() <= 61, "waited " + elapsedSeconds() + " s");
    assertTrue(e.getMessage().contains("paused-by-admin"), e.getMessage());
    assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
  }

  @Test
  void pollRateLimitedForLongerThanTheDeadline_doesNotOutliveIt() {
    server.then(queued("dep-1")).otherwise(Reply.json(429, CoolifyPayloads.error("Too Many Attempts."),
        "Retry-After", "100"));
    assertThrows(ValetException.class, () -> client().applications().deployAndAwait("app-a", Duration.ofSeconds(30)));
    assertTrue(elapsedSeconds() <= 31, "waited " + elapsedSeconds() + " s: " + time.sleeps());
  }

  @Test
  void awaitAsyncCancel_stopsThePolling() throws Exception {
    server.then(queued("dep-1")).otherwise(deployment("dep-1", "in_progress"));
    com.wekruit.valet.testing.ManualTimer timer = new com.wekruit.valet.testing.ManualTimer();
    CoolifyClient c = CoolifyClient.builder().token(TOKEN).instanceUrl(server.url()).sleeper(timer)
        .pollInterval(Duration.ofMillis(20), Duration.ofMillis(20)).build();
    DeploymentHandle h = c.applications().deploy("app-a", false);
    CompletableFuture<Deployment> f = h.awaitAsync(Duration.ofSeconds(30));
    assertTrue(timer.awaitQueued(Duration.ofSeconds(5)));
    timer.runNext();                                          // first poll
    assertTrue(timer.awaitQueued(Duration.ofSeconds(5)), "the answered poll scheduled the next one");
    int atCancel = server.received().size();
    assertTrue(f.cancel(true));
    timer.runNext();                                          // the poll due after the cancel
    assertEquals(atCancel, server.received().size(), "polls kept going after cancel(true)");
    assertEquals(0, timer.queued(), "nothing further scheduled");
  }

  // ---- paging -------------------------------------------------------------------------------------------------

  @Test
  void applicationDeploymentsPaging_overAServerIgnoringSkip_stopsWithAProtocolError() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) rows.add(CoolifyPayloads.deployment("dep-" + i, "api", "finished", "c" + i, false));
    server.otherwise(Reply.json(200, "{\"count\":120,\"deployments\":[" + String.join(",", rows) + "]}"));
    try {
      long n = client().applications().deployments("app-a").stream().count();
      fail("a server ignoring skip gave " + n + " deployments, 50 of them distinct");
    } catch (ValetClientException e) {
      assertEquals(ValetClientException.Kind.PROTOCOL, e.kind(), e.getMessage());
    }
  }

  @Test
  void applicationDeploymentsPaging_withAHugeCountAndAnEmptyPage_stops() {
    server.otherwise(Reply.json(200, "{\"count\":999999,\"deployments\":[]}"));
    assertEquals(0, client().applications().deployments("app-a").stream().count());
    assertEquals(1, server.count("GET", API + "/deployments/applications/app-a"));
  }

  // ---- text endpoints -----------------------------------------------------------------------------------------

  @Test
  void versionAndHealth_onAnHtmlLoginPage_areUndecodable() {
    server.otherwise(Reply.html(200, "<!DOCTYPE html><html><head><title>Login | Coolify</title></head></html>"));
    CoolifyClient c = client();
    for (java.util.function.Supplier<String> call : List.<java.util.function.Supplier<String>>of(c::version,
        c::health)) {
      try {
        String got = call.get();
        fail("a login page came back as " + got);
      } catch (ValetClientException e) {
        assertEquals(ValetClientException.Kind.UNDECODABLE_BODY, e.kind());
      }
    }
  }

  @Test
  void versionWithATrailingNewline_andABetaSuffix_isRead() {
    server.then(Reply.of(200, "text/plain", "4.3.11\n"), Reply.of(200, "text/html", "v4.0.0-beta.420"),
        Reply.of(200, "text/plain; charset=UTF-8", "OK"));
    assertEquals("4.3.11", client().version());
    assertEquals("v4.0.0-beta.420", client().version());
    assertEquals("OK", client().health());
  }

  // ---- errors -------------------------------------------------------------------------------------------------

  @Test
  void laravelPolicyRefusal_isAMissingPermission() {
    server.otherwise(Reply.json(403, CoolifyPayloads.error("This action is unauthorized.")));
    ForbiddenException e = assertThrows(ForbiddenException.class, () -> client().applications().get("app-a"));
    assertEquals(ForbiddenReason.MISSING_PERMISSION, ForbiddenReason.of(e).orElseThrow(), e.getMessage());
    assertEquals(1, server.count("GET", API + "/applications/app-a"));
  }

  @Test
  void proxyForbiddenPage_isOther_andNotRepeated() {
    server.otherwise(Reply.html(403, "<html><h1>403 Forbidden</h1><hr>nginx</html>"));
    ForbiddenException e = assertThrows(ForbiddenException.class, () -> client().applications().get("app-a"));
    assertEquals(ForbiddenReason.OTHER, ForbiddenReason.of(e).orElseThrow());
    assertEquals(1, server.count("GET", API + "/applications/app-a"));
  }

  // ---- secrets ------------------------------------------------------------------------------------------------

  private static void assertHidden(String value, ValetException e) {
    String escapedBack = e.toString() + " " + e.getMessage() + " " + ((ValetApiException) e).error();
    String unescaped = escapedBack.replace("\\/", "/").replace("\\\"", "\"").replace("\\n", "\n");
    assertFalse(unescaped.contains(value) || escapedBack.contains(value), "leaked: " + escapedBack);
  }

  @Test
  void envValuesWithSlashesNewlinesOrAccents_areRedactedFromALaravelEscapedEcho() {
    for (String value : List.of("postgres://app:S3cretPw@db:5432/app", "-----BEGIN KEY-----\nMIIEpAIBAAKCAQEA\n-----END",
        "m\u00f6tley-\u00e7r\u00fce-secret")) {
      StringBuilder laravel = new StringBuilder();
      for (char c : value.toCharArray()) {
        laravel.append(c == '/' ? "\\/" : c == '\n' ? "\\n" : c > 0x7f ? String.format("\\u%04x", (int) c)
            : String.valueOf(c));
      }
      server.reset();
      server.otherwise(Reply.json(422, "{\"message\":\"Validation failed.\",\"errors\":{\"value\":[\"The value "
          + laravel + " is invalid.\"]},\"input\":{\"value\":\"" + laravel + "\"}}"));
      ValetException e = assertThrows(ValetException.class,
          () -> client().applications().envs("app-a").update(EnvVarRequest.of("DATABASE_URL", value)));
      assertHidden(value, e);
      assertFalse(((ValetApiException) e).error().bodyExcerpt().contains(laravel), e.toString());
    }
  }

  @Test
  void databasePasswordWithAQuote_isRedactedFromAnEscapedEcho() {
    String password = "pa\"ss/word-77x";
    server.otherwise(Reply.json(422, "{\"message\":\"Validation failed.\",\"errors\":{\"postgres_password\":"
        + "[\"bad\"]},\"input\":{\"postgres_password\":\"pa\\\"ss\\/word-77x\"}}"));
    ValetException e = assertThrows(ValetException.class, () -> client().databases().create(
        CreateDatabaseRequest.postgres("srv", "prj", "production").postgres("app", password, "app").build()));
    assertHidden(password, e);
  }

  @Test
  void plainHttpToAnythingButLoopback_isRefused() {
    for (String url : List.of("http://coolify.example.com", "http://127.0.0.1.nip.io", "http://localhost.example.com")) {
      assertThrows(IllegalArgumentException.class, () -> CoolifyClient.builder().token(TOKEN).instanceUrl(url).build(),
          url);
    }
  }

  @Test
  void instanceUrlWithProxyCredentials_isRefusedWithoutEchoingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoolifyClient.builder()
        .token(TOKEN).instanceUrl("https://admin:proxyPw9@coolify.example.com").build());
    assertFalse(e.getMessage().contains("proxyPw9"), e.getMessage());
  }

  // ---- base URL -----------------------------------------------------------------------------------------------

  @Test
  void instanceUrlWithOrWithoutTheApiRoot_reachesApiV1() {
    server.otherwise(Reply.of(200, "text/plain", "4.3.11"));
    for (String url : List.of(server.url(), server.url() + "/", server.url() + "/api", server.url() + "/api/",
        server.url() + "/api/v1", server.url() + "/api/v1/")) {
      server.reset();
      server.otherwise(Reply.of(200, "text/plain", "4.3.11"));
      CoolifyClient.builder().token(TOKEN).instanceUrl(url).build().version();
      assertEquals(API + "/version", server.received().get(0).path(), url);
    }
  }
}
