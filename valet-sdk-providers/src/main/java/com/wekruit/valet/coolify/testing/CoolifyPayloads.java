package com.wekruit.valet.coolify.testing;

/**
 * JSON payloads shaped like the Coolify API really sends them: field names and types of the OpenAPI document's
 * schemas, and the real shapes where the document is wrong (deployment list {@code {count, deployments}}, database
 * create 201 with URLs, backup schedules as objects). Values are plausible, not real. For stubs in tests and for
 * {@link FakeCoolify}.
 */
public final class CoolifyPayloads {
  private CoolifyPayloads() {}

  public static String application(String uuid, String name, String status) {
    return application(uuid, name, status, "a1b2c3d4e5f6");
  }

  /** An application at a commit. */
  public static String application(String uuid, String name, String status, String commit) {
    return """
        {"uuid":"%s","name":"%s","description":null,"fqdn":"https://%s.example.com","status":"%s",
         "git_repository":"acme/%s","git_branch":"main","git_commit_sha":"%s","build_pack":"dockerfile",
         "docker_registry_image_name":null,"docker_registry_image_tag":null,"ports_exposes":"3000",
         "ports_mappings":null,"base_directory":"/","publish_directory":"/","health_check_enabled":true,
         "health_check_path":"/api/v1/health","health_check_port":null,"health_check_host":null,
         "health_check_method":"GET","health_check_return_code":200,"health_check_scheme":"http",
         "health_check_interval":5,"health_check_timeout":5,"health_check_retries":10,"health_check_start_period":5,
         "health_check_type":"http","limits_memory":"0","limits_memory_swap":"0","limits_memory_swappiness":60,
         "limits_memory_reservation":"0","limits_cpus":"0","limits_cpuset":null,"limits_cpu_shares":1024,
         "destination_type":"App\\\\Models\\\\StandaloneDocker","destination_id":1,"environment_id":2,
         "redirect":"both","created_at":"2026-11-20T10:00:00.000000Z","updated_at":"2026-11-26T02:59:00.000000Z",
         "deleted_at":null,"compose_parsing_version":"3","is_http_basic_auth_enabled":false}"""
        .formatted(uuid, name, name, status, name, commit);
  }

  /** An {@code ApplicationDeploymentQueue} row. */
  public static String deployment(String uuid, String appName, String status, String commit, boolean rollback) {
    return """
        {"id":%d,"application_id":"7","deployment_uuid":"%s","pull_request_id":0,"force_rebuild":false,
         "commit":"%s","status":"%s","is_webhook":false,"is_api":true,"created_at":"2026-11-26T03:00:00.000000Z",
         "updated_at":"2026-11-26T03:00:05.000000Z","restart_only":false,
         "server_id":0,"application_name":"%s","server_name":"localhost",
         "deployment_url":"/project/p1/environment/e1/application/a1/deployment/%s","destination_id":"1",
         "only_this_server":false,"rollback":%s,"commit_message":"Deploy %s"}"""
        .formatted(Math.abs(uuid.hashCode() % 10_000), uuid, commit, status, appName, uuid, rollback, commit);
  }

  /** What start, restart and rollback answer. */
  public static String queued(String message, String deploymentUuid) {
    return "{\"message\":\"" + message + "\",\"deployment_uuid\":\"" + deploymentUuid + "\"}";
  }

  public static String envVar(String uuid, String key, String value, boolean preview) {
    return """
        {"uuid":"%s","key":"%s","value":"%s","real_value":"%s","is_preview":%s,"is_literal":false,
         "is_multiline":false,"is_shown_once":false,"is_runtime":true,"is_buildtime":true,"is_shared":false,
         "comment":null,"version":"4.3.11","created_at":"2026-11-20T10:00:00.000000Z",
         "updated_at":"2026-11-20T10:00:00.000000Z"}""".formatted(uuid, key, value, value, preview);
  }

  public static String rollbackImages(String current, String... tags) {
    StringBuilder b = new StringBuilder("{\"current\":").append(current == null ? "null" : "\"" + current + "\"")
        .append(",\"images\":[");
    for (int i = 0; i < tags.length; i++) {
      b.append(i == 0 ? "" : ",").append("{\"tag\":\"").append(tags[i]).append("\",\"created_at\":\"2026-11-2")
          .append(i).append("T10:00:00+00:00\",\"is_current\":").append(tags[i].equals(current)).append('}');
    }
    return b.append("]}").toString();
  }

