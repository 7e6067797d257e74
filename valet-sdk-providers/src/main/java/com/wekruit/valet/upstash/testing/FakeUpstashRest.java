package com.wekruit.valet.upstash.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.testkit.FakeApiServer.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Redis REST API of {@link FakeUpstash}: JSON commands in, RESP to a real Redis, JSON replies out, with base64
 * strings on request (except {@code OK}), per-command errors in pipelines, a discarded transaction as one error, and
 * a sync token on every answer.
 */
final class FakeUpstashRest {
  private static final JsonAdapter<List<Object>> JSON =
      ValetJson.moshi().adapter(Types.newParameterizedType(List.class, Object.class));
  private final String host;
  private final int port;
  private final AtomicLong sync = new AtomicLong();

  FakeUpstashRest(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** {@code kind} is {@code ""} (one command), {@code pipeline} or {@code multi-exec}; {@code db} the Redis index. */
  Response handle(int db, String kind, String body, boolean base64) throws IOException {
    List<Object> parsed;
    try {
      parsed = JSON.fromJson(body);
    } catch (IOException | RuntimeException e) {
      return answer(400, "{\"error\":\"ERR failed to parse command\"}");
    }
    try (Resp redis = new Resp(host, port)) {
      redis.send(List.of("SELECT", Integer.toString(db)));
      redis.read();
      if (kind.isEmpty()) {
        redis.send(args(parsed));
        Object reply = redis.read();
        return reply instanceof Resp.Error e ? answer(400, error(e)) : answer(200, result(reply, base64));
      }
      List<List<String>> commands = new ArrayList<>();
      for (Object c : parsed) commands.add(args(c instanceof List<?> l ? new ArrayList<>(l) : List.of()));
      return kind.equals("pipeline") ? pipeline(redis, commands, base64) : transaction(redis, commands, base64);
    }
  }

  private Response pipeline(Resp redis, List<List<String>> commands, boolean base64) throws IOException {
    for (List<String> c : commands) redis.send(c);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      Object reply = redis.read();
      out.add(reply instanceof Resp.Error e ? error(e) : result(reply, base64));
    }
    return answer(200, "[" + String.join(",", out) + "]");
  }

  private Response transaction(Resp redis, List<List<String>> commands, boolean base64) throws IOException {
    redis.send(List.of("MULTI"));
    redis.read();
    for (List<String> c : commands) redis.send(c);
    for (int i = 0; i < commands.size(); i++) redis.read();
    redis.send(List.of("EXEC"));
    Object exec = redis.read();
    if (exec instanceof Resp.Error e) return answer(400, error(e));
    List<String> out = new ArrayList<>();
    for (Object reply : (List<?>) exec) out.add(reply instanceof Resp.Error e ? error(e) : result(reply, base64));
    return answer(200, "[" + String.join(",", out) + "]");
  }

  private static List<String> args(List<Object> raw) {
    List<String> out = new ArrayList<>();
    for (Object o : raw) out.add(o instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : String.valueOf(o));
    return out;
  }

  private Response answer(int status, String json) {
    return Response.json(status, json).withHeader("upstash-sync-token", "fake-sync-" + sync.incrementAndGet());
  }

  private static String error(Resp.Error e) {
    return "{\"error\":" + quote(e.message()) + "}";
  }

  private static String result(Object reply, boolean base64) {
    return "{\"result\":" + value(reply, base64) + "}";
  }

  private static String value(Object v, boolean base64) {
    if (v == null) return "null";
    if (v instanceof Long n) return n.toString();
    if (v instanceof List<?> l) {
      List<String> items = new ArrayList<>();
      for (Object o : l) items.add(o instanceof Resp.Error e ? quote(e.message()) : value(o, base64));
      return "[" + String.join(",", items) + "]";
    }
    byte[] bytes = v instanceof byte[] b ? b : ((String) v).getBytes(StandardCharsets.UTF_8);
    if (base64 && !"OK".equals(v)) return quote(Base64.getEncoder().encodeToString(bytes));
    return quote(new String(bytes, StandardCharsets.UTF_8));
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
