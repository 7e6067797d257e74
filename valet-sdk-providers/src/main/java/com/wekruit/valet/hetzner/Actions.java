package com.wekruit.valet.hetzner;

import com.wekruit.valet.error.OperationFailedException;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.Futures;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.OperationWaiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Actions: read them and wait for many at once, polling in batches of 25 ids per request. Thread-safe. */
public final class Actions {
  static final int BATCH = 25;
  private final HttpTransport http;
  private final OperationWaiter waiter;

  Actions(HttpTransport http, OperationWaiter waiter) {
    this.http = http;
    this.waiter = waiter;
  }

  public Action get(long id) {
    return http.execute(ApiCall.<Envelopes.ActionEnvelope>get("/actions/" + id, Envelopes.ActionEnvelope.class))
        .action();
  }

  /** The current state of several actions, in batches of 25 ids per request (one page each). */
  public Map<Long, Action> get(Collection<Long> ids) {
    return get(ids, null);
  }

  private Map<Long, Action> get(Collection<Long> ids, Duration timeLeft) {
    Map<Long, Action> out = new HashMap<>();
    for (ApiCall<Envelopes.ActionsList> call : batches(ids, timeLeft)) {
      for (Action a : http.execute(call).actions()) out.put(a.id(), a);
    }
    return out;
  }

  private CompletableFuture<Map<Long, Action>> getAsync(Collection<Long> ids, Duration timeLeft) {
    CompletableFuture<Map<Long, Action>> all = CompletableFuture.completedFuture(new HashMap<>());
    for (ApiCall<Envelopes.ActionsList> call : batches(ids, timeLeft)) {
      all = all.thenCombine(http.executeAsync(call), (out, page) -> {
        for (Action a : page.actions()) out.put(a.id(), a);
        return out;
      });
    }
    return all;
  }

  private static List<ApiCall<Envelopes.ActionsList>> batches(Collection<Long> ids, Duration timeLeft) {
    List<Long> all = List.copyOf(ids);
    List<ApiCall<Envelopes.ActionsList>> calls = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      calls.add(ApiCall.<Envelopes.ActionsList>get("/actions", Envelopes.ActionsList.class).toBuilder()
          .timeout(timeLeft).build().queryAll("id", all.subList(i, Math.min(all.size(), i + BATCH))));
    }
    return calls;
  }

  /** A handle for an action returned by another call. */
  public ActionHandle handle(Action action) {
    return new ActionHandle(action, this);
  }

  /**
   * Waits for all actions; returns their final states in the given order. Fails fast on the first action that ends
   * in {@code error}; keeps polling through transient errors; on timeout names the actions still running.
   */
  public List<Action> awaitAll(Collection<Action> started, Duration timeout) {
    return ordered(started, waiter.awaitAll(what(started), initial(started), operations(), timeout));
  }

  /** {@link #awaitAll} without holding a thread. */
  public CompletableFuture<List<Action>> awaitAllAsync(Collection<Action> started, Duration timeout) {
    return Futures.map(waiter.awaitAllAsync(what(started), initial(started), operations(), timeout),
        done -> ordered(started, done));
  }

  /** Waits until none of {@code running} runs any more, whatever their outcome (they are not the caller's). */
  void awaitSettled(Collection<Action> running, Duration timeout) {
    waiter.awaitSettled(what(running), initial(running), operations(), timeout);
  }

  /** Server text made safe to show (this client's secrets redacted, printable, bounded). */
  String clean(String text) {
    return http.clean(text, 80);
  }

  OperationWaiter waiter() {
    return waiter;
  }

  private static String what(Collection<Action> actions) {
    return "hetzner actions " + actions.stream().map(Action::id).toList();
  }

  private static Map<Long, Action> initial(Collection<Action> actions) {
    Map<Long, Action> initial = new LinkedHashMap<>();
    for (Action a : actions) initial.put(a.id(), a);
    return initial;
  }

  private static List<Action> ordered(Collection<Action> started, Map<Long, Action> done) {
    List<Action> out = new ArrayList<>(started.size());
    for (Action a : started) out.add(done.get(a.id()));
    return out;
  }

  private OperationWaiter.Operations<Long, Action> operations() {
    return new OperationWaiter.Operations<>() {
      @Override
      public Map<Long, Action> fetch(Collection<Long> ids, Duration timeLeft) {
        return get(ids, timeLeft);
      }

      @Override
      public CompletableFuture<Map<Long, Action>> fetchAsync(Collection<Long> ids, Duration timeLeft) {
        return getAsync(ids, timeLeft);
      }

      @Override
      public boolean finished(Action a) {
        return !a.running();
      }

      @Override
      public RuntimeException failure(Action a) {
        if (a.status().is(ActionStatus.SUCCESS)) return null;
        Action.Error e = a.error();
        return new OperationFailedException("hetzner action " + a.id() + " (" + http.clean(a.command(), 60) + ")",
            http.clean(e == null ? a.status().raw() : e.code(), 60),
            http.clean(e == null ? "status " + a.status().raw() : e.message(), 300));
      }

      @Override
      public String describe(Long id, Action a) {
        return "action " + id + " (" + http.clean(a.command(), 60) + ", " + a.progress() + " %)";
      }
    };
  }
}
