package com.wekruit.valet.hetzner.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import com.wekruit.valet.json.ValetJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The fake's in-memory project: servers and actions. Synchronized: the fake serves on two threads. */
final class FakeHetznerState {
  record Reply(int status, String json) {}

  private record FakeServer(long id, String name, String status, String type, Map<String, String> labels) {
    FakeServer with(String newStatus, String newType) {
      return new FakeServer(id, name, newStatus, newType, labels);
    }
  }

  private record FakeAction(long id, String command, long serverId, String finalStatus, String finalType, int polls) {}

  private static final JsonAdapter<Map<String, Object>> BODY =
      ValetJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private final int pollsToFinish;
  private final AtomicLong ids = new AtomicLong(1000);
  private final Map<Long, FakeServer> servers = new LinkedHashMap<>();
  private final Map<Long, FakeAction> actions = new LinkedHashMap<>();

  FakeHetznerState(int pollsToFinish) {
    this.pollsToFinish = pollsToFinish;
  }

  synchronized long addServer(String name, String type, Map<String, String> labels) {
    long id = ids.incrementAndGet();
    servers.put(id, new FakeServer(id, name, "running", type, Map.copyOf(labels)));
    return id;
  }

  @SuppressWarnings("unchecked")
  synchronized Reply create(String body) {
    Map<String, Object> req;
    try {
      req = BODY.fromJson(body);
    } catch (IOException | RuntimeException e) {
      return new Reply(400, HetznerPayloads.error("json_error", "invalid JSON"));
    }
    String name = (String) req.get("name");
    if (name == null || req.get("server_type") == null || req.get("image") == null) {
      return new Reply(422, HetznerPayloads.error("invalid_input", "name, server_type and image are required"));
    }
    if (servers.values().stream().anyMatch(s -> s.name().equals(name))) {
      return new Reply(409, HetznerPayloads.error("uniqueness_error", "server name is already used"));
    }
    long id = ids.incrementAndGet();
    Map<String, String> labels = (Map<String, String>) req.getOrDefault("labels", Map.of());
    FakeServer s = new FakeServer(id, name, "initializing", (String) req.get("server_type"), Map.copyOf(labels));
    servers.put(id, s);
    FakeAction create = newAction("create_server", id, "off", null);
    FakeAction start = newAction("start_server", id, "running", null);
    boolean keys = req.get("ssh_keys") instanceof List<?> l && !l.isEmpty();
    return new Reply(201, "{\"server\":" + json(s) + ",\"action\":" + json(create) + ",\"next_actions\":["
        + json(start) + "],\"root_password\":" + (keys ? "null" : "\"" + password() + "\"") + "}");
  }

  synchronized Reply list(Map<String, List<String>> q) {
    String name = first(q, "name");
    String selector = first(q, "label_selector");
    List<FakeServer> match = new ArrayList<>();
    for (FakeServer s : servers.values()) {
      if (name != null && !s.name().equals(name)) continue;
      if (selector != null && !matches(s.labels(), selector)) continue;
      match.add(s);
    }
    int page = Integer.parseInt(first(q, "page") == null ? "1" : first(q, "page"));
    int perPage = Integer.parseInt(first(q, "per_page") == null ? "25" : first(q, "per_page"));
    int last = Math.max(1, (match.size() + perPage - 1) / perPage);
    List<String> items = new ArrayList<>();
    for (int i = (page - 1) * perPage; i < Math.min(match.size(), page * perPage); i++) items.add(json(match.get(i)));
    return new Reply(200, "{\"servers\":[" + String.join(",", items) + "],\"meta\":"
        + HetznerPayloads.meta(page, page < last ? (long) page + 1 : null, last) + "}");
  }

  synchronized Reply get(long id) {
    FakeServer s = servers.get(id);
    return s == null ? notFound("server", id) : new Reply(200, "{\"server\":" + json(s) + "}");
  }

  synchronized Reply delete(long id) {
    FakeServer s = servers.remove(id);
    return s == null ? notFound("server", id) : new Reply(200, "{\"action\":" + json(newAction("delete_server", id, null, null)) + "}");
  }

  synchronized Reply serverAction(long id, String name, String body) {
    FakeServer s = servers.get(id);
    if (s == null) return notFound("server", id);
    String type = null;
    if (name.equals("change_type")) {
      if (!s.status().equals("off")) return new Reply(422, HetznerPayloads.error("server_not_stopped", "server must be off"));
      try {
        type = (String) BODY.fromJson(body).get("server_type");
      } catch (IOException e) {
        return new Reply(400, HetznerPayloads.error("json_error", "invalid JSON"));
      }
    }
    String after = switch (name) {
      case "poweroff", "shutdown" -> "off";
      case "poweron", "reboot", "change_type" -> "running";
      default -> s.status();
    };
    String command = switch (name) {
      case "poweron" -> "start_server";
      case "poweroff" -> "stop_server";
      case "change_type" -> "change_server_type";
      default -> name + (name.endsWith("_backup") ? "" : "_server");
    };
    return new Reply(201, "{\"action\":" + json(newAction(command, id, after, type)) + "}");
  }

  synchronized Reply actions(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      FakeAction a = poll(Long.parseLong(id));
      if (a != null) out.add(json(a));
    }
    return new Reply(200, "{\"actions\":[" + String.join(",", out) + "]}");
  }

  synchronized Reply action(long id) {
    FakeAction a = poll(id);
    return a == null ? notFound("action", id) : new Reply(200, "{\"action\":" + json(a) + "}");
  }

  private FakeAction poll(long id) {
    FakeAction a = actions.get(id);
    if (a == null || a.polls() >= pollsToFinish) return a;
    FakeAction next = new FakeAction(a.id(), a.command(), a.serverId(), a.finalStatus(), a.finalType(), a.polls() + 1);
    actions.put(id, next);
    if (next.polls() == pollsToFinish) {
      FakeServer s = servers.get(a.serverId());
      if (s != null && a.finalStatus() != null) {
        servers.put(s.id(), s.with(a.finalStatus(), a.finalType() == null ? s.type() : a.finalType()));
      }
    }
    return next;
  }

  private FakeAction newAction(String command, long serverId, String finalStatus, String finalType) {
    FakeAction a = new FakeAction(ids.incrementAndGet(), command, serverId, finalStatus, finalType, 0);
    actions.put(a.id(), a);
    return a;
  }

  private String json(FakeServer s) {
    return HetznerPayloads.server(s.id(), s.name(), s.status(), s.type(), s.labels());
  }

  private String json(FakeAction a) {
    boolean done = a.polls() >= pollsToFinish;
    int progress = done ? 100 : 100 * a.polls() / Math.max(1, pollsToFinish);
    return HetznerPayloads.action(a.id(), a.command(), done ? "success" : "running", progress);
  }

  private static boolean matches(Map<String, String> labels, String selector) {
    for (String term : selector.split(",")) {
      String[] kv = term.split("==?", 2);
      if (kv.length == 2 ? !kv[1].equals(labels.get(kv[0])) : !labels.containsKey(kv[0])) return false;
    }
    return true;
  }

  private static String first(Map<String, List<String>> q, String name) {
    List<String> v = q.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static Reply notFound(String what, long id) {
    return new Reply(404, HetznerPayloads.error("not_found", what + " with ID '" + id + "' not found"));
  }

  private static String password() {
    String chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    java.security.SecureRandom r = new java.security.SecureRandom();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) b.append(chars.charAt(r.nextInt(chars.length())));
    return b.toString();
  }
}