  public static String server(String uuid, String name, String ip, int queueLimit) {
    return """
        {"id":1,"uuid":"%s","name":"%s","description":"","ip":"%s","user":"root","port":22,"proxy":{},
         "proxy_type":"traefik","high_disk_usage_notification_sent":false,"unreachable_notification_sent":false,
         "unreachable_count":0,"validation_logs":"","log_drain_notification_sent":false,"swarm_cluster":"",
         "settings":{"id":1,"concurrent_builds":2,"deployment_queue_limit":%d,"dynamic_timeout":3600,
          "force_disabled":false,"is_build_server":false,"is_reachable":true,"is_usable":true,
          "is_swarm_manager":false,"is_swarm_worker":false,"server_id":1,"connection_timeout":10,
          "created_at":"2026-11-20T10:00:00.000000Z","updated_at":"2026-11-20T10:00:00.000000Z"}}"""
        .formatted(uuid, name, ip, queueLimit);
  }

  public static String serverResource(long id, String uuid, String name, String type, String status) {
    return """
        {"id":%d,"uuid":"%s","name":"%s","type":"%s","created_at":"2026-11-20T10:00:00.000000Z",
         "updated_at":"2026-11-26T02:59:00.000000Z","status":"%s"}""".formatted(id, uuid, name, type, status);
  }

  public static String service(String uuid, String name, String type) {
    return """
        {"id":3,"uuid":"%s","name":"%s","environment_id":2,"server_id":1,"description":"","docker_compose_raw":"",
         "docker_compose":"","destination_type":"App\\\\Models\\\\StandaloneDocker","destination_id":1,
         "connect_to_docker_network":false,"is_container_label_escape_enabled":true,
         "is_container_label_readonly_enabled":true,"config_hash":"c0ffee","service_type":"%s",
         "created_at":"2026-11-20T10:00:00.000000Z","updated_at":"2026-11-20T10:00:00.000000Z"}"""
        .formatted(uuid, name, type);
  }

  /** A standalone database as {@code GET /databases} really lists it. */
  public static String database(String uuid, String name, String type, String image, String status) {
    return """
        {"uuid":"%s","name":"%s","description":null,"database_type":"%s","image":"%s","status":"%s",
         "is_public":false,"public_port":null,"created_at":"2026-11-20T10:00:00.000000Z",
         "updated_at":"2026-11-20T10:00:00.000000Z"}""".formatted(uuid, name, type, image, status);
  }

  /** A database create answer (201). */
  public static String createdDatabase(String uuid, String internalUrl) {
    return "{\"uuid\":\"" + uuid + "\",\"internal_db_url\":\"" + internalUrl + "\"}";
  }

  /** A scheduled database backup as {@code GET /databases/{uuid}/backups} really sends it. */
  public static String backupSchedule(String uuid, String frequency, boolean enabled, String executions) {
    return """
        {"uuid":"%s","frequency":"%s","enabled":%s,"save_s3":false,"s3_storage_id":null,
         "databases_to_backup":null,"dump_all":false,"database_backup_retention_amount_locally":7,
         "database_backup_retention_days_locally":0,"database_backup_retention_amount_s3":0,
         "database_backup_retention_days_s3":0,"timeout":3600,"executions":[%s]}"""
        .formatted(uuid, frequency, enabled, executions);
  }

  public static String execution(String uuid, String status, long size) {
    String message = status.equals("failed") ? "pg_dump: error: connection to server failed" : "Backup succeeded.";
    return """
        {"uuid":"%s","filename":"/data/coolify/backups/pg-%s.dmp","size":%d,
         "created_at":"2026-11-26T03:00:00.000000Z","message":"%s","status":"%s"}"""
        .formatted(uuid, uuid, size, message, status);
  }

  /** {@code {"message": ...}}: Coolify's error body, and its answer to stop, delete and the like. */
  public static String message(String message) {
    return "{\"message\":\"" + escape(message) + "\"}";
  }

  /** An error body, {@code {"message": ...}}. */
  public static String error(String message) {
    return message(message);
  }

  /** A 422 with field errors. */
  public static String validation(String field, String message) {
    return "{\"message\":\"Validation failed.\",\"errors\":{\"" + field + "\":[\"" + escape(message) + "\"]}}";
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.toString();
  }
}
