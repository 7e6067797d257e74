package com.wekruit.valet.hetzner;

import java.time.Duration;
import java.util.List;

/** A started action and the means to wait for it. Thread-safe. */
public final class ActionHandle {
  private final Action action;
  private final Actions actions;

  ActionHandle(Action action, Actions actions) {
    this.action = action;
    this.actions = actions;
  }

  /** The action as the API returned it when it started. */
  public Action action() {
    return action;
  }

  public long id() {
    return action.id();
  }

  /**
   * Polls until the action succeeds and returns its final state.
   *
   * @throws com.wekruit.valet.error.OperationFailedException when it ends in {@code error}
   * @throws com.wekruit.valet.error.WaitTimeoutException when it still runs after {@code timeout}
   */
  public Action await(Duration timeout) {
    return actions.awaitAll(List.of(action), timeout).get(0);
  }

  @Override
  public String toString() {
    return "ActionHandle[" + action.id() + " " + action.command() + " " + action.status() + "]";
  }
}
