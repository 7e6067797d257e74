package com.wekruit.valet.betterstack;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.json.WireNames;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Better Stack has no OpenAPI document; its attribute names come from specs/betterstack-uptime-fields.txt (the
 * official Terraform provider's JSON tags). Incidents, SLA and response times are not in that file: their names are
 * the documented ones (reference/upstash-betterstack.md §3.4-3.5, from the API docs pages), listed here.
 */
final class UptimeFields {
  static final Set<String> INCIDENT = Set.of("name", "url", "http_method", "cause", "incident_group_id", "started_at",
      "acknowledged_at", "acknowledged_by", "resolved_at", "resolved_by", "status", "team_name", "response_content",
      "response_options", "regions", "response_url", "screenshot_url", "origin_url", "escalation_policy_id", "call",
      "sms", "email", "push", "metadata");
  static final Set<String> INCIDENT_CREATE = Set.of("requester_email", "name", "summary", "description", "call",
      "sms", "email", "push", "critical_alert", "team_wait", "policy_id", "metadata", "team_name");
  static final Set<String> SLA = Set.of("availability", "total_downtime", "number_of_incidents", "longest_incident",
      "average_incident");
  private static final Map<String, Set<String>> SPEC = load();

  private UptimeFields() {}

  /** The attribute names of one struct of the field list, e.g. {@code monitor}, {@code heartbeat}, {@code statusPage}. */
  static Set<String> of(String struct) {
    Set<String> s = SPEC.get(struct);
    if (s == null) throw new IllegalArgumentException("no struct " + struct + " in the field list");
    return s;
  }

  private static Map<String, Set<String>> load() {
    try (InputStream in = UptimeFields.class.getResourceAsStream("/specs/betterstack-uptime-fields.txt")) {
      Map<String, Set<String>> out = new HashMap<>();
      Set<String> current = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("### ")) {
          current = new LinkedHashSet<>();
          out.put(line.substring(4).trim(), current);
        } else if (line.startsWith("## ")) {
          current = null;
        } else if (current != null && line.startsWith("  ") && !line.isBlank()) {
          current.add(line.trim().split("[ ,]")[0]);
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The wire names of a record's components. */
  static Set<String> wireNames(Class<?> record) {
    Set<String> names = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) names.add(WireNames.snakeCase(c.getName()));
    return names;
  }

  static void assertSubset(String what, Set<String> names, Set<String> allowed) {
    Set<String> unknown = new TreeSet<>(names);
    unknown.removeAll(allowed);
    assertTrue(unknown.isEmpty(), what + ": names not in the field list: " + unknown);
  }

  /** Every request body and every response's attributes of the exchanges WireMock saw use known names only. */
  static void assertAllKnown(WireMockServer wm) {
    for (ServeEvent e : wm.getAllServeEvents()) {
      String path = e.getRequest().getUrl().replaceAll("\\?.*", "");
      Set<String> allowed = allowedFor(path);
      if (allowed == null) continue;
      String body = e.getRequest().getBodyAsString();
      if (body != null && !body.isBlank()) {
        Set<String> write = path.matches("/api/v3/incidents") ? INCIDENT_CREATE
            : path.matches(".*/(acknowledge|resolve)") ? Set.of("acknowledged_by", "resolved_by") : allowed;
        assertSubset("request " + e.getRequest().getMethod() + " " + path, keys(parse(body)), write);
      }
      String response = e.getResponse().getBodyAsString();
      if (e.getResponse().getStatus() / 100 == 2 && response != null && response.startsWith("{")) {
        Object data = ((Map<?, ?>) parse(response)).get("data");
        for (Object item : data instanceof List<?> l ? l : List.of(data)) {
          Map<?, ?> attributes = (Map<?, ?>) ((Map<?, ?>) item).get("attributes");
          if (attributes == null) fail("no attributes in " + path);
          assertSubset("response " + path, keys(attributes), allowed);
        }
      }
    }
  }

  private static Set<String> allowedFor(String path) {
    if (path.matches("/api/v2/monitors/\\d+/sla") || path.matches("/api/v2/heartbeats/\\d+/availability")) return SLA;
    if (path.matches("/api/v2/monitors/\\d+/response-times")) return Set.of("regions");
    if (path.startsWith("/api/v2/monitors")) return of("monitor");
    if (path.startsWith("/api/v2/heartbeats")) return of("heartbeat");
    if (path.startsWith("/api/v2/status-pages")) return of("statusPage");
    if (path.startsWith("/api/v3/incidents")) return INCIDENT;
    if (path.startsWith("/api/v2/on-calls")) return of("onCallCalendar");
    return null;
  }

  private static Object parse(String json) {
    try {
      return ValetJson.moshi().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static Set<String> keys(Object map) {
    Set<String> out = new TreeSet<>();
    if (map instanceof Map<?, ?> m) for (Object k : m.keySet()) out.add(String.valueOf(k));
    return out;
  }
}
