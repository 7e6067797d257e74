package com.wekruit.valet.hetzner.testing;

import com.wekruit.valet.hetzner.testing.FakeHetznerState.Reply;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code POST /servers/{id}/actions/...}: power, change_type, create_image, backups. Each starts an action whose
 * effect shows once it has succeeded. Called under the state's lock.
 */
final class FakeServerActions {
  /** The server actions served, by URL name. */
  static final List<String> NAMES = List.of("poweron", "poweroff", "shutdown", "reboot", "change_type",
      "create_image", "enable_backup", "disable_backup");
  private final FakeHetznerState state;

  FakeServerActions(FakeHetznerState state) {
    this.state = state;
  }

  /** The handler of one server action. */
  Function<FakeRequest, Reply> handler(String name) {
    BiFunction<FakeServer, FakeRequest, Reply> h = switch (name) {
      case "poweron" -> (s, r) -> start(s, "start_server", () -> s.status = "running");
      case "poweroff" -> (s, r) -> start(s, "stop_server", () -> s.status = "off");
      case "shutdown" -> (s, r) -> start(s, "shutdown_server", () -> s.status = "off");
      case "reboot" -> (s, r) -> start(s, "reboot_server", () -> s.status = "running");
      case "change_type" -> this::changeType;
      case "create_image" -> this::createImage;
      case "enable_backup" -> (s, r) -> start(s, "enable_backup", () -> s.backupWindow = FakeServer.BACKUP_WINDOW);
      case "disable_backup" -> (s, r) -> start(s, "disable_backup", () -> disableBackup(s));
      default -> throw new IllegalArgumentException("no server action " + name);
    };
    return req -> {
      FakeServer s = state.servers.get(req.id());
      return s == null ? Reply.notFound("server", req.id()) : h.apply(s, req);
    };
  }

  private Reply start(FakeServer s, String command, Runnable effect) {
    return Reply.created("{\"action\":" + state.actions.start(command, s.id(), null, effect) + "}");
  }

  /** Needs the server off; afterwards it runs as the new type. */
  private Reply changeType(FakeServer s, FakeRequest req) {
    if (!s.status.equals("off")) return Reply.error(422, "server_not_stopped", "server must be off");
    String type = req.string("server_type");
    if (type == null || FakeCatalog.type(type) == null) {
      return Reply.invalid("server_type '" + type + "' not found");
    }
    return start(s, "change_server_type", () -> {
      s.type = type;
      s.status = "running";
    });
  }

  /** A snapshot (default) or backup, {@code creating} until the action succeeds, then {@code available}. */
  private Reply createImage(FakeServer s, FakeRequest req) {
    String type = req.string("type") == null ? "snapshot" : req.string("type");
    if (!type.equals("snapshot") && !type.equals("backup")) return Reply.invalid("type must be snapshot or backup");
    Map<String, String> labels = req.labels();
    FakeImage image = state.image(FakeImage.of(state.nextId(), s, type, req.string("description"),
        labels == null ? Map.of() : labels));
    String action = state.actions.start("create_image", s.id(), image.id(), () -> {
      image.status = "available";
      image.imageSize = 2.3;
    });
    return Reply.created("{\"image\":" + image.json() + ",\"action\":" + action + "}");
  }

  /** Backups off: the window is cleared and the server's backups are deleted, as the API does. */
  private void disableBackup(FakeServer s) {
    s.backupWindow = null;
    state.images.values().removeIf(i -> Long.valueOf(s.id()).equals(i.boundTo));
  }
}
