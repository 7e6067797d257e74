package com.wekruit.valet.hetzner;

import com.wekruit.valet.error.OperationFailedException;
import com.wekruit.valet.http.ApiCall;
import com.wekruit.valet.http.HttpTransport;
import com.wekruit.valet.waiting.Poller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Actions: read them and wait for many at once, polling in batches of 25 ids per request. */
public final class Actions {
  static final int BATCH = 25;
  private final HttpTransport http;
  private final Poller poller;

  Actions(HttpTransport http, Poller poller) {
    this.http = http;
    this.poller = poller;
  }

  public Action get(long id) {
    return http.execute(ApiCall.<Envelopes.ActionEnvelope>get("/actions/" + id, Envelopes.ActionEnvelope.class))
        .action();
  }

  /** The current state of several actions, in batches of 25 ids per request (one page each). */
  public Map<Long, Action> get(Collection<Long> ids) {
    Map<Long, Action> out = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += BATCH) {
      ApiCall<Envelopes.ActionsList> call = ApiCall.<Envelopes.ActionsList>get("/actions", Envelopes.ActionsList.class)
          .queryAll("id", all.subList(i, Math.min(all.size(), i + BATCH)));
      for (Action a : http.execute(call).actions()) out.put(a.id(), a);
    }
    return out;
  }

  /** A handle for an action returned by another call. */
  public ActionHandle handle(Action action) {
    return new ActionHandle(action, this);
  }

  /**
   * Waits for all actions; returns their final states in the given order. Fails fast on the first action that ends
   * in {@code error}; on timeout names the actions still running.
   */
  public List<Action> awaitAll(Collection<Action> started, Duration timeout) {
    Map<Long, Action> initial = new LinkedHashMap<>();
    for (Action a : started) initial.put(a.id(), a);
    Map<Long, Action> done = poller.awaitAll("hetzner actions " + initial.keySet(), initial, operations(), timeout);
    List<Action> out = new ArrayList<>(started.size());
    for (Action a : started) out.add(done.get(a.id()));
    return out;
  }

  private Poller.Operations<Long, Action> operations() {
    return new Poller.Operations<>() {
      @Override
      public Map<Long, Action> fetch(Collection<Long> ids) {
        return get(ids);
      }

      @Override
      public boolean finished(Action a) {
        return !a.running();
      }

      @Override
      public RuntimeException failure(Action a) {
        if (a.status().is(ActionStatus.SUCCESS)) return null;
        Action.Error e = a.error();
        return new OperationFailedException("hetzner action " + a.id() + " (" + a.command() + ")",
            e == null ? a.status().raw() : e.code(), e == null ? "status " + a.status().raw() : e.message());
      }

      @Override
      public String describe(Long id, Action a) {
        return "action " + id + " (" + a.command() + ", " + a.progress() + " %)";
      }
    };
  }
}
