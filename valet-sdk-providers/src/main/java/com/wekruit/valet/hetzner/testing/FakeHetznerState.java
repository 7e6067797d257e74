package com.wekruit.valet.hetzner.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fake's in-memory project: servers, images and actions. Not thread-safe by itself: {@link FakeHetznerRoutes}
 * holds this object's lock around every request.
 */
final class FakeHetznerState {
  /** An answer: status and JSON body ({@code null} body for 204). */
  record Reply(int status, String json) {
    static Reply ok(String json) {
      return new Reply(200, json);
    }

    static Reply created(String json) {
      return new Reply(201, json);
    }

    static Reply error(int status, String code, String message) {
      return new Reply(status, HetznerPayloads.error(code, message));
    }

    static Reply invalid(String message) {
      return error(400, "invalid_input", message);
    }

    static Reply notFound(String what, long id) {
      return error(404, "not_found", what + " with ID '" + id + "' not found");
    }
  }

  private long lastId = 1000;
  final Map<Long, FakeServer> servers = new LinkedHashMap<>();
  final Map<Long, FakeImage> images = new LinkedHashMap<>();
  final FakeActions actions;

  FakeHetznerState(int pollsToFinish) {
    this.actions = new FakeActions(pollsToFinish, this::nextId);
    image(FakeImage.system(nextId(), "ubuntu-24.04", "Ubuntu 24.04", "ubuntu", "24.04"));
    image(FakeImage.system(nextId(), "ubuntu-22.04", "Ubuntu 22.04", "ubuntu", "22.04"));
    image(FakeImage.system(nextId(), "debian-12", "Debian 12", "debian", "12"));
  }

  long nextId() {
    return ++lastId;
  }

  FakeServer server(FakeServer s) {
    servers.put(s.id(), s);
    return s;
  }

  FakeImage image(FakeImage i) {
    images.put(i.id(), i);
    return i;
  }

  /** The server with a name, or {@code null}. */
  FakeServer named(String name) {
    return servers.values().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }
}
