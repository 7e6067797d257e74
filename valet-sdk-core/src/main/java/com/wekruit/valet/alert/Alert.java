package com.wekruit.valet.alert;

import java.time.Instant;

/**
 * A snapshot of one rule's alert for people and sinks. {@code activeSince} is when it last started firing
 * ({@code null} if never), {@code resolvedAt} when it last resolved ({@code null} if not resolved).
 * {@code muted} is true while inhibited by a CRITICAL alert of the same target. Immutable; thread-safe.
 */
public record Alert(Rule rule, AlertState state, double value, Instant activeSince, Instant resolvedAt,
    boolean muted) {

  static Alert of(RuleRuntime rt) {
    return new Alert(rt.rule, rt.state, rt.value,
        rt.activeSinceMillis == 0 ? null : Instant.ofEpochMilli(rt.activeSinceMillis),
        rt.state == AlertState.RESOLVED ? Instant.ofEpochMilli(rt.resolvedAtMillis) : null, rt.muted);
  }

  public String name() {
    return rule.name();
  }
}
