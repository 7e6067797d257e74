package com.wekruit.valet.coolify;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.http.Fault;
import com.wekruit.valet.coolify.testing.CoolifyPayloads;
import com.wekruit.valet.error.ConflictException;
import com.wekruit.valet.error.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applications, their environment variables, and the instance's text endpoints. */
class CoolifyApplicationsTest extends WireMockCoolify {

  @Test
  void listGetAndTagFilter() {
    wm.stubFor(get(API + "/applications").willReturn(okJson("[" + CoolifyPayloads.application("app-1", "api",
        "running:healthy") + "," + CoolifyPayloads.application("app-2", "worker", "exited:unhealthy") + "]")));
    wm.stubFor(get(API + "/applications?tag=prod").willReturn(okJson("[" + CoolifyPayloads.application("app-1", "api",
        "running:healthy") + "]")));
    wm.stubFor(get(API + "/applications/app-2").willReturn(okJson(CoolifyPayloads.application("app-2", "worker",
        "exited:unhealthy"))));
    assertEquals(List.of("api", "worker"), coolify.applications().list().stream().map(Application::name).toList());
    assertEquals(1, coolify.applications().listByTag("prod").size());
    Application worker = coolify.applications().get("app-2");
    assertEquals("exited", worker.state());
    assertEquals("unhealthy", worker.health());
    assertTrue(worker.buildPack().is(Application.BuildPack.DOCKERFILE));
    assertNull(worker.description());
  }

  @Test
  void unknownBuildPack_decodesAsUnknown_keepingTheRawValue() {
    validateSpec = false; // the value is newer than the document's enum on purpose
    wm.stubFor(get(API + "/applications/app-1").willReturn(okJson(CoolifyPayloads.application("app-1", "api",
        "running:healthy").replace("\"dockerfile\"", "\"nixpacks2\""))));
    Application a = coolify.applications().get("app-1");
    assertTrue(a.buildPack().isUnknown());
    assertEquals("nixpacks2", a.buildPack().raw());
  }

  @Test
  void stopAndRestart_arePosts() {
    wm.stubFor(post(API + "/applications/app-1/stop?docker_cleanup=true").willReturn(okJson(
        CoolifyPayloads.message("Application stopping request queued."))));
    wm.stubFor(post(API + "/applications/app-1/restart").willReturn(okJson(
        CoolifyPayloads.queued("Restart request queued.", "dep-rs"))));
    assertEquals("Application stopping request queued.", coolify.applications().stop("app-1", true));
    assertEquals("dep-rs", coolify.applications().restart("app-1").uuid());
  }

  @Test
  void versionAndHealth_arePlainText_whateverTheDocumentSays() {
    wm.stubFor(get(API + "/version").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain; charset=UTF-8").withBody("4.3.11\n")));
    wm.stubFor(get(API + "/health").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("OK")));
    assertEquals("4.3.11", coolify.version());
    assertEquals("OK", coolify.health());
    wm.verify(getRequestedFor(urlEqualTo(API + "/version")).withHeader("Accept", containing("text/plain")));
  }

