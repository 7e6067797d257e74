package com.wekruit.valet.coolify;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.coolify.testing.CoolifyPayloads;
import com.wekruit.valet.error.ValetApiException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Servers, services, databases and backup schedules. */
class CoolifyInfrastructureTest extends WireMockCoolify {

  @Test
  void servers_listGetResourcesAndValidate() {
    String server = CoolifyPayloads.server("srv-1", "hetzner-api-1", "203.0.113.10", 25);
    wm.stubFor(get(API + "/servers").willReturn(okJson("[" + server + "]")));
    wm.stubFor(get(API + "/servers/srv-1").willReturn(okJson(server)));
    wm.stubFor(get(API + "/servers/srv-1/resources").willReturn(okJson("[" + CoolifyPayloads.serverResource(7,
        "app-1", "api", "application", "running:healthy") + "]")));
    wm.stubFor(post(API + "/servers/srv-1/validate").willReturn(jsonResponse(
        CoolifyPayloads.message("Validation started."), 201)));
    assertEquals("hetzner-api-1", coolify.servers().list().get(0).name());
    Server s = coolify.servers().get("srv-1");
    assertTrue(s.proxyType().is(Server.ProxyType.TRAEFIK));
    assertEquals(25, s.settings().deploymentQueueLimit());
    assertEquals("healthy", coolify.servers().resources("srv-1").get(0).health());
    assertEquals("Validation started.", coolify.servers().validate("srv-1", true));
    wm.verify(postRequestedFor(urlEqualTo(API + "/servers/srv-1/validate"))
        .withRequestBody(equalToJson("{\"install\":true}")));
  }

  @Test
  void validate_accepts200_asOlderVersionsAnswer() {
    wm.stubFor(post(API + "/servers/srv-1/validate").willReturn(okJson(CoolifyPayloads.message("Validation started."))));
    assertEquals("Validation started.", coolify.servers().validate("srv-1", false));
    wm.verify(postRequestedFor(urlEqualTo(API + "/servers/srv-1/validate")).withRequestBody(equalToJson("{}")));
  }

  @Test
  void services_listGetAndLifecycle() {
    wm.stubFor(get(API + "/services").willReturn(okJson("[" + CoolifyPayloads.service("svc-1", "analytics",
        "plausible") + "]")));
    wm.stubFor(get(API + "/services/svc-1").willReturn(okJson(CoolifyPayloads.service("svc-1", "analytics",
        "plausible"))));
    wm.stubFor(post(API + "/services/svc-1/start").willReturn(okJson(CoolifyPayloads.message(
        "Service starting request queued."))));
    wm.stubFor(post(API + "/services/svc-1/restart?latest=true").willReturn(okJson(CoolifyPayloads.message(
        "Service restarting request queued."))));
    assertEquals("plausible", coolify.services().list().get(0).serviceType());
    assertEquals("analytics", coolify.services().get("svc-1").name());
    assertEquals("Service starting request queued.", coolify.services().start("svc-1"));
    assertEquals("Service restarting request queued.", coolify.services().restart("svc-1", true));
  }

  @Test
  void databases_listAndCreatePostgresAndRedis_withOneEnvironmentField() {
    wm.stubFor(get(API + "/databases").willReturn(okJson("[" + CoolifyPayloads.database("db-1", "app-db",
        "standalone-postgresql", "postgres:16-alpine", "running:healthy") + "]")));
    wm.stubFor(post(API + "/databases/postgresql").willReturn(jsonResponse(CoolifyPayloads.createdDatabase("db-2",
        "postgres://app:s3cretPassw0rd@db-2:5432/app"), 201)));
    wm.stubFor(post(API + "/databases/redis").willReturn(jsonResponse(CoolifyPayloads.createdDatabase("db-3",
        "redis://default:r3disPassw0rd@db-3:6379/0"), 201)));
    assertEquals("running", coolify.databases().list().get(0).state());
    CreatedDatabase pg = coolify.databases().create(CreateDatabaseRequest.postgres("srv-1", "prj-1", "production")
        .name("app-db").image("postgres:16-alpine").postgres("app", "s3cretPassw0rd", "app").limits("1g", "1")
        .instantDeploy(true).build());
    assertEquals("db-2", pg.uuid());
    assertFalse(pg.toString().contains("s3cretPassw0rd"), pg.toString());
    CreatedDatabase redis = coolify.databases().create(CreateDatabaseRequest.redis("srv-1", "prj-1", "production")
        .environmentUuid("env-9").redisPassword("r3disPassw0rd").build());
    assertTrue(redis.internalDbUrl().startsWith("redis://"));
    wm.verify(postRequestedFor(urlEqualTo(API + "/databases/redis")).withRequestBody(equalToJson(
        "{\"server_uuid\":\"srv-1\",\"project_uuid\":\"prj-1\",\"environment_uuid\":\"env-9\","
            + "\"redis_password\":\"r3disPassw0rd\"}")));
    assertThrows(IllegalStateException.class, () -> CreateDatabaseRequest.redis("s", "p", "e").initdbArgs("x"),
        "Coolify rejects another engine's fields, so the builder does");
  }

