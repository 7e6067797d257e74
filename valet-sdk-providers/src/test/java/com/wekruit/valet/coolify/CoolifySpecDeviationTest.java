package com.wekruit.valet.coolify;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.wekruit.valet.json.WireNames;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The field names of every Coolify model and request body against the OpenAPI 3.1 document, the checker itself, and
 * each place where the document is wrong, pinned so a corrected document shows up here.
 */
class CoolifySpecDeviationTest {

  /** Every component of the record (snake_case) must be a property of the schema, except {@code realOnly}. */
  private static void assertFieldsIn(Class<?> record, JsonNode schema, String... realOnly) {
    JsonNode props = CoolifySpec.properties(schema);
    assertTrue(props.size() > 0, record.getSimpleName() + ": schema has properties");
    List<String> missing = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      String name = WireNames.snakeCase(c.getName());
      if (!props.has(name) && !Set.of(realOnly).contains(name)) missing.add(name);
    }
    assertEquals(List.of(), missing, record.getSimpleName() + " fields the document does not have");
  }

  private static JsonNode request(String method, String path) {
    return CoolifySpec.operation(method, path).path("requestBody").path("content").path("application/json")
        .path("schema");
  }

  private static JsonNode response(String method, String path, String status) {
    return CoolifySpec.operation(method, path).path("responses").path(status).path("content")
        .path("application/json").path("schema");
  }

  @Test
  void modelFields_areTheDocumentsFields() {
    assertFieldsIn(Application.class, CoolifySpec.schema("Application"));
    assertFieldsIn(Deployment.class, CoolifySpec.schema("ApplicationDeploymentQueue"));
    assertFieldsIn(EnvironmentVariable.class, CoolifySpec.schema("EnvironmentVariable"));
    assertFieldsIn(Server.class, CoolifySpec.schema("Server"));
    assertFieldsIn(Server.Settings.class, CoolifySpec.schema("ServerSetting"));
    assertFieldsIn(Service.class, CoolifySpec.schema("Service"));
    assertFieldsIn(ServerResource.class, response("get", "/servers/{uuid}/resources", "200").path("items"));
    assertFieldsIn(RollbackImages.class, response("get", "/applications/{uuid}/rollback-images", "200"));
    assertFieldsIn(RollbackImages.Image.class, response("get", "/applications/{uuid}/rollback-images", "200")
        .path("properties").path("images").path("items"));
    assertFieldsIn(BackupExecution.class, response("get",
        "/databases/{uuid}/backups/{scheduled_backup_uuid}/executions", "200").path("properties").path("executions")
        .path("items"));
    assertFieldsIn(DeployResult.Triggered.class, response("post", "/deploy", "200").path("properties")
        .path("deployments").path("items"));
  }

  @Test
  void requestBodies_onlyCarryTheDocumentsFields() {
    assertFieldsIn(EnvVarRequest.Body.class, request("post", "/applications/{uuid}/envs"));
    assertFieldsIn(EnvVarRequest.Body.class, request("patch", "/applications/{uuid}/envs"));
    assertFieldsIn(BackupScheduleRequest.Body.class, request("post", "/databases/{uuid}/backups"));
    assertFieldsIn(BackupScheduleUpdate.Body.class, request("patch", "/databases/{uuid}/backups/{scheduled_backup_uuid}"));
    assertFieldsIn(CreateDatabaseRequest.Body.class, request("post", "/databases/postgresql"), "redis_password",
        "redis_conf");
    assertFieldsIn(CreateDatabaseRequest.Body.class, request("post", "/databases/redis"), "postgres_user",
        "postgres_password", "postgres_db", "postgres_initdb_args", "postgres_conf");
  }

  @Test
  void modelsTheDocumentLacks_useTheFieldsOfTheRealShapes() {
    assertFieldsIn(Database.class, CoolifySpecDeviations.DATABASE);
    assertFieldsIn(CreatedDatabase.class, CoolifySpecDeviations.CREATED_DATABASE);
    assertFieldsIn(BackupSchedule.class, CoolifySpecDeviations.BACKUP_SCHEDULES.path("items"));
    assertFieldsIn(Envelopes.DeploymentsPage.class, CoolifySpecDeviations.DEPLOYMENTS_PAGE);
  }

  @Test
  void theDocumentIsWrongWhereTheClientFollowsTheRealApi() {
    assertEquals("#/components/schemas/Application", response("get", "/deployments/applications/{uuid}", "200")
        .path("items").path("$ref").asText(), "spec: an Application[]; real: {count, deployments}");
    assertEquals("string", response("get", "/databases", "200").path("type").asText(), "spec: a placeholder string");
    assertEquals("string", response("get", "/databases/{uuid}/backups", "200").path("type").asText());
    assertTrue(CoolifySpec.operation("post", "/databases/postgresql").path("responses").has("200"));
    assertFalse(CoolifySpec.operation("post", "/databases/postgresql").path("responses").has("201"),
        "spec: 200 without a body; real: 201 {uuid, internal_db_url}");
    assertTrue(CoolifySpec.operation("get", "/version").path("responses").path("200").path("content").has("text/html"),
        "spec: text/html; real: text/plain");
    JsonNode required = request("post", "/databases/postgresql").path("required");
    assertTrue(required.toString().contains("environment_name") && required.toString().contains("environment_uuid"),
        "spec: both environment fields required; real: either");
    assertTrue(CoolifySpec.operation("get", "/deploy").isMissingNode(), "POST only since 4.3 (GET answers 405)");
  }

  @Test
  void theChecker_findsUnknownFieldsWrongTypesNullsEnumsAndMissingRequiredFields() {
    String app = "{\"uuid\":\"a\",\"surprise\":1,\"health_check_enabled\":\"yes\",\"name\":null,"
        + "\"build_pack\":\"buildah\",\"fqdn\":null}";
    List<String> p = CoolifySpec.check("GET", "/api/v1/applications/a", null, 200, "application/json", app);
    assertEquals(4, p.size(), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.contains("surprise")));
    assertTrue(p.stream().anyMatch(s -> s.contains("health_check_enabled")));
    assertTrue(p.stream().anyMatch(s -> s.contains("name is null")));
    assertTrue(p.stream().anyMatch(s -> s.contains("buildah")));
    List<String> r = CoolifySpec.check("PATCH", "/api/v1/applications/a/envs", "{\"value\":\"v\"}", 201,
        "application/json", "{\"uuid\":\"e\"}");
    assertEquals(List.of("request lacks required key"), r);
    assertEquals(List.of(), CoolifySpec.check("POST", "/api/v1/databases/redis",
        "{\"server_uuid\":\"s\",\"project_uuid\":\"p\",\"environment_uuid\":\"e\"}", 201, "application/json",
        "{\"uuid\":\"d\",\"internal_db_url\":\"redis://x\"}"), "one environment field is enough");
    assertFalse(CoolifySpec.check("GET", "/api/v1/deployments/applications/a", null, 200, "application/json",
        "[]").isEmpty(), "the document's array is not the real shape");
  }
}
