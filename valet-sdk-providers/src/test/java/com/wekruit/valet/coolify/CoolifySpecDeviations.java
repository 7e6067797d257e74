package com.wekruit.valet.coolify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Where the Coolify document is wrong and the client follows the real API (reference/hetzner-coolify.md §3.2, §3.8;
 * coollabsio/coolify @ 379abb2): the real response schema per exchange, written with the document's own component
 * schemas where they exist. Each deviation is also pinned by a test in {@code CoolifySpecDeviationTest}.
 */
final class CoolifySpecDeviations {
  /** A text/plain answer ({@code /version}, {@code /health}); the document says text/html. */
  private static final JsonNode TEXT = TextNode.valueOf("text");
  private static final String QUEUE = "{\"$ref\":\"#/components/schemas/ApplicationDeploymentQueue\"}";
  /** {@code GET /deployments/applications/{uuid}}: {@code {count, deployments}}, not {@code Application[]} (#5874). */
  static final JsonNode DEPLOYMENTS_PAGE = CoolifySpec.read("""
      {"type":"object","properties":{"count":{"type":"integer"},"deployments":{"type":"array","items":%s}}}"""
      .formatted(QUEUE));
  /** {@code POST /databases/*}: 201 with the new uuid and connection URLs, not 200 without a body. */
  static final JsonNode CREATED_DATABASE = CoolifySpec.read("""
      {"type":"object","properties":{"uuid":{"type":"string"},"internal_db_url":{"type":"string"},
       "external_db_url":{"type":["string","null"]}}}""");
  /** {@code GET /databases}, {@code /databases/{uuid}}: database objects, not the placeholder string. */
  static final JsonNode DATABASE = CoolifySpec.read("""
      {"type":"object","properties":{"uuid":{"type":"string"},"name":{"type":"string"},
       "description":{"type":["string","null"]},"database_type":{"type":"string"},"image":{"type":"string"},
       "status":{"type":"string"},"is_public":{"type":"boolean"},"public_port":{"type":["integer","null"]},
       "created_at":{"type":"string"},"updated_at":{"type":"string"}}}""");
  /**
   * {@code GET /databases/{uuid}/backups}: ScheduledDatabaseBackup objects, not the placeholder string; their fields
   * are the create request's, with {@code s3_storage_id} for {@code s3_storage_uuid}, and their {@code executions}
   * are the executions endpoint's items.
   */
  static final JsonNode BACKUP_SCHEDULES = backupSchedules();
  /**
   * Every error answer: Coolify's error body (§3.2), a superset of the document's shared 400/401/404/422/429 bodies,
   * which lack {@code docs} (invalid token), {@code error} (Content-Type), {@code errors} outside 422, the 403 bodies'
   * {@code success} and the 409 {@code conflicts}; most operations document none of 403, 405, 409, 429 or 5xx.
   */
  static final JsonNode ERROR = CoolifySpec.read("""
      {"type":"object","properties":{"message":{"type":"string"},"errors":{"type":"object"},
       "error":{"type":"string"},"docs":{"type":"string"},"success":{"type":"boolean"},
       "warning":{"type":"string"},"conflicts":{"type":"array"}}}""");

  private CoolifySpecDeviations() {}

  /** The real response schema when the document is wrong for this exchange, else {@code null}. */
  static JsonNode response(String method, String template, int status) {
    if (template.equals("/version") || template.equals("/health")) return status == 200 ? TEXT : null;
    if (template.equals("/deployments/applications/{uuid}") && status == 200) return DEPLOYMENTS_PAGE;
    if (method.equals("POST") && template.matches("/databases/(postgresql|redis)") && status == 201) {
      return CREATED_DATABASE;
    }
    if (method.equals("GET") && template.equals("/databases") && status == 200) return array(DATABASE);
    if (method.equals("GET") && template.equals("/databases/{uuid}") && status == 200) return DATABASE;
    if (method.equals("GET") && template.equals("/databases/{uuid}/backups") && status == 200) {
      return BACKUP_SCHEDULES;
    }
    if (method.equals("POST") && template.equals("/servers/{uuid}/validate") && status == 200) {
      return CoolifySpec.operation("post", template).path("responses").path("201").path("content")
          .path("application/json").path("schema"); // 200 on older versions (#5652)
    }
    if (status >= 400) return ERROR;
    return null;
  }

  /** The document requires both environment fields on creates; Coolify needs only one. */
  static boolean optionalRequired(String field, JsonNode body) {
    return (field.equals("environment_name") && body.has("environment_uuid"))
        || (field.equals("environment_uuid") && body.has("environment_name"));
  }

  private static JsonNode array(JsonNode items) {
    return CoolifySpec.object().put("type", "array").set("items", items);
  }

  private static JsonNode backupSchedules() {
    JsonNode request = CoolifySpec.operation("post", "/databases/{uuid}/backups").path("requestBody")
        .path("content").path("application/json").path("schema").path("properties");
    var props = CoolifySpec.object();
    request.fields().forEachRemaining(f -> {
      if (!f.getKey().equals("s3_storage_uuid") && !f.getKey().equals("backup_now")) props.set(f.getKey(), f.getValue());
    });
    props.set("uuid", CoolifySpec.read("{\"type\":\"string\"}"));
    props.set("s3_storage_id", CoolifySpec.read("{\"type\":[\"integer\",\"null\"]}"));
    props.set("databases_to_backup", CoolifySpec.read("{\"type\":[\"string\",\"null\"]}"));
    props.set("executions", CoolifySpec.operation("get", "/databases/{uuid}/backups/{scheduled_backup_uuid}/executions")
        .path("responses").path("200").path("content").path("application/json").path("schema").path("properties")
        .path("executions"));
    var schedule = CoolifySpec.object().put("type", "object");
    schedule.set("properties", props);
    return array(schedule);
  }
}
