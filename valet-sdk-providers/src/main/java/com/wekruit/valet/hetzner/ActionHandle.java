package com.wekruit.valet.hetzner;

import com.wekruit.valet.spi.Futures;
import com.wekruit.valet.waiting.Operation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A started action and the means to wait for it. {@link #action()} is {@code null} only for a delete whose retry
 * found the resource already gone (the first attempt took effect unseen); waiting then returns at once. Thread-safe.
 */
public final class ActionHandle implements Operation<Action> {
  private final Action action;
  private final Actions actions;

  ActionHandle(Action action, Actions actions) {
    this.action = action;
    this.actions = actions;
  }

  /** The action as the API returned it when it started, or {@code null} (see the class comment). */
  public Action action() {
    return action;
  }

  /** The action id, or -1 without an action. */
  public long id() {
    return action == null ? -1 : action.id();
  }

  /**
   * Polls until the action succeeds and returns its final state ({@code null} without an action).
   *
   * @throws com.wekruit.valet.error.OperationFailedException when it ends in {@code error}
   * @throws com.wekruit.valet.error.WaitTimeoutException when it still runs after {@code timeout}
   */
  @Override
  public Action await(Duration timeout) {
    return action == null ? null : actions.awaitAll(List.of(action), timeout).get(0);
  }

  @Override
  public CompletableFuture<Action> awaitAsync(Duration timeout) {
    if (action == null) return CompletableFuture.completedFuture(null);
    return Futures.map(actions.awaitAllAsync(List.of(action), timeout), l -> l.get(0));
  }

  @Override
  public String toString() {
    return action == null ? "ActionHandle[already done]"
        : "ActionHandle[" + action.id() + " " + actions.clean(action.command()) + " "
            + actions.clean(action.status().raw()) + "]";
  }
}
