package com.wekruit.valet.neon.testing;

import java.util.List;

/**
 * JSON payloads shaped like the Neon API v2 OpenAPI document (every required field, spec types), for stubs in tests
 * and for {@link FakeNeon}. Values are plausible, not real.
 */
public final class NeonPayloads {
  public static final String CREATED = "2026-11-20T10:00:00Z";

  private NeonPayloads() {}

  /** A GeneralError body; Neon's code is often empty. */
  public static String error(String code, String message) {
    return "{\"code\":" + str(code) + ",\"message\":" + str(message) + ",\"request_id\":\"req-8f2c\"}";
  }

  public static String operation(String id, String projectId, String branchId, String endpointId, String action,
      String status) {
    return """
        {"id":"%s","project_id":"%s",%s%s"action":"%s","status":"%s","failures_count":0,
         "created_at":"%s","updated_at":"%s","total_duration_ms":%d}"""
        .formatted(id, projectId, branchId == null ? "" : "\"branch_id\":\"" + branchId + "\",",
            endpointId == null ? "" : "\"endpoint_id\":\"" + endpointId + "\",", action, status, CREATED, CREATED,
            status.equals("finished") ? 1200 : 0);
  }

  /** A branch; {@code parentId} and {@code parentTimestamp} may be {@code null}. */
  public static String branch(String id, String projectId, String name, String parentId, String parentTimestamp,
      String state, boolean isDefault) {
    return """
        {"id":"%s","project_id":"%s",%s%s"name":"%s","current_state":"%s","state_changed_at":"%s",
         "logical_size":30785536,"creation_source":"console","default":%b,"protected":false,"cpu_used_sec":0,
         "active_time_seconds":0,"compute_time_seconds":0,"written_data_bytes":0,"data_transfer_bytes":0,
         "created_at":"%s","updated_at":"%s"}"""
        .formatted(id, projectId, parentId == null ? "" : "\"parent_id\":\"" + parentId + "\",",
            parentTimestamp == null ? "" : "\"parent_timestamp\":\"" + parentTimestamp + "\",", name, state, CREATED,
            isDefault, CREATED, CREATED);
  }

  public static String endpoint(String id, String projectId, String branchId, String type, String state, double minCu,
      double maxCu, long suspendTimeoutSeconds) {
    return """
        {"host":"%s.us-east-2.aws.neon.tech","id":"%s","project_id":"%s","branch_id":"%s",
         "region_id":"aws-us-east-2","autoscaling_limit_min_cu":%s,"autoscaling_limit_max_cu":%s,"type":"%s",
         "current_state":"%s","pooler_enabled":false,"pooler_mode":"transaction","disabled":false,
         "passwordless_access":true,"creation_source":"console","created_at":"%s","updated_at":"%s",
         "settings":{},"proxy_host":"us-east-2.aws.neon.tech","suspend_timeout_seconds":%d,
         "provisioner":"k8s-neonvm"}"""
        .formatted(id, id, projectId, branchId, minCu, maxCu, type, state, CREATED, CREATED, suspendTimeoutSeconds);
  }

  /** A ProjectListItem (the shape of {@code GET /projects}). */
  public static String projectListItem(String id, String name, String orgId) {
    return """
        {"id":"%s","platform_id":"aws","region_id":"aws-us-east-2","name":"%s","provisioner":"k8s-neonvm",
         "pg_version":17,"proxy_host":"us-east-2.aws.neon.tech","branch_logical_size_limit":0,
         "branch_logical_size_limit_bytes":10737418240,"store_passwords":true,"active_time":0,"cpu_used_sec":0,
         "creation_source":"console","created_at":"%s","updated_at":"%s","owner_id":"user-1"%s}"""
        .formatted(id, name, CREATED, CREATED, orgId == null ? "" : ",\"org_id\":\"" + orgId + "\"");
  }

  /** A Project (the shape of {@code GET /projects/{id}}). */
  public static String project(String id, String name, int historyRetentionSeconds) {
    return """
        {"data_storage_bytes_hour":0,"data_transfer_bytes":0,"written_data_bytes":0,"compute_time_seconds":0,
         "active_time_seconds":0,"cpu_used_sec":0,"id":"%s","platform_id":"aws","region_id":"aws-us-east-2",
         "name":"%s","provisioner":"k8s-neonvm","pg_version":17,"proxy_host":"us-east-2.aws.neon.tech",
         "branch_logical_size_limit":0,"branch_logical_size_limit_bytes":10737418240,"store_passwords":true,
         "creation_source":"console","history_retention_seconds":%d,"created_at":"%s","updated_at":"%s",
         "consumption_period_start":"2026-11-01T00:00:00Z","consumption_period_end":"2026-12-01T00:00:00Z",
         "owner_id":"user-1"}"""
        .formatted(id, name, historyRetentionSeconds, CREATED, CREATED);
  }

  public static String database(long id, String branchId, String name, String owner) {
    return "{\"id\":%d,\"branch_id\":\"%s\",\"name\":\"%s\",\"owner_name\":\"%s\",\"created_at\":\"%s\",\"updated_at\":\"%s\"}"
        .formatted(id, branchId, name, owner, CREATED, CREATED);
  }

  public static String role(String branchId, String name) {
    return "{\"branch_id\":\"%s\",\"name\":\"%s\",\"protected\":false,\"created_at\":\"%s\",\"updated_at\":\"%s\"}"
        .formatted(branchId, name, CREATED, CREATED);
  }

  public static String connectionDetails(String uri, String host, String password) {
    return """
        {"connection_uri":%s,"connection_parameters":{"database":"neondb","password":%s,"role":"neondb_owner",
         "host":"%s","pooler_host":"%s"}}""".formatted(str(uri), str(password), host, host.replaceFirst("\\.",
        "-pooler."));
  }

  /** A JSON array of already-encoded items. */
  public static String array(List<String> items) {
    return "[" + String.join(",", items) + "]";
  }

  static String str(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
