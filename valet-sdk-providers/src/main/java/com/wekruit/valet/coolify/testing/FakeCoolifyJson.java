package com.wekruit.valet.coolify.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import com.wekruit.valet.json.ValetJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON for the fake: its payloads from {@link CoolifyPayloads}, request bodies read as maps. */
final class FakeCoolifyJson {
  private static final JsonAdapter<Map<String, Object>> BODY =
      ValetJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private FakeCoolifyJson() {}

  /** The body as a map, or {@code null} when it is not a JSON object. */
  static Map<String, Object> body(String json) {
    try {
      return json == null || json.isBlank() ? Map.of() : BODY.fromJson(json);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static String app(FakeCoolifyState.App a) {
    return CoolifyPayloads.application(a.uuid, a.name, a.status, a.commit);
  }

  static String deployment(FakeCoolifyState.Deploy d) {
    return CoolifyPayloads.deployment(d.uuid, d.app.name, d.status, d.commit, d.rollback);
  }

  static String env(FakeCoolifyState.App a, String key) {
    String[] e = a.envs.get(key);
    return CoolifyPayloads.envVar(e[0], key, e[1], false);
  }

  static String array(List<String> items) {
    return "[" + String.join(",", items) + "]";
  }

  static String images(FakeCoolifyState.App a) {
    List<String> tags = new ArrayList<>(a.images);
    return CoolifyPayloads.rollbackImages(a.commit, tags.toArray(String[]::new));
  }
}
