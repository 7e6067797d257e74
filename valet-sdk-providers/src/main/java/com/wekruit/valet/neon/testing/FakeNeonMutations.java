package com.wekruit.valet.neon.testing;

import static com.wekruit.valet.neon.testing.NeonPayloads.array;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.testkit.FakeApiServer.Request;
import com.wekruit.valet.testkit.FakeApiServer.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Branch and endpoint routes of {@link FakeNeon}; called with the state's lock held. */
final class FakeNeonMutations {
  private static final JsonAdapter<Map<String, Object>> BODY =
      ValetJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private final FakeNeonState s;

  FakeNeonMutations(FakeNeonState state) {
    this.s = state;
  }

  Response route(FakeNeonState.Project p, String method, String rest, Request r) throws Exception {
    String[] parts = rest.substring(1).split("/");
    String kind = parts[0];
    String id = parts.length > 1 ? parts[1] : null;
    String sub = parts.length > 2 ? parts[2] : null;
    Map<String, Object> body = r.body().isBlank() ? Map.of() : BODY.fromJson(r.body());
    if (kind.equals("branches") && id == null) {
      return method.equals("POST") ? createBranch(p, body) : listBranches(p.id(), r);
    }
    if (kind.equals("branches")) {
      FakeNeonState.Branch b = s.branches.get(id);
      if (b == null || !b.projectId().equals(p.id())) return FakeNeonState.notFound("branch " + id);
      if (sub == null) {
        return method.equals("DELETE") ? deleteBranch(b) : Response.json(200, "{\"branch\":" + b.json()
            + ",\"annotation\":{\"object\":{\"type\":\"console/branch\",\"id\":\"" + id + "\"},\"value\":{}}}");
      }
      return switch (sub) {
        case "restore" -> restore(p, b, body);
        case "endpoints" -> Response.json(200, "{\"endpoints\":" + array(s.endpoints.values().stream()
            .filter(e -> e.branchId().equals(id)).map(FakeNeonState.Endpoint::json).toList()) + "}");
        case "databases" -> Response.json(200, "{\"databases\":[" + NeonPayloads.database(1, id, "neondb", "neondb_owner") + "]}");
        case "roles" -> Response.json(200, "{\"roles\":[" + NeonPayloads.role(id, "neondb_owner") + "]}");
        default -> FakeNeonState.notFound("route " + rest);
      };
    }
    if (kind.equals("endpoints") && id == null) {
      if (method.equals("GET")) {
        return Response.json(200, "{\"endpoints\":" + array(s.endpoints.values().stream()
            .filter(e -> e.projectId().equals(p.id())).map(FakeNeonState.Endpoint::json).toList()) + "}");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> spec = (Map<String, Object>) body.getOrDefault("endpoint", Map.of());
      return createEndpoint(p.id(), spec, 201);
    }
    FakeNeonState.Endpoint e = s.endpoints.get(id);
    if (e == null || !e.projectId().equals(p.id())) return FakeNeonState.notFound("endpoint " + id);
    if (sub == null && method.equals("GET")) return Response.json(200, "{\"endpoint\":" + e.json() + "}");
    if (sub == null && method.equals("DELETE")) {
      s.endpoints.remove(id);
      return endpointOps(e, "suspend_compute", () -> {});
    }
    if (sub == null && method.equals("PATCH")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> spec = (Map<String, Object>) body.getOrDefault("endpoint", Map.of());
      FakeNeonState.Endpoint u = new FakeNeonState.Endpoint(e.id(), e.projectId(), e.branchId(), e.type(), e.state(),
          num(spec, "autoscaling_limit_min_cu", e.minCu()), num(spec, "autoscaling_limit_max_cu", e.maxCu()),
          (long) num(spec, "suspend_timeout_seconds", e.suspend()));
      s.endpoints.put(id, u);
      return endpointOps(u, "apply_config", () -> {});
    }
    String target = "suspend".equals(sub) ? "idle" : "active";
    String action = "suspend".equals(sub) ? "suspend_compute" : "start_compute";
    return endpointOps(e, action, () -> s.endpoints.computeIfPresent(id, (k, x) -> new FakeNeonState.Endpoint(
        x.id(), x.projectId(), x.branchId(), x.type(), target, x.minCu(), x.maxCu(), x.suspend())));
  }

  private Response listBranches(String projectId, Request r) {
    int limit = r.param("limit") == null ? 10000 : Integer.parseInt(r.param("limit"));
    int from = r.param("cursor") == null ? 0 : Integer.parseInt(r.param("cursor"));
    List<String> all = s.branches.values().stream().filter(b -> b.projectId().equals(projectId))
        .map(FakeNeonState.Branch::json).toList();
    List<String> page = all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size()));
    String next = from + page.size() < all.size() ? "\"next\":\"" + (from + page.size()) + "\"," : "";
    return Response.json(200, "{\"branches\":" + array(page) + ",\"annotations\":{},\"pagination\":{" + next
        + "\"sort_by\":\"updated_at\",\"sort_order\":\"desc\"}}");
  }

  @SuppressWarnings("unchecked")
  private Response createBranch(FakeNeonState.Project p, Map<String, Object> body) {
    Map<String, Object> spec = (Map<String, Object>) body.getOrDefault("branch", Map.of());
    String parent = spec.get("parent_id") != null ? (String) spec.get("parent_id")
        : s.branches.values().stream().filter(b -> b.projectId().equals(p.id()) && b.isDefault()).findFirst()
            .orElseThrow().id();
    if (!s.branches.containsKey(parent)) return FakeNeonState.notFound("parent branch " + parent);
    String at = (String) spec.get("parent_timestamp");
    Response outside = outsideHistory(p, at);
    if (outside != null) return outside;
    String id = s.id("br");
    String name = spec.get("name") != null ? (String) spec.get("name") : id;
    s.branches.put(id, new FakeNeonState.Branch(id, p.id(), name, parent, at, "init", false));
    List<String> ops = new ArrayList<>();
    ops.add(s.op(p.id(), id, null, "create_branch", () -> s.branches.computeIfPresent(id, (k, b) ->
        new FakeNeonState.Branch(b.id(), b.projectId(), b.name(), b.parentId(), b.parentTimestamp(), "ready", false))));
    List<String> endpoints = new ArrayList<>();
    List<String> uris = new ArrayList<>();
    for (Object o : (List<Object>) body.getOrDefault("endpoints", List.of())) {
      Map<String, Object> e = (Map<String, Object>) o;
      FakeNeonState.Endpoint ep = newEndpoint(p.id(), id, e);
      endpoints.add(ep.json());
      ops.add(s.op(p.id(), id, ep.id(), "start_compute", () -> activate(ep.id())));
      String host = ep.id() + ".us-east-2.aws.neon.tech";
      uris.add(NeonPayloads.connectionDetails("postgresql://neondb_owner:npg_fakePassw0rd@" + host
          + "/neondb?sslmode=require", host, "npg_fakePassw0rd"));
    }
    return Response.json(201, "{\"branch\":" + s.branches.get(id).json() + ",\"endpoints\":" + array(endpoints)
        + ",\"operations\":" + array(ops) + ",\"roles\":[" + NeonPayloads.role(id, "neondb_owner")
        + "],\"databases\":[" + NeonPayloads.database(1, id, "neondb", "neondb_owner") + "]"
        + (uris.isEmpty() ? "" : ",\"connection_uris\":" + array(uris)) + "}");
  }

  private Response restore(FakeNeonState.Project p, FakeNeonState.Branch b, Map<String, Object> body) {
    String source = (String) body.get("source_branch_id");
    String at = (String) body.get("source_timestamp");
    String preserve = (String) body.get("preserve_under_name");
    if (source == null || !s.branches.containsKey(source)) return FakeNeonState.notFound("source branch " + source);
    if (source.equals(b.id()) && (at == null && body.get("source_lsn") == null || preserve == null)) {
      return Response.json(400, NeonPayloads.error("", "restoring a branch from its own history needs a point in "
          + "time and preserve_under_name"));
    }
    Response outside = outsideHistory(p, at);
    if (outside != null) return outside;
    if (preserve != null) {
      String old = s.id("br");
      s.branches.put(old, new FakeNeonState.Branch(old, p.id(), preserve, b.parentId(), null, "ready", false));
    }
    FakeNeonState.Branch restored = new FakeNeonState.Branch(b.id(), p.id(), b.name(), b.parentId(), at, "resetting",
        b.isDefault());
    s.branches.put(b.id(), restored);
    String op = s.op(p.id(), b.id(), null, "create_timeline", () -> s.branches.computeIfPresent(b.id(), (k, x) ->
        new FakeNeonState.Branch(x.id(), x.projectId(), x.name(), x.parentId(), x.parentTimestamp(), "ready",
            x.isDefault())));
    return Response.json(200, "{\"branch\":" + restored.json() + ",\"operations\":[" + op + "]}");
  }

  private Response deleteBranch(FakeNeonState.Branch b) {
    if (b.isDefault()) return Response.json(400, NeonPayloads.error("", "cannot delete the default branch"));
    if (s.branches.values().stream().anyMatch(x -> b.id().equals(x.parentId()))) {
      return Response.json(400, NeonPayloads.error("", "branch has children"));
    }
    s.branches.remove(b.id());
    s.endpoints.values().removeIf(e -> e.branchId().equals(b.id()));
    String op = s.op(b.projectId(), b.id(), null, "delete_timeline", () -> {});
    return Response.json(200, "{\"branch\":" + b.json() + ",\"operations\":[" + op + "]}");
  }

  private Response createEndpoint(String projectId, Map<String, Object> spec, int status) {
    String branch = (String) spec.get("branch_id");
    if (branch == null || !s.branches.containsKey(branch)) return FakeNeonState.notFound("branch " + branch);
    FakeNeonState.Endpoint ep = newEndpoint(projectId, branch, spec);
    String op = s.op(projectId, branch, ep.id(), "start_compute", () -> activate(ep.id()));
    return Response.json(status, "{\"endpoint\":" + ep.json() + ",\"operations\":[" + op + "]}");
  }

  private FakeNeonState.Endpoint newEndpoint(String projectId, String branchId, Map<String, Object> spec) {
    FakeNeonState.Endpoint ep = new FakeNeonState.Endpoint(s.id("ep"), projectId, branchId,
        (String) spec.getOrDefault("type", "read_write"), "init", num(spec, "autoscaling_limit_min_cu", 0.25),
        num(spec, "autoscaling_limit_max_cu", 0.25), (long) num(spec, "suspend_timeout_seconds", 0));
    s.endpoints.put(ep.id(), ep);
    return ep;
  }

  private Response endpointOps(FakeNeonState.Endpoint e, String action, Runnable effect) {
    String op = s.op(e.projectId(), e.branchId(), e.id(), action, effect);
    return Response.json(200, "{\"endpoint\":" + e.json() + ",\"operations\":[" + op + "]}");
  }

  private void activate(String endpointId) {
    s.endpoints.computeIfPresent(endpointId, (k, x) -> new FakeNeonState.Endpoint(x.id(), x.projectId(),
        x.branchId(), x.type(), "active", x.minCu(), x.maxCu(), x.suspend()));
  }

  /** A 400 like Neon's when a point in time lies outside the project's history window. */
  private Response outsideHistory(FakeNeonState.Project p, String at) {
    if (at == null) return null;
    Instant t;
    try {
      t = Instant.parse(at);
    } catch (DateTimeParseException e) {
      return Response.json(400, NeonPayloads.error("", "invalid timestamp " + at));
    }
    Instant now = s.now();
    if (t.isAfter(now) || t.isBefore(now.minus(Duration.ofSeconds(p.retentionSeconds())))) {
      return Response.json(400, NeonPayloads.error("", "timestamp " + at + " is outside the history window of "
          + p.retentionSeconds() + " seconds"));
    }
    return null;
  }

  private static double num(Map<String, Object> m, String key, double fallback) {
    Object v = m.get(key);
    return v instanceof Number n ? n.doubleValue() : fallback;
  }
}
