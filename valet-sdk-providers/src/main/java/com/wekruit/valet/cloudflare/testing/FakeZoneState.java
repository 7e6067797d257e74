package com.wekruit.valet.cloudflare.testing;

import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.error;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.ok;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** One zone of the fake: its DNS records, settings and purges. Guarded by the fake's lock. */
final class FakeZoneState {
  record Reply(int status, String json) {}

  /** A stored record; content is what the API echoes. */
  record Rec(String id, String type, String name, String content, int ttl, boolean proxied, String comment,
      List<String> tags, String createdOn) {
    String json() {
      return CloudflarePayloads.dnsRecord(id, type, name, content, ttl, proxied, comment, tags, createdOn);
    }
  }

  /** Creation times as the live API sends them: distinct, microseconds, in order of creation. */
  private static final java.util.concurrent.atomic.AtomicLong CLOCK_MICROS = new java.util.concurrent.atomic.AtomicLong(
      java.time.Instant.parse(CloudflarePayloads.CREATED).toEpochMilli() * 1000);

  final String id;
  final String name;
  final Map<String, Rec> records = new LinkedHashMap<>();
  final Map<String, String> settings = new LinkedHashMap<>(Map.of("ssl", "flexible", "always_use_https", "off",
      "min_tls_version", "1.0"));
  final List<Map<String, Object>> purges = new ArrayList<>();

  FakeZoneState(String id, String name) {
    this.id = id;
    this.name = name;
  }

  Reply list(Map<String, List<String>> q) {
    Predicate<Rec> match = r -> eq(q, "type", r.type()) && eq(q, "name.exact", r.name()) && eq(q, "name", r.name())
        && eq(q, "content.exact", r.content()) && eq(q, "proxied", String.valueOf(r.proxied()));
    List<String> all = records.values().stream().filter(match).map(Rec::json).toList();
    int page = intParam(q, "page", 1);
    int perPage = intParam(q, "per_page", 100);
    int from = Math.min(all.size(), (page - 1) * perPage);
    return new Reply(200, CloudflarePayloads.page(all.subList(from, Math.min(all.size(), from + perPage)), page,
        perPage, all.size(), true));
  }

  Reply create(String recordId, Map<String, Object> body) {
    Rec r = fromBody(recordId, body, null);
    if (r == null) return invalid();
    for (Rec other : records.values()) {
      if (!other.name().equalsIgnoreCase(r.name())) continue;
      if (other.type().equals(r.type()) && other.content().equals(r.content())) {
        return new Reply(400, error("81058", "An identical record already exists."));
      }
      if (other.type().equals("CNAME") || r.type().equals("CNAME")) {
        return new Reply(400, error("81057", "Record already exists."));
      }
    }
    records.put(r.id(), r);
    return new Reply(200, ok(r.json()));
  }

  Reply get(String recordId) {
    Rec r = records.get(recordId);
    return r == null ? notFound() : new Reply(200, ok(r.json()));
  }

  /** PATCH keeps what the body leaves out; PUT resets it to the defaults. */
  Reply update(String recordId, Map<String, Object> body, boolean keepOthers) {
    Rec old = records.get(recordId);
    if (old == null) return notFound();
    Rec r = fromBody(recordId, body, keepOthers ? old : null);
    if (r == null) return invalid();
    r = new Rec(r.id(), r.type(), r.name(), r.content(), r.ttl(), r.proxied(), r.comment(), r.tags(), old.createdOn());
    records.put(recordId, r);
    return new Reply(200, ok(r.json()));
  }

  Reply delete(String recordId) {
    return records.remove(recordId) == null ? notFound() : new Reply(200, ok("{\"id\":\"" + recordId + "\"}"));
  }

  Reply setting(String settingId, Map<String, Object> patch) {
    if (!settings.containsKey(settingId)) return new Reply(404, error("1003", "Invalid or missing zone setting"));
    if (patch != null) {
      if (!(patch.get("value") instanceof String v)) return invalid();
      settings.put(settingId, v);
    }
    return new Reply(200, ok(CloudflarePayloads.setting(settingId, settings.get(settingId))));
  }

  Reply purge(String purgeId, Map<String, Object> body) {
    if (body.isEmpty()) return invalid();
    purges.add(body);
    return new Reply(200, ok("{\"id\":\"" + purgeId + "\"}"));
  }

  @SuppressWarnings("unchecked")
  private Rec fromBody(String id, Map<String, Object> b, Rec base) {
    String type = str(b, "type", base == null ? null : base.type());
    String name = str(b, "name", base == null ? null : base.name());
    if ("@".equals(name)) name = this.name; // the apex, as the live API stores it
    String content = str(b, "content", base == null ? null : base.content());
    if (type == null || name == null || content == null) return null;
    int ttl = b.get("ttl") instanceof Number n ? n.intValue() : base == null ? 1 : base.ttl();
    boolean proxied = b.get("proxied") instanceof Boolean p ? p : base != null && base.proxied();
    String comment = b.containsKey("comment") ? (String) b.get("comment") : base == null ? null : base.comment();
    List<String> tags = b.containsKey("tags") ? (b.get("tags") == null ? List.of() : (List<String>) b.get("tags"))
        : base == null ? List.of() : base.tags();
    String created = base != null ? base.createdOn()
        : java.time.Instant.EPOCH.plus(CLOCK_MICROS.incrementAndGet(), java.time.temporal.ChronoUnit.MICROS).toString();
    return new Rec(id, type, name, content, ttl, proxied, comment, List.copyOf(tags), created);
  }

  private static String str(Map<String, Object> b, String key, String fallback) {
    return b.get(key) instanceof String s ? s : fallback;
  }

  private static boolean eq(Map<String, List<String>> q, String key, String actual) {
    List<String> v = q.get(key);
    return v == null || v.stream().anyMatch(x -> x.equalsIgnoreCase(Objects.toString(actual)));
  }

  private static int intParam(Map<String, List<String>> q, String key, int fallback) {
    List<String> v = q.get(key);
    return v == null ? fallback : Integer.parseInt(v.get(0));
  }

  static Reply notFound() {
    return new Reply(404, error("81044", "Record does not exist."));
  }

  static Reply invalid() {
    return new Reply(400, error("9000", "DNS name is invalid or the request body is incomplete."));
  }
}
