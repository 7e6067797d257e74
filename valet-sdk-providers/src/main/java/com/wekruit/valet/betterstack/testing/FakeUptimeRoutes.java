package com.wekruit.valet.betterstack.testing;

import static com.wekruit.valet.betterstack.testing.BetterStackPayloads.resource;
import static com.wekruit.valet.betterstack.testing.BetterStackPayloads.single;

import com.wekruit.valet.betterstack.testing.FakeUptimeState.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Uptime API's routes over {@link FakeUptimeState}; every answer is spec-shaped. */
final class FakeUptimeRoutes {
  private static final Pattern ONE = Pattern.compile("/api/v[23]/(monitors|heartbeats|incidents|status-pages)/(\\d+)"
      + "(/[a-z-]+)?");
  private static final Pattern PING = Pattern.compile("/api/v1/heartbeat/([A-Za-z0-9]+)(/[a-z0-9]+)?");
  private final FakeUptimeState s;
  private String base;

  FakeUptimeRoutes(FakeUptimeState state) {
    this.s = state;
  }

  /** Links and ping URLs are built from the request's origin, as the API does. */
  synchronized Reply route(String origin, String method, String path, Map<String, String> q,
      Map<String, Object> body) {
    this.base = origin;
    Matcher m;
    if ((m = PING.matcher(path)).matches()) return ping(m.group(1), m.group(2));
    switch (method + " " + path) {
      case "GET /api/v2/monitors": return page(path, q, s.monitors, "monitor", id -> null);
      case "POST /api/v2/monitors": return createMonitor(body);
      case "GET /api/v2/heartbeats": return page(path, q, s.heartbeats, "heartbeat", id -> null);
      case "POST /api/v2/heartbeats": return createHeartbeat(body);
      case "GET /api/v3/incidents": return incidents(path, q);
      case "POST /api/v3/incidents": return createIncident(body);
      case "GET /api/v2/status-pages": return page(path, q, s.statusPages, "status_page", id -> null);
      case "GET /api/v2/on-calls/default":
        return new Reply(200, BetterStackPayloads.onCall("1001", "2345", "oncall@example.com", "Ada", "Lovelace"));
      default: break;
    }
    if (!(m = ONE.matcher(path)).matches()) return new Reply(404, BetterStackPayloads.error("no route " + path));
    String kind = m.group(1);
    String id = m.group(2);
    String action = m.group(3) == null ? "" : m.group(3);
    return switch (kind) {
      case "monitors" -> one(method, action, id, s.monitors, "monitor", body, FakeUptimeState.MONITOR_WRITABLE);
      case "heartbeats" -> one(method, action, id, s.heartbeats, "heartbeat", body, FakeUptimeState.HEARTBEAT_WRITABLE);
      case "status-pages" -> method.equals("GET") && action.isEmpty() && s.statusPages.containsKey(id)
          ? new Reply(200, single(resource(id, "status_page", s.statusPages.get(id), null))) : FakeUptimeState.notFound();
      default -> incident(method, action, id, body);
    };
  }

  private Reply createMonitor(Map<String, Object> body) {
    Reply bad = FakeUptimeState.validate(body, FakeUptimeState.MONITOR_WRITABLE, List.of("url", "monitor_type"));
    if (bad != null) return bad;
    Map<String, Object> a = BetterStackPayloads.monitorAttributes((String) body.get("url"),
        (String) body.get("monitor_type"));
    a.putAll(body);
    lowerMethod(a);
    String id = s.nextId();
    s.monitors.put(id, a);
    return new Reply(201, single(resource(id, "monitor", a, null)));
  }

  private Reply createHeartbeat(Map<String, Object> body) {
    Reply bad = FakeUptimeState.validate(body, FakeUptimeState.HEARTBEAT_WRITABLE, List.of("name", "period", "grace"));
    if (bad != null) return bad;
    String token = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    String id = s.nextId();
    Map<String, Object> a = BetterStackPayloads.heartbeatAttributes((String) body.get("name"),
        base + "/api/v1/heartbeat/" + token, 60, 0);
    a.putAll(body);
    s.heartbeats.put(id, a);
    s.heartbeatByToken.put(token, id);
    return new Reply(201, single(resource(id, "heartbeat", a, null)));
  }

