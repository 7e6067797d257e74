package com.wekruit.valet.coolify;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.coolify.testing.FakeCoolify;
import com.wekruit.valet.error.ConflictException;
import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.OperationFailedException;
import com.wekruit.valet.error.RateLimitedException;
import com.wekruit.valet.http.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake, driven by the real client through a WireMock proxy so every exchange is checked against the document. */
class FakeCoolifyTest extends WireMockCoolify {
  static final Duration WAIT = Duration.ofMinutes(5);
  FakeCoolify fake;

  @BeforeEach
  void startFake() throws Exception {
    fake = FakeCoolify.start(0, 3, 2);
    wm.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(fake.instanceUrl())));
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  @Test
  void deployRollBackAndFail_behaveLikeTheApi() {
    String api = fake.addApplication("api", "1111111", "prod");
    fake.pushCommit(api, "2222222");
    Deployment d = coolify.applications().deployAndAwait(api, WAIT);
    assertTrue(d.status().is(DeploymentStatus.FINISHED));
    assertEquals("2222222", fake.runningCommit(api));
    assertEquals("running", coolify.applications().get(api).state());

    RollbackImages images = coolify.applications().rollbackImages(api);
    assertEquals("2222222", images.current());
    Deployment back = coolify.applications().rollbackAndAwait(api, images.previous().orElseThrow().tag(), WAIT);
    assertTrue(back.rollback());
    assertEquals("1111111", fake.runningCommit(api));

    fake.pushCommit(api, "3333333");
    fake.failNextDeployment(api);
    OperationFailedException failed = assertThrows(OperationFailedException.class,
        () -> coolify.applications().deployAndAwait(api, WAIT));
    assertEquals("failed", failed.code());
    assertEquals("1111111", fake.runningCommit(api), "a failed deployment keeps the old container");
    assertEquals(List.of("3333333", "1111111", "2222222"), coolify.applications().deployments(api).stream()
        .map(Deployment::commit).toList());
  }

  @Test
  void deployByTag_duplicatesQueueFullAndCancel() {
    String api = fake.addApplication("api", "1111111", "prod");
    String worker = fake.addApplication("worker", "1111111", "prod", "workers");
    DeployResult r = coolify.deployments().deploy(DeployRequest.byTag("prod").build());
    assertEquals(2, r.handles().size());
    DeployResult again = coolify.deployments().deploy(DeployRequest.byUuid(api).build());
    assertEquals(r.deploymentUuids().get(0), again.deploymentUuids().get(0), "same commit: the queued deployment");
    assertEquals(2, coolify.deployments().running().size());

    CoolifyClient impatient = client(RetryPolicy.builder().maxServerWait(Duration.ofSeconds(5)).build());
    RateLimitedException full = assertThrows(RateLimitedException.class,
        () -> impatient.deployments().deploy(DeployRequest.byUuid(worker).force(true).build()));
    assertEquals("deployment_queue_full", full.providerCode());
    InvalidInputException rollbackFull = assertThrows(InvalidInputException.class,
        () -> coolify.applications().rollback(api, "1111111"));
    assertEquals("deployment_queue_full", rollbackFull.providerCode());

    Deployment cancelled = r.handles().get(1).cancel();
    assertTrue(cancelled.status().is(DeploymentStatus.CANCELLED_BY_USER));
    assertThrows(InvalidInputException.class, () -> r.handles().get(1).cancel(), "cannot be cancelled twice");
    assertTrue(r.handles().get(0).await(WAIT).terminal());
  }

  @Test
  void envVars_followCoolifysRules() {
    String api = fake.addApplication("api", "1111111");
    EnvironmentVariables envs = coolify.applications().envs(api);
    envs.create(EnvVarRequest.of("LOG_LEVEL", "info"));
    assertThrows(ConflictException.class, () -> envs.create(EnvVarRequest.of("LOG_LEVEL", "debug")));
    assertEquals("debug", envs.upsert(EnvVarRequest.of("LOG_LEVEL", "debug")).value());
    assertEquals("on", envs.upsert(EnvVarRequest.of("FEATURE_X", "on")).value(), "created on 404");
    envs.updateAll(List.of(EnvVarRequest.of("A", "1"), EnvVarRequest.of("B", "2")));
    assertEquals(List.of("LOG_LEVEL", "FEATURE_X", "A", "B"), envs.list().stream().map(EnvironmentVariable::key).toList());
    envs.delete(envs.list().get(0).uuid());
    assertEquals(3, envs.list().size());
  }

  @Test
  void instanceServersAndPostOnlyEndpoints() throws Exception {
    String api = fake.addApplication("api", "1111111");
    assertEquals("4.3.11", coolify.version());
    assertEquals("OK", coolify.health());
    Server local = coolify.servers().list().get(0);
    assertEquals(fake.serverUuid(), local.uuid());
    assertEquals(2, coolify.servers().get(local.uuid()).settings().deploymentQueueLimit());
    assertEquals(api, coolify.servers().resources(local.uuid()).get(0).uuid());
    HttpResponse<String> old = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
        + "/deploy?uuid=" + api)).header("Authorization", "Bearer x-token").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, old.statusCode(), "GET /deploy is gone since 4.3");
  }
}
