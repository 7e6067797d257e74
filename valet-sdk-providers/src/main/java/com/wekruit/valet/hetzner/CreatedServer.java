package com.wekruit.valet.hetzner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of creating a server: the server as created, the create action, the actions that follow (e.g. power
 * on) and the root password ({@code null} when SSH keys were given). {@link #toString()} hides the password.
 * <p>Immutable; thread-safe.
 */
public record CreatedServer(Server server, ActionHandle action, List<ActionHandle> nextActions, String rootPassword) {

  /** Waits for the create action and every next action together, then returns the server as it is now. */
  public Server awaitReady(Servers servers, Duration timeout) {
    List<Action> all = new ArrayList<>();
    all.add(action.action());
    for (ActionHandle h : nextActions) all.add(h.action());
    servers.actions().awaitAll(all, timeout);
    return servers.get(server.id());
  }

  @Override
  public String toString() {
    return "CreatedServer[server=" + server.id() + " " + server.name() + ", action=" + action + ", nextActions="
        + nextActions + ", rootPassword=" + (rootPassword == null ? "none" : "****") + "]";
  }
}
