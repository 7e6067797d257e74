package com.wekruit.valet.hetzner.testing;

import com.wekruit.valet.hetzner.testing.FakeHetznerState.Reply;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/** {@code /servers}: list, get, create, update, delete. Called under the state's lock. */
final class FakeServers {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final FakeHetznerState state;

  FakeServers(FakeHetznerState state) {
    this.state = state;
  }

  /** Filters: {@code name}, {@code label_selector}, {@code status} (repeatable); {@code sort}; paging. */
  Reply list(FakeRequest req) {
    String name = req.first("name");
    List<String> status = req.all("status");
    List<FakeServer> match = state.servers.values().stream()
        .filter(s -> name == null || s.name().equals(name))
        .filter(s -> FakeListing.matches(s.labels(), req.first("label_selector")))
        .filter(s -> status.isEmpty() || status.contains(s.status))
        .toList();
    return Reply.ok(FakeListing.page("servers", FakeListing.sorted(match, req.all("sort")), req, FakeServer::json));
  }

  Reply get(FakeRequest req) {
    FakeServer s = state.servers.get(req.id());
    return s == null ? Reply.notFound("server", req.id()) : Reply.ok("{\"server\":" + s.json() + "}");
  }

  /** Creates a server {@code initializing}; its {@code create_server} action turns it off, {@code start_server} on. */
  Reply create(FakeRequest req) {
    String name = req.string("name");
    String type = req.string("server_type");
    String location = req.string("location") == null ? "fsn1" : req.string("location");
    if (name == null || type == null || req.json().get("image") == null) {
      return Reply.invalid("name, server_type and image are required");
    }
    if (FakeCatalog.type(type) == null) return Reply.invalid("server_type '" + type + "' not found");
    if (FakeCatalog.place(location) == null) return Reply.invalid("location '" + location + "' not found");
    if (state.named(name) != null) return Reply.error(409, "uniqueness_error", "server name is already used");
    Map<String, String> labels = req.labels();
    FakeServer s = state.server(new FakeServer(state.nextId(), name, "initializing", type, location,
        labels == null ? Map.of() : labels));
    String create = state.actions.start("create_server", s.id(), null, () -> s.status = "off");
    String start = state.actions.start("start_server", s.id(), null, () -> s.status = "running");
    boolean keys = req.json().get("ssh_keys") instanceof List<?> l && !l.isEmpty();
    return Reply.created("{\"server\":" + s.json() + ",\"action\":" + create + ",\"next_actions\":[" + start
        + "],\"root_password\":" + (keys ? "null" : "\"" + password() + "\"") + "}");
  }

  /** Renames and/or replaces labels; a field left out stays as it is. */
  Reply update(FakeRequest req) {
    FakeServer s = state.servers.get(req.id());
    if (s == null) return Reply.notFound("server", req.id());
    String name = req.string("name");
    FakeServer other = name == null ? null : state.named(name);
    if (other != null && other != s) return Reply.error(409, "uniqueness_error", "server name is already used");
    Map<String, String> labels = req.labels();
    if (name != null) s.name = name;
    if (labels != null) s.labels = Map.copyOf(labels);
    return Reply.ok("{\"server\":" + s.json() + "}");
  }

  /** Deletes at once (a second delete is 404), with the server's backups; the action only reports. */
  Reply delete(FakeRequest req) {
    FakeServer s = state.servers.remove(req.id());
    if (s == null) return Reply.notFound("server", req.id());
    state.images.values().removeIf(i -> Long.valueOf(s.id()).equals(i.boundTo));
    return Reply.ok("{\"action\":" + state.actions.start("delete_server", s.id(), null, () -> {}) + "}");
  }

  private static String password() {
    String chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) b.append(chars.charAt(RANDOM.nextInt(chars.length())));
    return b.toString();
  }
}