  private Reply one(String method, String action, String id, Map<String, Map<String, Object>> store, String type,
      Map<String, Object> body, java.util.Set<String> writable) {
    Map<String, Object> a = store.get(id);
    if (a == null) return FakeUptimeState.notFound();
    if (action.equals("/sla") || action.equals("/availability")) {
      Map<String, Object> sla = new LinkedHashMap<>();
      sla.put("availability", 99.98);
      sla.put("total_downtime", 600);
      sla.put("number_of_incidents", 3);
      sla.put("longest_incident", 300);
      sla.put("average_incident", 200);
      return new Reply(200, single(resource(id, type.equals("monitor") ? "monitor_sla" : "heartbeat_availability",
          sla, null)));
    }
    if (action.equals("/response-times")) {
      Map<String, Object> sample = new LinkedHashMap<>();
      sample.put("at", s.now());
      sample.put("response_time", 0.47273);
      sample.put("name_lookup_time", 0.00002);
      sample.put("connection_time", 0.14187);
      sample.put("tls_handshake_time", 0.19929);
      sample.put("data_transfer_time", 0.13154);
      return new Reply(200, single(resource(id, "monitor_response_times", Map.of("regions",
          List.of(Map.of("region", "eu", "response_times", List.of(sample)))), null)));
    }
    if (!action.isEmpty()) return new Reply(404, BetterStackPayloads.error("no route"));
    switch (method) {
      case "GET": return new Reply(200, single(resource(id, type, a, null)));
      case "DELETE":
        store.remove(id);
        return new Reply(204, "");
      case "PATCH":
        Reply bad = FakeUptimeState.validate(body, writable, List.of());
        if (bad != null) return bad;
        a.putAll(body);
        lowerMethod(a);
        if (body.containsKey("paused")) {
          boolean paused = Boolean.TRUE.equals(body.get("paused"));
          a.put("paused", paused);
          a.put("paused_at", paused ? s.now() : null);
          a.put("status", paused ? "paused" : "pending");
        }
        a.put("updated_at", s.now());
        return new Reply(200, single(resource(id, type, a, null)));
      default: return new Reply(405, BetterStackPayloads.error("method not allowed"));
    }
  }

  private Reply ping(String token, String suffix) {
    String id = s.heartbeatByToken.get(token);
    if (id == null || !s.heartbeats.containsKey(id)) return new Reply(404, BetterStackPayloads.error("not found"));
    Map<String, Object> a = s.heartbeats.get(id);
    boolean ok = suffix == null || suffix.equals("/0");
    a.put("status", ok ? "up" : "down");
    if (!ok) s.openIncident(String.valueOf(a.get("name")), "Heartbeat reported a failure" + (suffix.equals("/fail")
        ? "" : " (exit code " + suffix.substring(1) + ")"), "heartbeat", id);
    return new Reply(200, "OK");
  }

  private Reply incidents(String path, Map<String, String> q) {
    Map<String, Map<String, Object>> match = new LinkedHashMap<>();
    String resolved = q.get("resolved");
    for (Map.Entry<String, Map<String, Object>> e : s.incidents.entrySet()) {
      boolean isResolved = "Resolved".equals(e.getValue().get("status"));
      if (resolved != null && Boolean.parseBoolean(resolved) != isResolved) continue;
      match.put(e.getKey(), e.getValue());
    }
    return page(path, q, match, "incident", s.incidentLinks::get);
  }

  private Reply createIncident(Map<String, Object> body) {
    Reply bad = FakeUptimeState.validate(body, FakeUptimeState.INCIDENT_WRITABLE, List.of("requester_email", "summary"));
    if (bad != null) return bad;
    String name = body.get("name") == null ? "Manual incident" : (String) body.get("name");
    String id = s.openIncident(name, (String) body.get("summary"), null, null);
    return new Reply(201, single(s.incident(id)));
  }

  private Reply incident(String method, String action, String id, Map<String, Object> body) {
    Map<String, Object> a = s.incidents.get(id);
    if (a == null) return FakeUptimeState.notFound();
    if (method.equals("GET") && action.isEmpty()) return new Reply(200, single(s.incident(id)));
    if (method.equals("DELETE") && action.isEmpty()) {
      s.incidents.remove(id);
      return new Reply(204, "");
    }
    if (!method.equals("POST")) return new Reply(404, BetterStackPayloads.error("no route"));
    if (action.equals("/acknowledge")) {
      if (!"Started".equals(a.get("status"))) return new Reply(409, BetterStackPayloads.error("Incident was already acknowledged"));
      a.put("status", "Acknowledged");
      a.put("acknowledged_at", s.now());
      a.put("acknowledged_by", body.getOrDefault("acknowledged_by", "api"));
    } else if (action.equals("/resolve")) {
      if ("Resolved".equals(a.get("status"))) return new Reply(409, BetterStackPayloads.error("Incident was already resolved"));
      a.put("status", "Resolved");
      a.put("resolved_at", s.now());
      a.put("resolved_by", body.getOrDefault("resolved_by", "api"));
    } else {
      return new Reply(404, BetterStackPayloads.error("no route"));
    }
    return new Reply(200, single(s.incident(id)));
  }

  private Reply page(String path, Map<String, String> q, Map<String, Map<String, Object>> store, String type,
      Function<String, Map<String, Object>> links) {
    int perPage = Integer.parseInt(q.getOrDefault("per_page", "50"));
    int page = Integer.parseInt(q.getOrDefault("page", "1"));
    List<String> ids = new ArrayList<>(store.keySet());
    int last = Math.max(1, (ids.size() + perPage - 1) / perPage);
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = (page - 1) * perPage; i < Math.min(ids.size(), page * perPage); i++) {
      items.add(resource(ids.get(i), type, store.get(ids.get(i)), links.apply(ids.get(i))));
    }
    String link = base + path + "?page=%d&per_page=" + perPage;
    return new Reply(200, BetterStackPayloads.page(items, link.formatted(1), link.formatted(last),
        page > 1 ? link.formatted(page - 1) : null, page < last ? link.formatted(page + 1) : null));
  }

  private static void lowerMethod(Map<String, Object> a) {
    if (a.get("http_method") instanceof String m) a.put("http_method", m.toLowerCase(java.util.Locale.ROOT));
  }
}