  @Test
  void envVars_listCreateUpdateBulkDelete() {
    String envs = API + "/applications/app-1/envs";
    wm.stubFor(get(envs).willReturn(okJson("[" + CoolifyPayloads.envVar("e-1", "DATABASE_URL", "postgres://x", false)
        + "]")));
    wm.stubFor(post(envs).willReturn(jsonResponse("{\"uuid\":\"e-2\"}", 201)));
    wm.stubFor(patch(urlEqualTo(envs)).willReturn(jsonResponse(CoolifyPayloads.envVar("e-1", "LOG_LEVEL", "debug",
        false), 201)));
    wm.stubFor(patch(urlEqualTo(envs + "/bulk")).willReturn(jsonResponse("[" + CoolifyPayloads.envVar("e-1", "A", "1",
        false) + "," + CoolifyPayloads.envVar("e-3", "B", "2", true) + "]", 201)));
    wm.stubFor(delete(envs + "/e-1").willReturn(okJson(CoolifyPayloads.message("Environment variable deleted."))));
    EnvironmentVariables e = coolify.applications().envs("app-1");
    assertEquals("DATABASE_URL", e.list().get(0).key());
    assertEquals("e-2", e.create(EnvVarRequest.builder("LOG_LEVEL", "info").literal(true).build()));
    assertEquals("debug", e.update(EnvVarRequest.of("LOG_LEVEL", "debug")).value());
    assertEquals(2, e.updateAll(List.of(EnvVarRequest.of("A", "1"), EnvVarRequest.builder("B", "2").preview(true)
        .build())).size());
    e.delete("e-1");
    wm.verify(postRequestedFor(urlEqualTo(envs)).withRequestBody(equalToJson(
        "{\"key\":\"LOG_LEVEL\",\"value\":\"info\",\"is_literal\":true}")));
    wm.verify(patchRequestedFor(urlEqualTo(envs + "/bulk")).withRequestBody(equalToJson(
        "{\"data\":[{\"key\":\"A\",\"value\":\"1\"},{\"key\":\"B\",\"value\":\"2\",\"is_preview\":true}]}")));
  }

  @Test
  void createOfAnExistingKey_isAConflict_andUpsertUpdatesOrCreates() {
    String envs = API + "/applications/app-1/envs";
    wm.stubFor(post(envs).withRequestBody(matchingJsonPath("$.key", equalTo("OLD"))).willReturn(jsonResponse(
        CoolifyPayloads.error("Environment variable already exists. Use PATCH request to update it."), 409)));
    assertThrows(ConflictException.class, () -> coolify.applications().envs("app-1").create(EnvVarRequest.of("OLD", "v")));

    wm.stubFor(patch(urlEqualTo(envs)).withRequestBody(matchingJsonPath("$.key", equalTo("NEW"))).willReturn(
        jsonResponse(CoolifyPayloads.error("Environment variable not found."), 404)));
    wm.stubFor(post(envs).withRequestBody(matchingJsonPath("$.key", equalTo("NEW"))).willReturn(jsonResponse(
        "{\"uuid\":\"e-new\"}", 201)));
    wm.stubFor(get(envs).willReturn(okJson("[" + CoolifyPayloads.envVar("e-new", "NEW", "v", false) + "]")));
    EnvironmentVariable created = coolify.applications().envs("app-1").upsert(EnvVarRequest.of("NEW", "v"));
    assertEquals("e-new", created.uuid());
    wm.verify(1, patchRequestedFor(urlEqualTo(envs)));
    wm.verify(1, postRequestedFor(urlEqualTo(envs)).withRequestBody(matchingJsonPath("$.key", equalTo("NEW"))));
  }

  @Test
  void envUpdate_isRepeatedAfterALostAnswer_andDeleteOfTheGoneVariableIsDone() {
    validateSpec = false; // a connection reset has no answer to check
    String envs = API + "/applications/app-1/envs";
    wm.stubFor(patch(urlEqualTo(envs)).inScenario("u").whenScenarioStateIs("Started")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    wm.stubFor(patch(urlEqualTo(envs)).inScenario("u").whenScenarioStateIs("ok")
        .willReturn(jsonResponse(CoolifyPayloads.envVar("e-1", "A", "1", false), 201)));
    assertEquals("e-1", coolify.applications().envs("app-1").update(EnvVarRequest.of("A", "1")).uuid());
    wm.verify(2, patchRequestedFor(urlEqualTo(envs)));

    wm.stubFor(delete(envs + "/e-1").inScenario("d").whenScenarioStateIs("Started")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("gone"));
    wm.stubFor(delete(envs + "/e-1").inScenario("d").whenScenarioStateIs("gone")
        .willReturn(jsonResponse(CoolifyPayloads.error("Environment variable not found."), 404)));
    coolify.applications().envs("app-1").delete("e-1");
    assertThrows(NotFoundException.class, () -> coolify.applications().envs("app-1").delete("e-1"),
        "a first-attempt 404 is still an error");
  }
}