  @Test
  void createdDatabasePassword_isRedactedWhenTheApiEchoesIt() {
    wm.stubFor(post(API + "/databases/postgresql").willReturn(jsonResponse(CoolifyPayloads.validation(
        "postgres_password", "The password s3cretPassw0rd is too weak."), 422)));
    ValetApiException e = assertThrows(ValetApiException.class, () -> coolify.databases().create(
        CreateDatabaseRequest.postgres("srv-1", "prj-1", "production").postgres("app", "s3cretPassw0rd", "app").build()));
    assertFalse(e.getMessage().contains("s3cretPassw0rd"), e.getMessage());
    assertFalse(e.error().bodyExcerpt().contains("s3cretPassw0rd"));
    assertEquals("postgres_password", e.error().details().get(0).field());
  }

  @Test
  void backupSchedules_listCreateUpdateDeleteAndExecutions() {
    String backups = API + "/databases/db-1/backups";
    wm.stubFor(get(backups).willReturn(okJson("[" + CoolifyPayloads.backupSchedule("bk-1", "0 3 * * *", true,
        CoolifyPayloads.execution("ex-1", "success", 1_048_576)) + "]")));
    wm.stubFor(post(backups).willReturn(jsonResponse(
        "{\"uuid\":\"bk-2\",\"message\":\"Backup configuration created successfully.\"}", 201)));
    wm.stubFor(patch(urlEqualTo(backups + "/bk-1")).willReturn(okJson(CoolifyPayloads.message("Backup updated."))));
    wm.stubFor(delete(backups + "/bk-1?delete_s3=true").willReturn(okJson(CoolifyPayloads.message(
        "Backup configuration and all executions deleted."))));
    wm.stubFor(get(backups + "/bk-1/executions").willReturn(okJson("{\"executions\":[" + CoolifyPayloads.execution(
        "ex-1", "success", 1_048_576) + "," + CoolifyPayloads.execution("ex-2", "failed", 0) + "]}")));
    BackupSchedules b = coolify.databases().backups("db-1");
    BackupSchedule daily = b.list().get(0);
    assertEquals("0 3 * * *", daily.frequency());
    assertTrue(daily.executions().get(0).status().is(BackupExecution.Status.SUCCESS));
    assertEquals("bk-2", b.create(BackupScheduleRequest.builder("daily").saveToS3("s3-r2").retainLocally(7, 30)
        .timeout(Duration.ofMinutes(30)).build()));
    b.update("bk-1", BackupScheduleUpdate.builder().enabled(false).stopSavingToS3().build());
    b.delete("bk-1", true);
    assertEquals(List.of("success", "failed"), b.executions("bk-1").stream().map(x -> x.status().raw()).toList());
    wm.verify(postRequestedFor(urlEqualTo(backups)).withRequestBody(equalToJson("""
        {"frequency":"daily","save_s3":true,"s3_storage_uuid":"s3-r2","database_backup_retention_amount_locally":7,
         "database_backup_retention_days_locally":30,"timeout":1800}""")));
    wm.verify(patchRequestedFor(urlEqualTo(backups + "/bk-1")).withRequestBody(equalToJson(
        "{\"enabled\":false,\"save_s3\":false}")));
  }

  @Test
  void backupRequests_validateBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> BackupScheduleRequest.builder("sometimes"));
    assertThrows(IllegalArgumentException.class, () -> BackupScheduleRequest.builder("daily").timeout(Duration.ofHours(11)));
    assertEquals("*/15 * * * *", BackupScheduleRequest.builder("*/15 * * * *").build().body().frequency());
  }
}
