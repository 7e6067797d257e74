package com.wekruit.valet.hetzner.testing;

import com.wekruit.valet.hetzner.testing.FakeHetznerState.Reply;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The fake's actions: each one runs until it has been read {@code pollsToFinish} times through {@code /actions}, then
 * succeeds and applies its effect (a server powered off, an image available, ...). Guarded by the state's lock.
 */
final class FakeActions {
  private static final class FakeAction {
    final long id;
    final String command;
    final long serverId;
    final String resources;
    final Runnable effect;
    final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant finished;
    int polls;

    FakeAction(long id, String command, long serverId, String resources, Runnable effect) {
      this.id = id;
      this.command = command;
      this.serverId = serverId;
      this.resources = resources;
      this.effect = effect;
    }
  }

  private final int pollsToFinish;
  private final LongSupplier ids;
  private final Map<Long, FakeAction> actions = new LinkedHashMap<>();

  FakeActions(int pollsToFinish, LongSupplier ids) {
    this.pollsToFinish = Math.max(0, pollsToFinish);
    this.ids = ids;
  }

  /** Starts an action on a server (and an image, if {@code imageId} is not null); returns its JSON. */
  String start(String command, long serverId, Long imageId, Runnable effect) {
    String resources = "{\"id\":" + serverId + ",\"type\":\"server\"}"
        + (imageId == null ? "" : ",{\"id\":" + imageId + ",\"type\":\"image\"}");
    FakeAction a = new FakeAction(ids.getAsLong(), command, serverId, resources, effect);
    actions.put(a.id, a);
    if (pollsToFinish == 0) finish(a);
    return json(a);
  }

  Reply get(FakeRequest req) {
    FakeAction a = poll(req.id());
    return a == null ? Reply.notFound("action", req.id()) : Reply.ok("{\"action\":" + json(a) + "}");
  }

  /** {@code GET /actions?id=...}: the actions with these ids; unknown ids are left out. */
  Reply list(FakeRequest req) {
    List<String> out = new ArrayList<>();
    for (String id : req.all("id")) {
      FakeAction a = id.matches("\\d{1,18}") ? poll(Long.parseLong(id)) : null;
      if (a != null) out.add(json(a));
    }
    return Reply.ok(HetznerPayloads.actions(out.toArray(String[]::new)));
  }

  /** {@code GET /servers/{id}/actions}: a page of one server's actions, optionally by status; reading polls none. */
  Reply ofServer(FakeRequest req) {
    List<FakeAction> match = new ArrayList<>();
    for (FakeAction a : actions.values()) {
      if (a.serverId == req.id() && (req.all("status").isEmpty() || req.all("status").contains(status(a)))) {
        match.add(a);
      }
    }
    if (req.all("sort").contains("id:desc")) match.sort(Comparator.comparingLong((FakeAction a) -> a.id).reversed());
    return Reply.ok(FakeListing.page("actions", match, req, this::json));
  }

  private FakeAction poll(long id) {
    FakeAction a = actions.get(id);
    if (a != null && a.finished == null && ++a.polls >= pollsToFinish) finish(a);
    return a;
  }

  private static void finish(FakeAction a) {
    a.finished = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    a.effect.run();
  }

  private static String status(FakeAction a) {
    return a.finished == null ? "running" : "success";
  }

  private String json(FakeAction a) {
    int progress = a.finished != null ? 100 : 100 * a.polls / Math.max(1, pollsToFinish);
    return HetznerPayloads.action(a.id, a.command, status(a), progress, a.started, a.finished, a.resources);
  }
}
