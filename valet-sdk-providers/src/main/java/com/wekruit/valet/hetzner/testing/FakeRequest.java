package com.wekruit.valet.hetzner.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import com.wekruit.valet.json.ValetJson;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request to the fake: the id from its path, its query parameters and its JSON body. */
record FakeRequest(long id, Map<String, List<String>> query, String body) {
  private static final JsonAdapter<Map<String, Object>> JSON =
      ValetJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  /** A request body the fake cannot read: answered with {@code 400 json_error}. */
  static final class BadJson extends RuntimeException {
    BadJson() {
      super("invalid JSON", null, false, false);
    }
  }

  static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> q = new HashMap<>();
    if (raw == null || raw.isEmpty()) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return q;
  }

  /** The first value of a query parameter, or {@code null}. */
  String first(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** All values of a query parameter, possibly none. */
  List<String> all(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** The body as a JSON object ({@code {}} when empty). */
  Map<String, Object> json() {
    if (body == null || body.isBlank()) return Map.of();
    try {
      Map<String, Object> m = JSON.fromJson(body);
      if (m == null) throw new BadJson();
      return m;
    } catch (IOException | RuntimeException e) {
      throw new BadJson();
    }
  }

  /** A string field of the body, or {@code null}. */
  String string(String field) {
    return json().get(field) instanceof String s ? s : null;
  }

  /** The string labels of the body, or {@code null} when absent. */
  Map<String, String> labels() {
    if (!(json().get("labels") instanceof Map<?, ?> m)) return null;
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    return out;
  }
}
