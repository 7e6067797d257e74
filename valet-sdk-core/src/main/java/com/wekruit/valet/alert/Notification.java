package com.wekruit.valet.alert;

import java.time.Instant;
import java.util.List;

/**
 * One message for one group: the alerts firing in it and those resolved since the last message.
 * Immutable; thread-safe.
 */
public record Notification(String groupKey, String channel, List<Alert> firing, List<Alert> resolved, Instant at) {
  public Notification {
    firing = List.copyOf(firing);
    resolved = List.copyOf(resolved);
    if (firing.isEmpty() && resolved.isEmpty()) throw new IllegalArgumentException("a notification needs an alert");
  }

  /** {@code firing} while anything in the group fires, else {@code resolved}. */
  public String status() {
    return firing.isEmpty() ? "resolved" : "firing";
  }

  /** A one-line human title, e.g. {@code [FIRING:1] api_down (CRITICAL)}. */
  public String title() {
    List<Alert> shown = firing.isEmpty() ? resolved : firing;
    Alert first = shown.get(0);
    return "[" + status().toUpperCase(java.util.Locale.ROOT) + ":" + shown.size() + "] " + first.name() + " ("
        + first.rule().severity() + ")";
  }
}
