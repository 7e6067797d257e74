package com.wekruit.valet.cloudflare.testing;

import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.error;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.ok;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fake's routes over its zones. Synchronized: the fake serves on two threads. */
final class FakeCloudflareRoutes {
  private static final Pattern ZONE = Pattern.compile("/zones/([0-9a-f]{32})(/.*)?");
  private static final Pattern RECORD = Pattern.compile("/dns_records/([0-9a-f]{32})");
  private static final Pattern SETTING = Pattern.compile("/settings/([a-z0-9_]+)");
  private final AtomicLong ids = new AtomicLong(0x1000);
  private final Map<String, FakeZoneState> zones = new LinkedHashMap<>();

  synchronized String addZone(String name) {
    String id = newId();
    zones.put(id, new FakeZoneState(id, name));
    return id;
  }

  synchronized String setting(String zoneId, String settingId) {
    return zones.get(zoneId).settings.get(settingId);
  }

  synchronized List<Map<String, Object>> purges(String zoneId) {
    return List.copyOf(zones.get(zoneId).purges);
  }

  synchronized FakeZoneState.Reply route(String method, String path, Map<String, List<String>> q,
      Map<String, Object> body) {
    if (path.equals("/user/tokens/verify") && method.equals("GET")) {
      return new FakeZoneState.Reply(200, CloudflarePayloads.tokenVerify(newId(), "active"));
    }
    if (path.equals("/zones") && method.equals("GET")) return listZones(q);
    Matcher m = ZONE.matcher(path);
    if (!m.matches()) return noRoute(method, path);
    FakeZoneState zone = zones.get(m.group(1));
    if (zone == null) return new FakeZoneState.Reply(404, error("1001", "Invalid zone identifier"));
    String rest = m.group(2) == null ? "" : m.group(2);
    if (rest.isEmpty() && method.equals("GET")) return new FakeZoneState.Reply(200, ok(zoneJson(zone)));
    if (rest.equals("/dns_records")) {
      if (method.equals("GET")) return zone.list(q);
      if (method.equals("POST")) return zone.create(newId(), body);
    }
    if (rest.equals("/purge_cache") && method.equals("POST")) return zone.purge(newId(), body);
    Matcher r = RECORD.matcher(rest);
    if (r.matches()) {
      return switch (method) {
        case "GET" -> zone.get(r.group(1));
        case "PATCH" -> zone.update(r.group(1), body, true);
        case "PUT" -> zone.update(r.group(1), body, false);
        case "DELETE" -> zone.delete(r.group(1));
        default -> noRoute(method, path);
      };
    }
    Matcher s = SETTING.matcher(rest);
    if (s.matches() && (method.equals("GET") || method.equals("PATCH"))) {
      return zone.setting(s.group(1), method.equals("PATCH") ? body : null);
    }
    return noRoute(method, path);
  }

  private FakeZoneState.Reply listZones(Map<String, List<String>> q) {
    List<String> name = q.get("name");
    List<String> items = new ArrayList<>();
    for (FakeZoneState z : zones.values()) {
      if (name == null || z.name.equalsIgnoreCase(name.get(0))) items.add(zoneJson(z));
    }
    int perPage = q.containsKey("per_page") ? Integer.parseInt(q.get("per_page").get(0)) : 20;
    int page = q.containsKey("page") ? Integer.parseInt(q.get("page").get(0)) : 1;
    int from = Math.min(items.size(), (page - 1) * perPage);
    return new FakeZoneState.Reply(200, CloudflarePayloads.page(items.subList(from, Math.min(items.size(),
        from + perPage)), page, perPage, items.size(), true));
  }

  private static String zoneJson(FakeZoneState z) {
    return CloudflarePayloads.zone(z.id, z.name);
  }

  private String newId() {
    return String.format("%032x", ids.incrementAndGet());
  }

  private static FakeZoneState.Reply noRoute(String method, String path) {
    return new FakeZoneState.Reply(400, error("7003", "Could not route to " + path + ", perhaps your object"
        + " identifier is invalid? (" + method + ")"));
  }
}
