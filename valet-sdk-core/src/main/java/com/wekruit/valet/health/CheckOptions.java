package com.wekruit.valet.health;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Per-check settings; defaults come from the monitor builder. Values are validated when the monitor is built. */
public final class CheckOptions {
  private static final Pattern GROUP = Pattern.compile("[a-z0-9][a-z0-9._-]*");
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

  /** The deadline of one run, counted from its start; must be shorter than the interval (default 10 s). */
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
    for (String g : groups) this.groups.add(requireGroupName(g));
    return this;
  }

  static String requireGroupName(String g) {
    if (g == null || !GROUP.matcher(g).matches()) {
      throw new IllegalArgumentException("groups: a group name is lower-case letters, digits, '.', '_' or '-': " + g);
    }
    return g;
  }

  void validate(String check) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval of check '" + check + "' must be positive: " + interval);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout of check '" + check + "' must be positive: " + timeout);
    }
    if (timeout.compareTo(interval) >= 0) {
      throw new IllegalArgumentException("timeout of check '" + check + "' (" + timeout
          + ") must be shorter than its interval (" + interval + ")");
    }
  }
}
