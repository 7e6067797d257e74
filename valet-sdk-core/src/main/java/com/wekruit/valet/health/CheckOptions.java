package com.wekruit.valet.health;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Per-check settings; defaults come from the monitor builder. Values are validated when the monitor is built. */
public final class CheckOptions {
  Duration interval;
  Duration timeout;
  boolean critical = true;
  final Set<String> groups = new LinkedHashSet<>();

  CheckOptions(Duration interval, Duration timeout) {
    this.interval = interval;
    this.timeout = timeout;
  }

  /** How often the check runs (default 60 s). */
  public CheckOptions interval(Duration interval) {
    this.interval = Objects.requireNonNull(interval, "interval");
    return this;
  }

  /** The deadline of one run; must be shorter than the interval (default 10 s). */
  public CheckOptions timeout(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** A non-critical check can make the aggregate DEGRADED at worst. */
  public CheckOptions critical(boolean critical) {
    this.critical = critical;
    return this;
  }

  /** Groups this check belongs to, e.g. {@code readiness}. Liveness groups should hold no external dependency. */
  public CheckOptions groups(String... groups) {
    for (String g : groups) {
      if (g == null || g.isBlank()) throw new IllegalArgumentException("groups: group name is blank");
      this.groups.add(g);
    }
    return this;
  }
}
