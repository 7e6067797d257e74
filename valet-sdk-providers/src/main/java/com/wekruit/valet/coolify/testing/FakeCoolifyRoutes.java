package com.wekruit.valet.coolify.testing;

import static com.wekruit.valet.coolify.testing.FakeCoolifyJson.array;

import com.wekruit.valet.coolify.testing.FakeCoolifyState.App;
import com.wekruit.valet.coolify.testing.FakeCoolifyState.Deploy;
import com.wekruit.valet.coolify.testing.FakeCoolifyState.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fake's API routes under {@code /api/v1}; answers shaped like the real API ({@link CoolifyPayloads}). */
final class FakeCoolifyRoutes {
  private static final Pattern APP = Pattern.compile("/applications/([^/]+)(/[a-z-]+)?(/[^/]+)?");
  private static final Pattern DEPLOYMENT = Pattern.compile("/deployments/([^/]+)(/cancel)?");
  private static final Pattern APP_DEPLOYMENTS = Pattern.compile("/deployments/applications/([^/]+)");
  private static final java.util.Set<String> POST_ONLY = java.util.Set.of("/start", "/stop", "/restart");
  private final FakeCoolifyState s;
  private final String serverUuid;

  FakeCoolifyRoutes(FakeCoolifyState state, String serverUuid) {
    this.s = state;
    this.serverUuid = serverUuid;
  }

  Reply route(String method, String path, Map<String, String> q, String rawBody) {
    Map<String, Object> body = FakeCoolifyJson.body(rawBody);
    if (body == null) return error(400, "Invalid request.");
    Matcher m;
    synchronized (s) {
      if (path.equals("/version")) return new Reply(200, "4.3.11", "Content-Type", "text/plain; charset=UTF-8");
      if (path.equals("/health")) return new Reply(200, "OK", "Content-Type", "text/plain; charset=UTF-8");
      if (path.equals("/deploy")) return method.equals("POST") ? deploy(q) : postOnly();
      if (path.equals("/applications") && method.equals("GET")) return apps(q.get("tag"));
      if ((m = APP_DEPLOYMENTS.matcher(path)).matches()) return appDeployments(m.group(1), q);
      if (path.equals("/deployments")) return ok(array(s.active().stream().map(FakeCoolifyJson::deployment).toList()));
      if ((m = DEPLOYMENT.matcher(path)).matches()) return deployment(m.group(1), m.group(2) != null);
      if (path.equals("/servers")) return ok("[" + server() + "]");
      if (path.equals("/servers/" + serverUuid)) return ok(server());
      if (path.equals("/servers/" + serverUuid + "/resources")) return resources();
      if ((m = APP.matcher(path)).matches()) {
        App a = s.apps.get(m.group(1));
        if (a == null) return error(404, "Application not found.");
        String action = m.group(2) == null ? "" : m.group(2);
        if (POST_ONLY.contains(action) && !method.equals("POST")) return postOnly();
        return app(a, method, action, m.group(3), q, body);
      }
    }
    return error(404, "Not found.");
  }

  private Reply app(App a, String method, String action, String sub, Map<String, String> q, Map<String, Object> body) {
    switch (method + " " + action) {
      case "GET ":
        return ok(FakeCoolifyJson.app(a));
      case "POST /start":
      case "POST /restart":
        return queued(a, null, false, "true".equals(q.get("force")), "Deployment request queued.");
      case "POST /stop":
        a.status = "exited:unhealthy";
        return ok(CoolifyPayloads.message("Application stopping request queued."));
      case "GET /rollback-images":
        return ok(FakeCoolifyJson.images(a));
      case "POST /rollback":
        Object tag = body.get("commit");
        if (!(tag instanceof String t) || !a.images.contains(t)) return error(404, "Image not found on the server.");
        return queued(a, t, true, false, "Rollback deployment queued.");
      default:
        return FakeCoolifyEnvs.handle(a, method, action, sub, body, s);
    }
  }

  private Reply queued(App a, String commit, boolean rollback, boolean force, String message) {
    Deploy d = s.queue(a, commit, rollback, force);
    if (d == null) return error(rollback ? 400 : 429, "Deployment queue is full. Please try again later.");
    return ok(CoolifyPayloads.queued(message, d.uuid));
  }

  private Reply deploy(Map<String, String> q) {
    if ((q.get("uuid") == null) == (q.get("tag") == null)) return error(400, "You must provide uuid or tag.");
    List<App> targets = new ArrayList<>();
    if (q.get("uuid") != null) {
      for (String u : q.get("uuid").split(",")) if (s.apps.containsKey(u)) targets.add(s.apps.get(u));
    } else {
      List<String> tags = List.of(q.get("tag").split(","));
      for (App a : s.apps.values()) if (a.tags.stream().anyMatch(tags::contains)) targets.add(a);
    }
    if (targets.isEmpty()) return error(404, "No resources found.");
    List<String> out = new ArrayList<>();
    for (App a : targets) {
      Deploy d = s.queue(a, null, false, "true".equals(q.get("force")));
      if (d == null) return new Reply(429, CoolifyPayloads.error("Deployment queue is full."), "Retry-After", "60");
      out.add("{\"message\":\"Application " + a.name + " deployment queued.\",\"resource_uuid\":\"" + a.uuid
          + "\",\"deployment_uuid\":\"" + d.uuid + "\"}");
    }
    return ok("{\"deployments\":" + array(out) + "}");
  }

  private Reply deployment(String uuid, boolean cancel) {
    Deploy d = cancel ? s.deploys.get(uuid) : s.poll(uuid);
    if (d == null) return error(404, "Deployment not found.");
    if (!cancel) return ok(FakeCoolifyJson.deployment(d));
    if (!s.cancel(d)) return error(400, "Deployment cannot be cancelled. Current status: " + d.status);
    return ok("{\"message\":\"Deployment cancelled successfully.\",\"deployment_uuid\":\"" + uuid
        + "\",\"status\":\"cancelled-by-user\"}");
  }

  private Reply appDeployments(String uuid, Map<String, String> q) {
    App a = s.apps.get(uuid);
    if (a == null) return error(404, "Application not found.");
    List<Deploy> all = s.of(a);
    int skip = Integer.parseInt(q.getOrDefault("skip", "0"));
    int take = Integer.parseInt(q.getOrDefault("take", "10"));
    List<String> page = all.subList(Math.min(skip, all.size()), Math.min(skip + take, all.size())).stream()
        .map(FakeCoolifyJson::deployment).toList();
    return ok("{\"count\":" + all.size() + ",\"deployments\":" + array(page) + "}");
  }

  private Reply apps(String tag) {
    return ok(array(s.apps.values().stream().filter(a -> tag == null || a.tags.contains(tag))
        .map(FakeCoolifyJson::app).toList()));
  }

  private Reply resources() {
    List<String> out = new ArrayList<>();
    long id = 1;
    for (App a : s.apps.values()) out.add(CoolifyPayloads.serverResource(id++, a.uuid, a.name, "application", a.status));
    return ok(array(out));
  }

  private String server() {
    return CoolifyPayloads.server(serverUuid, "localhost", "127.0.0.1", s.queueLimit);
  }

  private static Reply postOnly() {
    return new Reply(405, CoolifyPayloads.error("This endpoint has changed to a POST request."), "Allow", "POST");
  }

  static Reply ok(String json) {
    return new Reply(200, json);
  }

  static Reply error(int status, String message) {
    return new Reply(status, CoolifyPayloads.error(message));
  }
}
