package com.wekruit.valet.coolify.testing;

import com.wekruit.valet.coolify.testing.FakeCoolifyState.App;
import com.wekruit.valet.coolify.testing.FakeCoolifyState.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /applications/{uuid}/envs} of the fake, with Coolify's 409, 404 and 422 answers. */
final class FakeCoolifyEnvs {
  private static final Set<String> FIELDS = Set.of("key", "value", "is_preview", "is_literal", "is_multiline",
      "is_shown_once");

  private FakeCoolifyEnvs() {}

  @SuppressWarnings("unchecked")
  static Reply handle(App a, String method, String action, String sub, Map<String, Object> body,
      FakeCoolifyState s) {
    if (!action.equals("/envs")) return FakeCoolifyRoutes.error(404, "Not found.");
    if (method.equals("GET") && sub == null) {
      return FakeCoolifyRoutes.ok(FakeCoolifyJson.array(a.envs.keySet().stream()
          .map(k -> FakeCoolifyJson.env(a, k)).toList()));
    }
    if (method.equals("DELETE") && sub != null) {
      String uuid = sub.substring(1);
      boolean removed = a.envs.values().removeIf(e -> e[0].equals(uuid));
      return removed ? FakeCoolifyRoutes.ok(CoolifyPayloads.message("Environment variable deleted."))
          : FakeCoolifyRoutes.error(404, "Environment variable not found.");
    }
    if (method.equals("PATCH") && "/bulk".equals(sub)) {
      List<String> out = new ArrayList<>();
      for (Object item : (List<Object>) body.getOrDefault("data", List.of())) {
        Map<String, Object> e = (Map<String, Object>) item;
        Reply bad = invalid(e);
        if (bad != null) return bad;
        a.envs.put((String) e.get("key"), new String[] {s.id("env"), (String) e.get("value")});
        out.add(FakeCoolifyJson.env(a, (String) e.get("key")));
      }
      return new Reply(201, FakeCoolifyJson.array(out));
    }
    if (sub != null || !(method.equals("POST") || method.equals("PATCH"))) return FakeCoolifyRoutes.error(404, "Not found.");
    Reply bad = invalid(body);
    if (bad != null) return bad;
    String key = (String) body.get("key");
    String[] existing = a.envs.get(key);
    if (method.equals("POST")) {
      if (existing != null) {
        return FakeCoolifyRoutes.error(409, "Environment variable already exists. Use PATCH request to update it.");
      }
      String uuid = s.id("env");
      a.envs.put(key, new String[] {uuid, (String) body.get("value")});
      return new Reply(201, "{\"uuid\":\"" + uuid + "\"}");
    }
    if (existing == null) return FakeCoolifyRoutes.error(404, "Environment variable not found.");
    existing[1] = (String) body.get("value");
    return new Reply(201, FakeCoolifyJson.env(a, key));
  }

  /** Coolify's strict validation: a key is required and unknown fields are refused. */
  private static Reply invalid(Map<String, Object> e) {
    StringBuilder errors = new StringBuilder();
    if (!(e.get("key") instanceof String)) errors.append("\"key\":[\"The key field is required.\"]");
    for (String f : e.keySet()) {
      if (FIELDS.contains(f)) continue;
      errors.append(errors.length() == 0 ? "" : ",").append('"').append(f).append("\":[\"This field is not allowed.\"]");
    }
    if (errors.length() == 0) return null;
    return new Reply(422, "{\"message\":\"Validation failed.\",\"errors\":{" + errors + "}}");
  }
}
