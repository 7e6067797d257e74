package com.wekruit.valet.betterstack.testing;

import static com.wekruit.valet.betterstack.testing.BetterStackPayloads.resource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake's in-memory team: monitors, heartbeats, incidents and a status page, each stored as the full attribute
 * map the API returns. Writes accept only the attribute names the API knows (others are a 422 with
 * {@code invalid_attributes}, as the real API answers). Synchronized: the fake serves on two threads.
 */
final class FakeUptimeState {
  record Reply(int status, String json) {}

  static final Set<String> MONITOR_WRITABLE = Set.of("url", "pronounceable_name", "monitor_type", "monitor_group_id",
      "policy_id", "expiration_policy_id", "required_keyword", "expected_status_codes", "call", "sms", "email", "push",
      "critical_alert", "team_wait", "paused", "follow_redirects", "remember_cookies", "port", "regions",
      "recovery_period", "verify_ssl", "check_frequency", "confirmation_period", "http_method", "request_timeout",
      "request_body", "request_headers", "auth_username", "auth_password", "proxy_host", "proxy_port", "ip_version",
      "maintenance_from", "maintenance_to", "maintenance_timezone", "maintenance_days", "ssl_expiration",
      "domain_expiration", "playwright_script", "scenario_name", "environment_variables", "team_name");
  static final Set<String> HEARTBEAT_WRITABLE = Set.of("name", "period", "grace", "server_timezone", "call", "sms",
      "email", "push", "critical_alert", "team_wait", "heartbeat_group_id", "sort_index", "maintenance_from",
      "maintenance_to", "maintenance_timezone", "maintenance_days", "paused", "policy_id", "team_name");
  static final Set<String> INCIDENT_WRITABLE = Set.of("requester_email", "name", "summary", "description", "call",
      "sms", "email", "push", "critical_alert", "team_wait", "policy_id", "metadata", "team_name");

  final Map<String, Map<String, Object>> monitors = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> heartbeats = new LinkedHashMap<>();
  final Map<String, String> heartbeatByToken = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> incidents = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> incidentLinks = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> statusPages = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong(270_000);
  final Clock clock;

  FakeUptimeState(Clock clock) {
    this.clock = clock;
  }

  String nextId() {
    return Long.toString(ids.incrementAndGet());
  }

  String now() {
    return clock.instant().toString();
  }

  /** 422 unless every key is known and the required ones are present. */
  static Reply validate(Map<String, Object> body, Set<String> writable, List<String> required) {
    List<String> invalid = new ArrayList<>();
    for (String k : body.keySet()) if (!writable.contains(k)) invalid.add(k);
    if (!invalid.isEmpty()) {
      return new Reply(422, BetterStackPayloads.json(Map.of("errors",
          "Your request contains misspelled some attributes", "invalid_attributes", invalid)));
    }
    List<String> missing = new ArrayList<>();
    for (String k : required) if (body.get(k) == null) missing.add(k);
    if (!missing.isEmpty()) {
      return new Reply(422, BetterStackPayloads.json(Map.of("errors",
          "Your request is missing some required attributes", "required_attributes", missing)));
    }
    return null;
  }

  /** Opens an incident for a heartbeat or monitor. */
  String openIncident(String name, String cause, String ownerType, String ownerId) {
    String id = nextId();
    incidents.put(id, BetterStackPayloads.incidentAttributes(name, cause, now()));
    if (ownerType != null) {
      incidentLinks.put(id, Map.of(ownerType, Map.of("data", Map.of("id", ownerId, "type", ownerType))));
    }
    return id;
  }

  Map<String, Object> incident(String id) {
    return resource(id, "incident", incidents.get(id), incidentLinks.get(id));
  }

  static Reply notFound() {
    return new Reply(404, BetterStackPayloads.error("Resource with provided ID was not found"));
  }
}
